// shaped after: redpanda-data/redpanda src/v/pandaproxy/probe.h
#pragma once

#include <cstdint>

#include <seastar/core/metrics_registration.hh>
#include <seastar/core/sstring.hh>
#include <seastar/http/json_path.hh>

namespace proxy {

namespace ss = seastar;

class probe {
public:
  probe(const ss::httpd::path_description &path_desc, const ss::sstring &group_name);
  probe(const ss::sstring &operation, const ss::sstring &group_name);
  probe(const probe &) = delete;
  probe &operator=(const probe &) = delete;

  void record(int status);

private:
  void setup_metrics();

  ss::sstring _operation;
  ss::sstring _group_name;
  int64_t _errors = 0;
  int64_t _requests = 0;
  ss::metrics::metric_groups _metrics;
};

} // namespace proxy
