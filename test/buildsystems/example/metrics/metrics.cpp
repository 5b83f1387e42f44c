#include "metrics/metrics.h"

void record_request(prometheus::Family<prometheus::Counter> &family,
                    const std::string &path) {
  family.Add({{"path", path}}).Increment();
}
