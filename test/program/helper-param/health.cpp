// Another unit calls the same helper with a constant: nothing to report here,
// and the helper itself is never changed.
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

void record(prometheus::Family<prometheus::Counter> &family, const std::string &path);

void health(prometheus::Family<prometheus::Counter> &family) { record(family, "/health"); }
