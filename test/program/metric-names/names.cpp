// A helper that builds a metric's name from its parameter.
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <memory>
#include <string>

std::unique_ptr<prometheus::Family<prometheus::Counter>> familyFor(const std::string &suffix) {
  return std::make_unique<prometheus::Family<prometheus::Counter>>("requests_" + suffix,
                                                                   "Requests", prometheus::Labels{});
}
