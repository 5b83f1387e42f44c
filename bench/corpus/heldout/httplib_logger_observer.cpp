// corpus: framework=httplib metrics=prometheus shape=helper-param
// shaped after: zerotier/ZeroTierOne service/OneService.cpp (set_logger handing the request to a helper);
//               4evour/Tour-Pass src/api.cpp
//
// The logger hook hands the whole request to an observer object. One method
// reads the path itself; another takes the route it should count under,
// which the caller passes either as the registered pattern or as the path.

#include <string>

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

namespace obs {

class RequestObserver {
public:
  explicit RequestObserver(prometheus::Registry &registry)
      : by_status_(prometheus::BuildCounter()
                       .Name("http_responses_total")
                       .Help("Responses by status")
                       .Register(registry)),
        by_path_(prometheus::BuildCounter()
                     .Name("http_requests_by_path_total")
                     .Help("Requests by path")
                     .Register(registry)),
        by_route_(prometheus::BuildCounter()
                      .Name("http_requests_by_route_total")
                      .Help("Requests by route")
                      .Register(registry)) {}

  void observe(const httplib::Request &req, const httplib::Response &res) {
    by_status_.Add({{"status", std::to_string(res.status)}}).Increment(); // SAFE shape=direct
    by_path_.Add({{"path", req.path}}).Increment(); // LEAK: path shape=direct
  }

  void observe_route(const httplib::Request &req, const httplib::Response &res,
                     const std::string &route) {
    by_route_.Add({{"route", route}, {"method", req.method}, {"status", std::to_string(res.status)}})
        .Increment();
  }

private:
  prometheus::Family<prometheus::Counter> &by_status_;
  prometheus::Family<prometheus::Counter> &by_path_;
  prometheus::Family<prometheus::Counter> &by_route_;
};

void install(httplib::Server &svr, RequestObserver &observer) {
  svr.set_logger([&observer](const httplib::Request &req, const httplib::Response &res) {
    observer.observe(req, res);
  });

  svr.Get(R"(/users/(\d+))", [&observer](const httplib::Request &req, httplib::Response &res) {
    res.set_content("{}", "application/json");
    observer.observe_route(req, res, "/users/{id}"); // SAFE
  });

  svr.Get(R"(/files/(.*))", [&observer](const httplib::Request &req, httplib::Response &res) {
    res.status = 404;
    observer.observe_route(req, res, req.path); // LEAK: path
  });

  svr.Get(R"(/search)", [&observer](const httplib::Request &req, httplib::Response &res) {
    std::string route = req.has_param("q") ? "/search?q" : "/search";
    observer.observe_route(req, res, route); // SAFE
    observer.observe_route(req, res, "/search?" + req.get_param_value("q")); // LEAK: query
  });
}

} // namespace obs
