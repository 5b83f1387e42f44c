// Built with -fno-exceptions against Inputs/crow/crow.h: the Crow adapter's
// macros, which labelguard's fix puts in place of CROW_ROUTE and
// CROW_BP_ROUTE, compile, register, and neither throw nor abort on a rule
// the guard cannot read.
#include <labelguard/adapters/crow.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#if LABELGUARD_HAS_EXCEPTIONS
#error "this test must be compiled with -fno-exceptions"
#endif

static int failures = 0;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      ++failures;                                                              \
      std::fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                          \
  } while (0)

int main() {
  crow::SimpleApp app;
  LABELGUARD_CROW_ROUTE(app, "/users/<int>")([](int) { return ""; });
  LABELGUARD_CROW_ROUTE(app, "/bad/<nope>")([] { return ""; });
  crow::Blueprint bp("api");
  LABELGUARD_CROW_BP_ROUTE(bp, "/items/<string>")([](const std::string &) { return ""; });

  CHECK(app.router_.rules_.size() == 2u);
  CHECK(app.router_.rules_[0]->has_handler());
  CHECK(app.router_.rules_[1]->has_handler());
  CHECK(labelguard::route_label("/users/42") == "/users/<int>");
  CHECK(labelguard::route_label("/api/items/x") == "/api/items/<string>");
  CHECK(labelguard::route_label("/bad/x") == labelguard::unregistered_label());
  const std::vector<std::string> rejected = labelguard::rejected_routes();
  CHECK(std::find(rejected.begin(), rejected.end(), "/bad/<nope>") != rejected.end());
  if (failures == 0)
    std::printf("crow adapter without exceptions: all checks passed\n");
  return failures == 0 ? 0 : 1;
}
