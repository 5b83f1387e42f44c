// corpus: framework=restinio metrics=statsd shape=lambda
// A RESTinio server whose request handler lambda sends DogStatsD metrics,
// with a small helper class that builds the tag list.
#include <cpp-statsd-client/StatsdClient.hpp>
#include <restinio/all.hpp>

#include <string>
#include <vector>

class Tags {
public:
  Tags &add(const std::string &k, const std::string &v) {
    tags_.push_back(k + ":" + v);
    return *this;
  }
  const std::vector<std::string> &get() const { return tags_; }

private:
  std::vector<std::string> tags_;
};

auto make_handler(const Statsd::StatsdClient &statsd) {
  return [&statsd](restinio::request_handle_t req) {
    const auto &target = req->header().request_target();
    statsd.increment("http.requests", 1.0f, {"target:" + target}); // LEAK: target
    statsd.increment("http.requests", 1.0f, {"method:" + std::string(req->header().method().c_str())}); // SAFE

    Tags tags;
    tags.add("service", "books").add("path", std::string(req->header().path()));
    statsd.increment("http.requests", 1.0f, tags.get()); // LEAK: path shape=members

    Tags fixed;
    fixed.add("service", "books");
    statsd.increment("http.requests", 1.0f, fixed.get()); // SAFE shape=members

    auto qp = restinio::parse_query(req->header().query());
    auto send = [&statsd](const std::string &tag) { statsd.increment("http.search", 1.0f, {tag}); };
    if (qp.has("q"))
      send("q:" + std::string(qp["q"])); // LEAK: query
    send("kind:search"); // SAFE
    statsd.timing("http.body", static_cast<unsigned>(req->body().size()), 1.0f, {"peer:" + req->remote_endpoint().address().to_string()}); // LEAK: address shape=direct
    return restinio::request_handling_status_t::accepted;
  };
}
