// A project header (not a system header): a helper that records a path.
#pragma once

#include <prometheus/counter.h>
#include <string>

inline void recordPath(prometheus::Family<prometheus::Counter> &family,
                       const std::string &path) {
  family.Add({{"path", path}}).Increment();
}
