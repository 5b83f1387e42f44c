// shaped after: redpanda-data/redpanda src/v/pandaproxy/probe.cc (one probe per path description);
//               scylladb/seastar src/http/httpd.cc
#include <map>
#include <memory>
#include <string>

#include <seastar/http/json_path.hh>
#include <seastar/http/request.hh>

#include "probe.h"

namespace proxy {

class topic_handlers {
public:
  explicit topic_handlers(const ss::httpd::path_description &produce_desc)
      : _produce_probe(produce_desc, "pandaproxy") {} // SAFE

  void on_produce(const ss::http::request &req) {
    auto topic = req.get_path_param("topic_name");
    auto it = _per_topic.find(topic);
    if (it == _per_topic.end())
      it = _per_topic.emplace(topic, std::make_unique<probe>(topic, "pandaproxy")).first; // LEAK: pathparam
    it->second->record(200);
    _produce_probe.record(200);
  }

  void on_consume(const ss::http::request &req) {
    _consumers.emplace_back(std::make_unique<probe>(req.get_query_param("group"), "consumer")); // LEAK: query
    _consumers.emplace_back(std::make_unique<probe>("consume", "consumer")); // SAFE
  }

private:
  probe _produce_probe;
  std::map<std::string, std::unique_ptr<probe>> _per_topic;
  std::vector<std::unique_ptr<probe>> _consumers;
};

} // namespace proxy
