#include "api.h"

void dispatch(Fam &fam, const std::string &p, Callback cb) { cb(fam, p); }
