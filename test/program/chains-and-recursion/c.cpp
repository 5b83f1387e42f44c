#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

void forward(prometheus::Family<prometheus::Counter> &family, const std::string &p, int hops);

void store(prometheus::Family<prometheus::Counter> &family, const std::string &value) {
  family.Add({{"path", value}}).Increment();
}

void bounce(prometheus::Family<prometheus::Counter> &family, const std::string &p, int hops) {
  forward(family, p, hops);
}
