// A source outside the project or workspace (the tests copy it to a
// directory of its own): analysed like the others, its finding reported
// with its path.
#include "metrics/metrics.h"

#include <httplib.h>

void handle_outside(const httplib::Request &req,
                    prometheus::Family<prometheus::Counter> &requests) {
  record_request(requests, req.get_param_value("user"));
}
