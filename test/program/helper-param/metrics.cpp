// The metrics helper, in a file of its own.
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

void record(prometheus::Family<prometheus::Counter> &family, const std::string &path) {
  family.Add({{"path", path}}).Increment();
}
