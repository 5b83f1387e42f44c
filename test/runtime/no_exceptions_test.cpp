// Built with -fno-exceptions: the header compiles, try_ functions report,
// and the throwing ones abort with the message instead of throwing.
#include <labelguard/adapters/oatpp.hpp>
#include <labelguard/route_guard.hpp>

#include "Inputs/oatpp/fake_controller.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <string>

#if LABELGUARD_HAS_EXCEPTIONS
#error "this test must be compiled with -fno-exceptions"
#endif

static int failures = 0;
static int checks = 0;

#define CHECK(cond)                                                            \
  do {                                                                         \
    ++checks;                                                                  \
    if (!(cond)) {                                                             \
      ++failures;                                                              \
      std::fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                          \
  } while (0)

// Runs `f` in a child process; true if the child died of SIGABRT.
template <class F> static bool aborts(F f) {
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    f();
    std::_Exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
}

int main() {
  using namespace labelguard;
  CHECK(try_register_route("/ne/users/:id"));
  std::string problem;
  CHECK(!try_register_route("/ne/users/:", &problem));
  CHECK(problem.find("\"/ne/users/:\": parameter ':' has no name") != std::string::npos);
  CHECK(route_label("/ne/users/1") == "/ne/users/:id");
  CHECK(route_label("/ne/users/") == "unregistered-path");

  RouteTable table;
  CHECK(table.try_add("/ne/a/<int>"));
  CHECK(!table.try_add("/ne/a/<bad>"));
  CHECK(table.match("/ne/a/5") == "/ne/a/<int>");
  table.add("/ne/b"); // well formed: no abort
  CHECK(table.match("/ne/b") == "/ne/b");

  CardinalityLimiter limit(1);
  CHECK(limit("x") == "x");
  CHECK(limit("y") == "overflow");
  CHECK(method_label("GET") == "GET");

  // Regex routes and the pass-through declarations work without exceptions;
  // what they cannot register is listed, never thrown, never an abort.
  CHECK(try_register_regex_route(R"(/ne/r/(\d+))"));
  CHECK(!try_register_regex_route("/ne/r/(a|b)", &problem));
  CHECK(problem.find("cannot translate the regex route") != std::string::npos);
  CHECK(route_label("/ne/r/5") == "/ne/r/<uint>");
  CHECK(std::string(declare_route("/ne/d/:id")) == "/ne/d/:id");
  CHECK(route_label("/ne/d/x") == "/ne/d/:id");
  CHECK(std::string(declare_httplib_route(R"(/ne/h/([^/]+))")) == R"(/ne/h/([^/]+))");
  CHECK(route_label("/ne/h/x") == "/ne/h/:1");
  CHECK(!aborts([] { declare_route("/ne/d/{broken"); }));
  CHECK(!aborts([] { declare_httplib_route("/ne/h/(x|y)"); }));
  declare_route("/ne/d/{broken");
  CHECK(rejected_routes().size() == 1 && rejected_routes()[0] == "/ne/d/{broken");
  // An Oat++ controller, as the fix wraps it: registered, handed on, and a
  // path the guard cannot read is listed.
  auto controller = std::make_shared<fake_oatpp::ApiController>("/ne/oatpp/");
  controller->endpoint("GET", "/users/{id}");
  controller->endpoint("GET", "/files/*.txt");
  CHECK(declare_oatpp_controller(std::move(controller)) != nullptr);
  CHECK(route_label("/ne/oatpp/users/1") == "/ne/oatpp/users/{id}");
  CHECK(rejected_routes().size() == 2 && rejected_routes()[1] == "/ne/oatpp//files/*.txt");

  // Malformed templates through the throwing API abort, after saying why.
  CHECK(aborts([] { register_route("/ne/{broken"); }));
  CHECK(aborts([] { register_routes({"/ne/fine", "/ne/:"}); }));
  CHECK(aborts([] { RouteTable().add("nope"); }));
  CHECK(aborts([] { register_regex_route("/ne/(x|y)"); }));
  CHECK(!aborts([] { register_route("/ne/fine"); }));

  std::printf("%d passed, %d failed\n", checks - failures, failures);
  return failures == 0 ? 0 : 1;
}
