#include "api.h"

void Registry::set(Callback c) { cb = c; }
void Registry::fire(Fam &fam, const std::string &p) { cb(fam, p); }
