// An Oat++ service hands its controllers to the router and registers no
// route with the guard: labelguard-scan --fix wraps the raw target where it
// is read and each controller where it is added to the router.
#include <memory>
#include <oatpp/web/server/HttpRouter.hpp>
#include <oatpp/web/server/api/ApiController.hpp>
#include "metrics.h"
// CHECK-FIXES: {{^}}#include <labelguard/adapters/oatpp.hpp>{{$}}
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}

using IncomingRequest = oatpp::web::protocol::http::incoming::Request;

class Users : public oatpp::web::server::api::ApiController {
public:
  explicit Users(const oatpp::String &prefix)
      : oatpp::web::server::api::ApiController(nullptr, prefix) {}
  ENDPOINT("GET", "/users/{id}", getUser,
           REQUEST(std::shared_ptr<IncomingRequest>, request)) {
    record_request(request->getStartingLine().path.std_str(), 200);
  // CHECK-NOTES: main.cpp:[[@LINE-1]]:20: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: main.cpp:[[@LINE-2]]:20: note: passed to 'record_request' as 'path' here
  // CHECK-NOTES: metrics.cpp:9:21: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: main.cpp:[[@LINE-4]]:20: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/oatpp.hpp>
  // CHECK-NOTES: main.cpp:33:25: note: the fix also registers the routes of the 2 controllers the service adds to its router, each where it is added, through 'labelguard::declare_oatpp_controller'
  // CHECK-FIXES: {{^}}    record_request(labelguard::route_label(request->getStartingLine().path.std_str()), 200);{{$}}
    return nullptr;
  }
};

int main() {
  auto router = oatpp::web::server::HttpRouter::createShared();
  auto v1 = std::make_shared<Users>("/v1");
  router->addController(v1);
  // CHECK-FIXES: {{^}}  router->addController(labelguard::declare_oatpp_controller(v1));{{$}}
  router->addController(std::make_shared<Users>("/v2"));
  // CHECK-FIXES: {{^}}  router->addController(labelguard::declare_oatpp_controller(std::make_shared<Users>("/v2")));{{$}}
  return 0;
}
