#include "sink.h"

void PromSink::record(Fam &fam, const std::string &p) { fam.Add({{"path", p}}).Increment(); }
