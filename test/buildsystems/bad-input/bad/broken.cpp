// A unit that does not compile: labelguard reports its error, still analyses
// what is well-formed in it (this leak), and still reports the other units'
// findings.
#include "metrics/metrics.h"

#include <httplib.h>

void handle_broken(const httplib::Request &req,
                   prometheus::Family<prometheus::Counter> &requests) {
  record_request(requests, req.get_header_value("User-Agent"));
}

int not_compiling() { return undeclared_in_broken_cpp; }
