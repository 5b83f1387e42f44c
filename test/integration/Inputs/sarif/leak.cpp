// Input of test_sarif.py: the source that export.yaml.in describes. It is
// never compiled. The comment inside the handler holds a two-byte and a
// four-byte UTF-8 character, so that SARIF's UTF-16 columns differ from
// clang-tidy's byte offsets on the reported line.
#include <httplib.h>
#include <prometheus/counter.h>

void on_request(const httplib::Request &req,
                prometheus::Family<prometheus::Counter> &requests) {
  /* é 😀 */ requests.Add({{"path", req.path}}).Increment();
}
