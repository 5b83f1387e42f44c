#include "tracker.h"

void Recorder::flush(prometheus::Family<prometheus::Counter> &family) {
  family.Add({{"route", route_}}).Increment();
}
