// corpus: framework=beast metrics=opentelemetry shape=locals
// Beast request fields copied into locals before an OpenTelemetry counter
// records them as attributes.
#include <boost/beast/http.hpp>
#include "opentelemetry/metrics/sync_instruments.h"

#include <cstdint>
#include <string>

namespace http = boost::beast::http;
namespace otel = opentelemetry;

void record(const http::request<http::string_body> &req, otel::metrics::Counter<uint64_t> &requests) {
  auto target = req.target();
  std::string t(target.data(), target.size());
  requests.Add(1, {{"http.target", t}}); // LEAK: target

  std::string host = std::string(req[http::field::host]);
  requests.Add(1, {{"http.host", host}}); // LEAK: header

  const auto &body = req.body();
  requests.Add(1, {{"body", body}}); // LEAK: body

  boost::beast::string_view agent = req[http::field::user_agent];
  std::string agent_copy = agent.to_string();
  requests.Add(1, {{"user_agent", agent_copy.c_str()}}); // LEAK: header

  std::string forwarded;
  auto it = req.find("X-Forwarded-For");
  if (it != req.end())
    forwarded = std::string(it->value());
  requests.Add(1, {{"forwarded", forwarded}}); // LEAK: header

  std::string method = std::string(req.method_string());
  requests.Add(1, {{"http.method", method}}); // SAFE

  unsigned version = req.version();
  requests.Add(1, {{"http.version", static_cast<int64_t>(version)}}); // SAFE

  std::string route = "/api/items";
  requests.Add(1, {{"http.route", route}}); // SAFE
}
