// The routes are declared in a unit that reads no request: the handlers are
// in another. labelguard-scan --fix registers them here all the same; a
// per-unit run of handlers.cpp cannot see them (no note there).
#include <httplib.h>
#include "handlers.h"

int main() {
  httplib::Server svr;
  svr.Get(R"(/users/(\d+))", handle_user);
  // CHECK-FIXES: {{^}}  svr.Get(labelguard::declare_httplib_route(R"(/users/(\d+))"), handle_user);{{$}}
  svr.Get("/orders/:id", handle_order);
  // CHECK-FIXES: {{^}}  svr.Get(labelguard::declare_httplib_route("/orders/:id"), handle_order);{{$}}
  return svr.listen("0.0.0.0", 8080) ? 0 : 1;
}
