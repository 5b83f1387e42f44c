// corpus: framework=httplib metrics=statsd shape=name
// shaped after: valhalla/valhalla src/worker.cc
//
// The worker turns the request path into an action through the action
// table and names its statsd keys after the action, the way the routing
// service does ("action.<worker>.<metric>"). Do-Not-Track only ever becomes
// a yes/no.

#include <chrono>
#include <map>
#include <string>

#include <cpp-statsd-client/StatsdClient.hpp>
#include <httplib.h>

namespace routing {

enum class Action { route, isochrone, matrix, status, unknown };

Action ParseAction(const std::string &name) {
  static const std::map<std::string, Action> table{{"route", Action::route},
                                                   {"isochrone", Action::isochrone},
                                                   {"sources_to_targets", Action::matrix},
                                                   {"status", Action::status}};
  auto it = table.find(name);
  return it == table.end() ? Action::unknown : it->second;
}

const char *ActionName(Action action) {
  switch (action) {
  case Action::route: return "route";
  case Action::isochrone: return "isochrone";
  case Action::matrix: return "sources_to_targets";
  case Action::status: return "status";
  default: return "unknown";
  }
}

class Worker {
public:
  explicit Worker(Statsd::StatsdClient &statsd) : statsd_(statsd) {}

  void Handle(const httplib::Request &req, httplib::Response &res) {
    auto started = std::chrono::steady_clock::now();
    Action action = req.path.empty() ? Action::unknown : ParseAction(req.path.substr(1));
    std::string key = std::string("action.") + ActionName(action) + ".count";
    statsd_.increment(key); // SAFE

    bool dnt = req.has_header("DNT") && req.get_header_value("DNT") == "1";
    statsd_.increment("requests", 1.0f, {dnt ? "dnt:1" : "dnt:0"}); // SAFE

    statsd_.increment("path." + req.path.substr(1)); // LEAK: path

    auto ms = static_cast<unsigned>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                        std::chrono::steady_clock::now() - started)
                                        .count());
    statsd_.timing("latency", ms, 1.0f, {"format:" + req.get_param_value("format")}); // LEAK: query shape=containers
    statsd_.gauge("request_bytes", static_cast<unsigned>(req.get_param_value("json").size() + req.body.size())); // SAFE shape=bounded
    statsd_.count("responses", 1, 1.0f, {"status:" + std::to_string(res.status)}); // SAFE shape=containers
    statsd_.timing(std::string("action.") + ActionName(action) + ".latency", ms); // SAFE
  }

private:
  Statsd::StatsdClient &statsd_;
};

} // namespace routing
