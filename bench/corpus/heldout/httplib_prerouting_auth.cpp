// corpus: framework=httplib metrics=prometheus shape=guarded
// shaped after: zerotier/ZeroTierOne service/OneService.cpp, controller/EmbeddedNetworkController.cpp
//
// A control plane's pre-routing auth check counts what it lets through and
// what it refuses. The open endpoints are a fixed list; the management UI is
// a prefix; addresses are checked against allowed networks.

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

namespace ctlplane {

std::string http_log(const httplib::Request &req, const httplib::Response &res) {
  char buf[512];
  std::snprintf(buf, sizeof(buf), "%s %s %s -> %d\n", req.method.c_str(),
                req.version.c_str(), req.path.c_str(), res.status);
  std::string s = buf;
  for (auto it = req.params.begin(); it != req.params.end(); ++it) {
    std::snprintf(buf, sizeof(buf), "%c%s=%s", it == req.params.begin() ? '?' : '&',
                  it->first.c_str(), it->second.c_str());
    s += buf;
  }
  return s;
}

class ControlPlane {
public:
  ControlPlane(prometheus::Registry &registry, std::string authToken,
               std::string metricsToken)
      : denied_(prometheus::BuildCounter()
                    .Name("controlplane_auth_denied_total")
                    .Help("Requests refused by the auth check")
                    .Register(registry)),
        passed_(prometheus::BuildCounter()
                    .Name("controlplane_auth_passed_total")
                    .Help("Requests let through by the auth check")
                    .Register(registry)),
        threadWork_(prometheus::BuildCounter()
                        .Name("controlplane_requests_by_thread_total")
                        .Help("Network config requests per worker thread")
                        .Register(registry)),
        authToken_(std::move(authToken)), metricsToken_(std::move(metricsToken)) {}

  void install(httplib::Server &server) {
    server.set_pre_routing_handler(
        [this](const httplib::Request &req, httplib::Response &res) {
          return authCheck(req, res);
        });
    server.set_logger([](const httplib::Request &req, const httplib::Response &res) {
      std::fprintf(stderr, "%s", http_log(req, res).c_str()); // SAFE
    });
  }

  void onNetworkConfigRequest() {
    std::stringstream ss;
    ss << std::this_thread::get_id();
    std::string threadID = ss.str();
    threadWork_.Add({{"thread", threadID}}).Increment(); // SAFE
  }

private:
  using HR = httplib::Server::HandlerResponse;

  HR authCheck(const httplib::Request &req, httplib::Response &res) {
    if (req.path == "/metrics") {
      if (req.has_header("x-zt1-auth")) {
        std::string token = req.get_header_value("x-zt1-auth");
        if (token == metricsToken_ || token == authToken_) {
          passed_.Add({{"endpoint", "metrics"}, {"via", "header"}}).Increment(); // SAFE
          return HR::Unhandled;
        }
        denied_.Add({{"endpoint", "metrics"}, {"token_prefix", token.substr(0, 6)}}).Increment(); // LEAK: header
      } else if (req.has_param("auth")) {
        std::string token = req.get_param_value("auth");
        if (token == metricsToken_ || token == authToken_) {
          passed_.Add({{"endpoint", "metrics"}, {"via", "param"}}).Increment(); // SAFE
          return HR::Unhandled;
        }
      }
      res.status = 401;
      return HR::Handled;
    }

    std::string remote = req.remote_addr;
    bool ipAllowed = remote == "127.0.0.1" || remote == "::1";
    if (!ipAllowed) {
      for (const auto &prefix : allowManagementFrom_) {
        if (remote.rfind(prefix, 0) == 0) {
          ipAllowed = true;
          break;
        }
      }
    }
    if (!ipAllowed) {
      denied_.Add({{"endpoint", "api"}, {"client", remote}}).Increment(); // LEAK: address
      res.status = 403;
      return HR::Handled;
    }

    if (req.path.rfind("/app", 0) == 0) {
      passed_.Add({{"endpoint", req.path}, {"via", "app"}}).Increment(); // LEAK: path
      return HR::Unhandled;
    }

    if (std::find(noAuthEndpoints_.begin(), noAuthEndpoints_.end(), req.path) ==
        noAuthEndpoints_.end()) {
      std::string token = req.get_header_value("x-zt1-auth");
      if (token != authToken_) {
        denied_.Add({{"endpoint", "api"}, {"reason", token.empty() ? "missing" : "mismatch"}}).Increment(); // SAFE
        res.status = 401;
        return HR::Handled;
      }
      passed_.Add({{"endpoint", "api"}, {"via", "token"}}).Increment(); // SAFE
      return HR::Unhandled;
    }
    passed_.Add({{"endpoint", req.path}, {"via", "open"}}).Increment(); // SAFE -- std::find() == end() returned above
    return HR::Unhandled;
  }

  prometheus::Family<prometheus::Counter> &denied_;
  prometheus::Family<prometheus::Counter> &passed_;
  prometheus::Family<prometheus::Counter> &threadWork_;
  std::string authToken_;
  std::string metricsToken_;
  std::vector<std::string> allowManagementFrom_{"10.", "192.168."};
  std::vector<std::string> noAuthEndpoints_{"/sso", "/health"};
};

} // namespace ctlplane
