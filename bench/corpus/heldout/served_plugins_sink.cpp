// corpus: framework=served metrics=prometheus shape=virtual
// shaped after: meltwater/served src/examples/request_logger_plugin/main.cpp,
//               src/examples/list_endpoints/main.cpp;
//               ivanmejiarocha/micro-service source/foundation/include/controller.hpp (an abstract interface)
//
// A served multiplexer with a use_before plugin and REST handlers. Metrics
// go through an abstract sink; the endpoint list the multiplexer keeps is
// the set of known templates.

#include <map>
#include <set>
#include <string>
#include <tuple>

#include <prometheus/counter.h>
#include <prometheus/registry.h>
#include <served/served.hpp>

namespace whoop {

class MetricsSink {
public:
  virtual ~MetricsSink() = default;
  virtual void hit(const std::string &route) = 0;
  virtual void plugin_hit(const std::string &uri) = 0;
};

class PrometheusSink : public MetricsSink {
public:
  explicit PrometheusSink(prometheus::Family<prometheus::Counter> &hits) : hits_(hits) {}
  void hit(const std::string &route) override { hits_.Add({{"route", route}}).Increment(); }
  void plugin_hit(const std::string &uri) override { hits_.Add({{"uri", uri}}).Increment(); }

private:
  prometheus::Family<prometheus::Counter> &hits_;
};

void setup(served::multiplexer &mux, MetricsSink &sink,
           prometheus::Family<prometheus::Counter> &templates) {
  mux.handle("/big_whoop")
      .get([&sink](served::response &res, const served::request &req) {
        sink.hit("/big_whoop"); // SAFE
        res.set_body("list big_whoop");
      });

  mux.handle("/big_whoop/{id}")
      .get([&sink](served::response &res, const served::request &req) {
        sink.hit("/big_whoop/" + req.params["id"]); // LEAK: pathparam
        res.set_body("read big_whoop");
      });

  mux.use_before([&sink](served::response &, served::request &req) {
    sink.plugin_hit(req.url().URI()); // LEAK: target
    sink.plugin_hit(req.url().path()); // LEAK: path
  });

  mux.use_after([&sink](served::response &, served::request &req) {
    sink.hit(req.header("X-Forwarded-For")); // LEAK: header
    sink.hit(req.query["format"] == "yaml" ? "yaml" : "json"); // SAFE shape=bounded
  });

  mux.handle("/endpoints")
      .get([&mux, &templates](served::response &res, const served::request &) {
        const served::served_endpoint_list endpoints = mux.get_endpoint_list();
        for (auto &endpoint : endpoints)
          templates.Add({{"template", endpoint.first}}).Increment(); // SAFE
        res.set_body("ok");
      });
}

} // namespace whoop
