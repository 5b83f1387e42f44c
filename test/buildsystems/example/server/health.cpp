// The same helper with a constant: nothing to report.
#include "server/handlers.h"

#include "metrics/metrics.h"

void handle_health(httplib::Response &res,
                   prometheus::Family<prometheus::Counter> &requests) {
  record_request(requests, "/health");
  res.set_content("ok\n", "text/plain");
}
