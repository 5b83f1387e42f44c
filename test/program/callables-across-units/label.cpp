#include "api.h"

void label_it(Fam &fam, const std::string &p) { fam.Add({{"path", p}}).Increment(); }
void count_it(Fam &fam, const std::string &p) { fam.Add({{"size", p.empty() ? "0" : "1"}}).Increment(); }
