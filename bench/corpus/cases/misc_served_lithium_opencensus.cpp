// corpus: framework=served metrics=opencensus shape=direct
// Smaller frameworks and libraries: served and lithium handlers, OpenCensus
// tag maps.
#include <lithium_http_server.hh>
#include <opencensus/stats/measure.h>
#include <opencensus/stats/recording.h>
#include <opencensus/tags/tag_key.h>
#include <opencensus/tags/tag_map.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>
#include <served/served.hpp>

#include <string>

void served_routes(served::multiplexer &mux, opencensus::stats::MeasureInt64 requests, opencensus::tags::TagKey key) {
  mux.handle("/users/{id}").get([requests, key](served::response &res, const served::request &req) {
    opencensus::stats::Record({{requests, 1}}, {{key, req.params["id"]}}); // LEAK: pathparam
    opencensus::stats::Record({{requests, 1}}, {{key, req.url().path()}}); // LEAK: path
    opencensus::stats::Record({{requests, 1}}, {{key, req.query["q"]}}); // LEAK: query
    opencensus::stats::Record({{requests, 1}}, {{key, req.header("User-Agent")}}); // LEAK: header
    opencensus::stats::Record({{requests, 1}}, {{key, req.source()}}); // LEAK: address
    opencensus::stats::Record({{requests, 1}}, {{key, "/users/{id}"}}); // SAFE
    res.set_status(200);
  });
}

void lithium_routes(li::http_api &api, prometheus::Family<prometheus::Counter> &fam) {
  api.get("/hello/{{name}}") = [&fam](li::http_request &request, li::http_response &response) {
    fam.Add({{"cookie", std::string(request.cookie("sid"))}}).Increment(); // LEAK: cookie framework=lithium metrics=prometheus
    fam.Add({{"ip", request.ip_address()}}).Increment(); // LEAK: address framework=lithium metrics=prometheus
    fam.Add({{"route", std::string(request.url_spec)}}).Increment(); // SAFE framework=lithium metrics=prometheus
    response.write("hello");
  };
}
