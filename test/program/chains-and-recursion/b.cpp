#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

void store(prometheus::Family<prometheus::Counter> &family, const std::string &value);
void bounce(prometheus::Family<prometheus::Counter> &family, const std::string &p, int hops);

// Recursion across units: forward() and bounce() (c.cpp) call each other.
void forward(prometheus::Family<prometheus::Counter> &family, const std::string &p, int hops) {
  if (hops == 0) {
    store(family, p);
    return;
  }
  bounce(family, p, hops - 1);
}
