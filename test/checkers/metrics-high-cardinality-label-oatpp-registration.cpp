// Oat++ routes the endpoints of a controller by the path each endpoint's
// info carries: ENDPOINT's literal with the controller's router prefix
// joined to it at run time. So the declaration the fix that labels by the
// registered route wraps is the controller handed to
// HttpRouter::addController, in labelguard::declare_oatpp_controller (of
// <labelguard/adapters/oatpp.hpp>), where the user wrote it; ENDPOINT's
// literal is left alone, and so are a controller spelled by a macro of the
// service's own and a null one.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// RUN: %check_clang_tidy -check-suffix=NOTES %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// The fix compiles and registers without exceptions too.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -fno-exceptions
// RUN: %check_clang_tidy -check-suffix=HAND %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include -DBY_HAND
// RUN: %check_clang_tidy -check-suffix=HAND %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include -DBY_HAND -DBY_HAND_DECLARER

#include <memory>
#include <oatpp/web/server/HttpRouter.hpp>
#include <oatpp/web/server/api/ApiController.hpp>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#ifdef BY_HAND
#include <labelguard/adapters/oatpp.hpp>
#include <labelguard/route_guard.hpp>
#endif
// CHECK-FIXES: {{^}}#include <labelguard/adapters/oatpp.hpp>{{$}}
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}

using IncomingRequest = oatpp::web::protocol::http::incoming::Request;
using ObjectMapper = oatpp::data::mapping::ObjectMapper;
using Requests = prometheus::Family<prometheus::Counter>;

Requests &requests();

class UserController : public oatpp::web::server::api::ApiController {
public:
  explicit UserController(const std::shared_ptr<ObjectMapper> &mapper,
                          const oatpp::String &prefix = nullptr)
      : oatpp::web::server::api::ApiController(mapper, prefix) {}

  ENDPOINT("GET", "/users/{id}", getUser, PATH(oatpp::String, id),
           REQUEST(std::shared_ptr<IncomingRequest>, request)) {
    // CHECK-FIXES: {{^}}  ENDPOINT("GET", "/users/{id}", getUser, PATH(oatpp::String, id),{{$}}
    requests().Add({{"path", request->getStartingLine().path.std_str()}}).Increment();
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-MESSAGES-HAND: :[[@LINE-2]]:30: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES-NOTES: :[[@LINE-3]]:30: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES-NOTES: :[[@LINE-4]]:16: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES-NOTES: :[[@LINE-5]]:30: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/oatpp.hpp>
    // CHECK-NOTES-NOTES: :79:25: note: the fix also registers the routes of the 2 controllers the service adds to its router, each where it is added, through 'labelguard::declare_oatpp_controller'
    // CHECK-FIXES: {{^}}    requests().Add({{[{][{]}}"path", labelguard::route_label(request->getStartingLine().path.std_str())}}).Increment();{{$}}
    // CHECK-FIXES-HAND: {{^}}    requests().Add({{[{][{]}}"path", labelguard::route_label(request->getStartingLine().path.std_str())}}).Increment();{{$}}
    return nullptr;
  }

  static std::shared_ptr<UserController>
  createShared(const std::shared_ptr<ObjectMapper> &mapper) {
    return std::make_shared<UserController>(mapper);
  }
};

class AdminController : public oatpp::web::server::api::ApiController {
public:
  explicit AdminController(const std::shared_ptr<ObjectMapper> &mapper)
      : oatpp::web::server::api::ApiController(mapper) {}
  ENDPOINT("GET", "/admin/health", health) { return nullptr; }
};

#define SERVICE_CONTROLLER(mapper) UserController::createShared(mapper)

void serve(const std::shared_ptr<ObjectMapper> &mapper) {
  auto router = oatpp::web::server::HttpRouter::createShared();
  auto users = std::make_shared<UserController>(mapper);
#ifdef BY_HAND_DECLARER
  // A controller the service declares itself registers by hand too.
  router->addController(labelguard::declare_oatpp_controller(std::make_shared<AdminController>(mapper)));
#elif defined(BY_HAND)
  labelguard::register_route("/admin/health");
#endif
  router->addController(users);
  // CHECK-FIXES: {{^}}  router->addController(labelguard::declare_oatpp_controller(users));{{$}}
  // CHECK-FIXES-HAND: {{^}}  router->addController(users);{{$}}
  router->addController(
      std::make_shared<UserController>(mapper, "/v2"));
  // CHECK-FIXES: {{^}}      labelguard::declare_oatpp_controller(std::make_shared<UserController>(mapper, "/v2")));{{$}}
  // CHECK-FIXES-HAND: {{^}}      std::make_shared<UserController>(mapper, "/v2"));{{$}}
  router->addController(SERVICE_CONTROLLER(mapper));
  // CHECK-FIXES: {{^}}  router->addController(SERVICE_CONTROLLER(mapper));{{$}}
  router->addController(nullptr);
  // CHECK-FIXES: {{^}}  router->addController(nullptr);{{$}}
}
