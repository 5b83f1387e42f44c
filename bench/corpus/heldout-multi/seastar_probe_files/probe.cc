// shaped after: redpanda-data/redpanda src/v/pandaproxy/probe.cc
#include "probe.h"

#include <vector>

#include <seastar/core/metrics.hh>

namespace proxy {

namespace sm = seastar::metrics;

probe::probe(const ss::httpd::path_description &path_desc, const ss::sstring &group_name)
    : _operation(path_desc.operations.nickname), _group_name(group_name) {
  setup_metrics();
}

probe::probe(const ss::sstring &operation, const ss::sstring &group_name)
    : _operation(operation), _group_name(group_name) {
  setup_metrics();
}

void probe::record(int status) {
  ++_requests;
  if (status >= 500)
    ++_errors;
}

void probe::setup_metrics() {
  sm::label operation_label("operation");
  std::vector<sm::label_instance> labels{operation_label(_operation),
                                         sm::label_instance("group", _group_name)};
  _metrics.add_group("pandaproxy",
                     {sm::make_counter("requests_total", _requests, sm::description("Requests"), labels),
                      sm::make_counter("request_errors_total", _errors,
                                       sm::description("Server errors"), labels)});
}

} // namespace proxy
