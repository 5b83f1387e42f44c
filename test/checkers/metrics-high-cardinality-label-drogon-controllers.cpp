// Drogon controllers declare their routes through macros: ADD_METHOD_TO and
// PATH_ADD take the route as written, and the fix that labels by the
// registered route wraps that literal argument in
// labelguard::declare_drogon_route where the user wrote it. METHOD_ADD's
// pattern is joined to the class's name at run time (it is not the route),
// a macro of the service's own is its author's text, and a pattern that is
// not a literal is the service's business: those are left alone.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// RUN: %check_clang_tidy -check-suffix=NOTES %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// RUN: %check_clang_tidy -check-suffix=HAND %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include -DBY_HAND
// RUN: %check_clang_tidy -check-suffix=HAND %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include -DBY_HAND -DBY_HAND_DECLARER

#include <functional>
#include <string>
#include <drogon/HttpAppFramework.h>
#include <drogon/HttpController.h>
#include <drogon/HttpRequest.h>
#include <drogon/HttpSimpleController.h>
#include <drogon/utils/monitoring/Collector.h>
#include <drogon/utils/monitoring/Counter.h>
#ifdef BY_HAND
#include <labelguard/route_guard.hpp>
#endif
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}

using drogon::HttpRequestPtr;
using drogon::HttpResponsePtr;
using Callback = std::function<void(const HttpResponsePtr &)>;
using Requests = drogon::monitoring::Collector<drogon::monitoring::Counter>;

Requests &requests();

#define SERVICE_ROUTE(method, pattern) ADD_METHOD_TO(method, pattern, drogon::Get)

namespace api {
class Users : public drogon::HttpController<Users> {
public:
  METHOD_LIST_BEGIN
  ADD_METHOD_TO(Users::get, "/api/users/{id}", drogon::Get);
  // CHECK-FIXES: {{^}}  ADD_METHOD_TO(Users::get, labelguard::declare_drogon_route("/api/users/{id}"), drogon::Get);{{$}}
  // CHECK-FIXES-HAND: {{^}}  ADD_METHOD_TO(Users::get, "/api/users/{id}", drogon::Get);{{$}}
  ADD_METHOD_TO(Users::search,
                "/api/users/search?name={name}",
                // CHECK-FIXES: {{^}}                labelguard::declare_drogon_route("/api/users/search?name={name}"),{{$}}
                drogon::Get, "LoginFilter");
  METHOD_ADD(Users::list, "/list", drogon::Get);
  // CHECK-FIXES: {{^}}  METHOD_ADD(Users::list, "/list", drogon::Get);{{$}}
  SERVICE_ROUTE(Users::get, "/api/v2/users/{id}");
  // CHECK-FIXES: {{^}}  SERVICE_ROUTE(Users::get, "/api/v2/users/{id}");{{$}}
  ADD_METHOD_TO(Users::get, kLegacy, drogon::Get);
  // CHECK-FIXES: {{^}}  ADD_METHOD_TO(Users::get, kLegacy, drogon::Get);{{$}}
  METHOD_LIST_END

  void get(const HttpRequestPtr &req, Callback &&callback, std::string id);
  void search(const HttpRequestPtr &req, Callback &&callback, std::string name);
  void list(const HttpRequestPtr &req, Callback &&callback);

private:
  static inline const std::string kLegacy = "/legacy/users/{id}";
};
} // namespace api

class Health : public drogon::HttpSimpleController<Health> {
public:
  PATH_LIST_BEGIN
  PATH_ADD("/health", drogon::Get);
  // CHECK-FIXES: {{^}}  PATH_ADD(labelguard::declare_drogon_route("/health"), drogon::Get);{{$}}
  PATH_LIST_END
  void asyncHandleHttpRequest(const HttpRequestPtr &req,
                              Callback &&callback) override;
};

// Drogon answers the matched route where a handler has its request; the raw
// original path of a post-handling advice has no such answer, so the guard
// labels it by the registered routes, which the same fix declares.
void countResponses() {
#if defined(BY_HAND_DECLARER)
  // A declarer the service calls itself is registering by hand too.
  labelguard::declare_drogon_route("/api/users/{id}");
#elif defined(BY_HAND)
  labelguard::register_route("/api/users/{id}");
#endif
  drogon::app().registerPostHandlingAdvice(
      [](const HttpRequestPtr &req, const HttpResponsePtr &) {
        requests().metric({req->getOriginalPath()})->increment();
        // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
        // CHECK-MESSAGES-HAND: :[[@LINE-2]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
        // CHECK-NOTES-NOTES: :[[@LINE-3]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
        // CHECK-NOTES-NOTES: :[[@LINE-4]]:20: note: reaches the label of 'drogon::monitoring::Collector::metric' here
        // CHECK-NOTES-NOTES: :[[@LINE-5]]:28: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/drogon.hpp>
        // CHECK-NOTES-NOTES: :39:29: note: the fix also registers the 3 route patterns the service declares, each where it is declared, through 'labelguard::declare_drogon_route'
        // CHECK-FIXES: {{^}}        requests().metric({labelguard::route_label(req->getOriginalPath())})->increment();{{$}}
        // CHECK-FIXES-HAND: {{^}}        requests().metric({labelguard::route_label(req->getOriginalPath())})->increment();{{$}}
      });
}
