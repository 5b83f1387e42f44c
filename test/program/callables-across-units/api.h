#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

using Fam = prometheus::Family<prometheus::Counter>;
using Callback = void (*)(Fam &, const std::string &);

// label.cpp: one labels with its argument, one does not.
void label_it(Fam &fam, const std::string &p);
void count_it(Fam &fam, const std::string &p);
// dispatch.cpp: calls the function it is handed.
void dispatch(Fam &fam, const std::string &p, Callback cb);
// registry.cpp: keeps the function it is handed, calls it later.
struct Registry {
  Callback cb = nullptr;
  void set(Callback c);
  void fire(Fam &fam, const std::string &p);
};
