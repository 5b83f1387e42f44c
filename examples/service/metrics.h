// The example service's request metrics.
//
// Real services keep their metrics in a module of their own, so that handlers
// and middleware report an event without knowing the metric's name, help text
// or labels. Which label values a caller passes in is then decided in another
// file than the one that creates the series: a check that reads one file at a
// time cannot see that leak; labelguard-scan, and every front end given its
// project index, can.

#ifndef LABELGUARD_EXAMPLE_SERVICE_METRICS_H
#define LABELGUARD_EXAMPLE_SERVICE_METRICS_H

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/registry.h>

#include <string>

namespace service {

class RequestMetrics {
public:
  explicit RequestMetrics(prometheus::Registry &registry);

  // Counts one answered request by method, path and status.
  void record_request(const std::string &method, const std::string &path,
                      int status);

private:
  prometheus::Family<prometheus::Counter> &requests_;
};

} // namespace service

#endif // LABELGUARD_EXAMPLE_SERVICE_METRICS_H
