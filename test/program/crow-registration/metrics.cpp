// The metrics helper, in a unit of its own.
#include "metrics.h"
#include <prometheus/counter.h>
#include <prometheus/family.h>

prometheus::Family<prometheus::Counter> &requests_family();

void record_request(const std::string &path, int status) {
  requests_family().Add({{"path", path}, {"code", std::to_string(status)}}).Increment();
}
