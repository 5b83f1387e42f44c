// corpus: framework=httplib metrics=prometheus shape=helper-param
// shaped after: triton-inference-server/server src/http_server.cc
//
// An inference server dispatches /v2/models/<name>[/versions/<n>]/<kind> with
// a regular expression. The endpoint kind becomes a fixed label; the model
// name reaches the per-model counters only through the loaded-model table,
// except in the statistics path, which counts whatever name was asked for.

#include <map>
#include <memory>
#include <string>

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

namespace inference {

struct Model {
  std::string name;
  std::string version;
};

class ModelMetrics {
public:
  explicit ModelMetrics(prometheus::Registry &registry)
      : infer_(prometheus::BuildCounter()
                   .Name("nv_inference_request_total")
                   .Help("Inference requests per model")
                   .Register(registry)),
        endpoint_(prometheus::BuildCounter()
                      .Name("inference_http_endpoint_total")
                      .Help("Requests per API endpoint")
                      .Register(registry)) {}

  void CountInfer(const std::string &model, const std::string &version, bool ok) {
    infer_.Add({{"model", model}, {"version", version}, {"result", ok ? "success" : "failure"}})
        .Increment();
  }
  void CountEndpoint(const char *endpoint) {
    endpoint_.Add({{"endpoint", endpoint}}).Increment();
  }

private:
  prometheus::Family<prometheus::Counter> &infer_;
  prometheus::Family<prometheus::Counter> &endpoint_;
};

class HttpApi {
public:
  HttpApi(httplib::Server &server, ModelMetrics &metrics) : metrics_(metrics) {
    server.Get("/v2/health/ready", [this](const httplib::Request &, httplib::Response &) {
      metrics_.CountEndpoint("health_ready"); // SAFE
    });
    server.Post(R"(/v2/models/([^/]+)(?:/versions/([0-9]+))?/(infer|ready|stats))",
                [this](const httplib::Request &req, httplib::Response &res) {
                  Dispatch(req, res);
                });
  }

private:
  void Dispatch(const httplib::Request &req, httplib::Response &res) {
    const std::string model_name = req.matches[1];
    const std::string version = req.matches[2];
    const std::string kind = req.matches[3];
    if (kind == "ready") {
      metrics_.CountEndpoint("model_ready"); // SAFE
      HandleModelReady(res, model_name, version);
      return;
    }
    if (kind == "infer") {
      HandleInfer(res, model_name, version); // SAFE -- HandleInfer looks the name up and labels with the table's values
      return;
    }
    if (kind == "stats") {
      HandleModelStats(res, model_name, version); // LEAK: pathparam, pathparam
      return;
    }
    res.status = 404;
  }

  void HandleModelReady(httplib::Response &res, const std::string &model_name,
                        const std::string &version) {
    res.status = models_.count(model_name) ? 200 : 400;
  }

  void HandleInfer(httplib::Response &res, const std::string &model_name,
                   const std::string &version) {
    auto it = models_.find(model_name);
    if (it == models_.end()) {
      metrics_.CountEndpoint("model_not_found");
      res.status = 404;
      return;
    }
    metrics_.CountInfer(it->first, it->second.version, true);
  }

  void HandleModelStats(httplib::Response &res, const std::string &model_name,
                        const std::string &version) {
    metrics_.CountInfer(model_name, version, models_.count(model_name) != 0);
    res.set_content("{}", "application/json");
  }

  ModelMetrics &metrics_;
  std::map<std::string, Model> models_;
};

// Version numbers parsed from the path are still whatever the client sent.
void CountVersionRequests(prometheus::Family<prometheus::Counter> &versions,
                          const httplib::Request &req) {
  int version = std::stoi(req.matches[2].str());
  versions.Add({{"version", std::to_string(version)}}).Increment(); // LEAK: pathparam shape=bounded
  versions.Add({{"pinned", req.matches[2].matched ? "yes" : "no"}}).Increment(); // SAFE shape=bounded
}

} // namespace inference
