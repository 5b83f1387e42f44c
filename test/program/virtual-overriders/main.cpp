#include "middleware.h"
#include <prometheus/counter.h>
#include <prometheus/family.h>

Metrics *makeMetrics(prometheus::Family<prometheus::Counter> &f);

int serve(prometheus::Family<prometheus::Counter> &family) {
  crow::App<RequestMetrics> app;
  app.get_middleware<RequestMetrics>().metrics_ = makeMetrics(family);
  return 0;
}
