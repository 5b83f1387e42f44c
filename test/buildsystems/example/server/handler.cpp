// The leak crosses files: the raw path goes to metrics/metrics.cpp's helper,
// which makes it a label value.
#include "server/handlers.h"

#include "metrics/metrics.h"

void handle_hello(const httplib::Request &req, httplib::Response &res,
                  prometheus::Family<prometheus::Counter> &requests) {
  record_request(requests, req.path);
  res.set_content("hello\n", "text/plain");
}
