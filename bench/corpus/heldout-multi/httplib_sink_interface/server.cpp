// shaped after: abin-z/httplibDemo full_demo/webserver/src/webserver.cpp; 4evour/Tour-Pass src/api.cpp
#include <memory>
#include <string>

#include <httplib.h>

#include "metrics_sink.h"

namespace svc {

std::string extract_token_from_cookie(const std::string &cookie) {
  size_t pos = cookie.find("token=");
  if (pos == std::string::npos)
    return {};
  size_t end = cookie.find(';', pos);
  return cookie.substr(pos + 6, end == std::string::npos ? std::string::npos : end - pos - 6);
}

void install(httplib::Server &server, MetricsSink &sink) {
  server.Get(R"(/api/orders/(\d+))", [&sink](const httplib::Request &req, httplib::Response &res) {
    res.set_content("{}", "application/json");
    sink.record("/api/orders/{id}", res.status); // SAFE
  });

  server.set_error_handler([&sink](const httplib::Request &req, httplib::Response &res) {
    sink.record(req.path, res.status); // LEAK: path
  });

  server.set_post_routing_handler([&sink](const httplib::Request &req, httplib::Response &res) {
    sink.record(req.get_header_value("X-Route-Name"), res.status); // LEAK: header
    sink.record_client(req.remote_addr); // LEAK: address
    sink.record_client(req.has_header("Authorization") ? "authenticated" : "anonymous"); // SAFE
    sink.record_client(extract_token_from_cookie(req.get_header_value("Cookie"))); // LEAK: header
  });
}

} // namespace svc
