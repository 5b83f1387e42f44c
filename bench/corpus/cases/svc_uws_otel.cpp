// corpus: framework=uwebsockets metrics=opentelemetry shape=lambda
// A uWebSockets app whose route lambdas capture an OpenTelemetry meter and
// record per-request attributes; onAborted callbacks capture request data.
#include <uWebSockets/App.h>
#include "opentelemetry/metrics/sync_instruments.h"

#include <cstdint>
#include <map>
#include <string>

namespace otel = opentelemetry;

void install(uWS::App &app, otel::metrics::Counter<uint64_t> &requests, otel::metrics::UpDownCounter<int64_t> &active) {
  app.get("/rooms/:room", [&](auto *res, auto *req) {
    std::string room(req->getParameter(0));
    std::string url(req->getUrl());
    requests.Add(1, {{"room", room.c_str()}}); // LEAK: pathparam shape=locals
    active.Add(1, {{"route", "/rooms/:room"}}); // SAFE
    auto finish = [&active, url]() {
      active.Add(-1, {{"url", url.c_str()}}); // LEAK: path
    };
    finish();
    res->end("joined");
  });

  app.get("/search", [&](auto *res, auto *req) {
    std::string q(req->getQuery("q"));
    std::map<std::string, std::string> attrs{{"route", "/search"}};
    if (!q.empty())
      attrs["q"] = q;
    requests.Add(1, attrs); // LEAK: query shape=containers
    std::map<std::string, std::string> fixed{{"route", "/search"}, {"has_q", q.empty() ? "0" : "1"}};
    requests.Add(1, fixed); // SAFE shape=containers
    res->end("[]");
  });

  app.any("/*", [&](auto *res, auto *req) {
    for (auto [key, value] : *req)
      if (key == "x-forwarded-for")
        requests.Add(1, {{"xff", std::string(value).c_str()}}); // LEAK: header shape=optional-iter
    std::string origin(req->getHeader("origin"));
    auto record_origin = [&requests](const std::string &o) { requests.Add(1, {{"origin", o.c_str()}}); };
    record_origin(origin); // LEAK: header
    record_origin("none"); // SAFE
    res->writeStatus("404 Not Found")->end();
  });
}
