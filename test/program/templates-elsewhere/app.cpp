#include "middleware.h"
#include <httplib.h>

void run(prometheus::Family<prometheus::Counter> &family, const httplib::Request &req) {
  PathMetrics<httplib::Request> m{family};
  m.before(req);
}
