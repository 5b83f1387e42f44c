#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

prometheus::Family<prometheus::Counter> &family();

void record(const std::string &what, const std::string &value) {
  family().Add({{what, value}}).Increment();
}
