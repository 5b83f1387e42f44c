// Written with CRLF line endings by the test (git keeps this copy in LF).
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>

void handler(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  family.Add({{"path", req.path}}).Increment();
}
