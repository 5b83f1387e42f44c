// The Pistache adapter against Debian's Pistache 0.0.5.
#include <labelguard/adapters/pistache.hpp>

#include <gtest/gtest.h>

namespace {

using Pistache::Http::Method;
using Pistache::Rest::Route;
using Pistache::Rest::Router;

Route::Result handler(const Pistache::Rest::Request &, Pistache::Http::ResponseWriter) {
  return Route::Result::Ok;
}

TEST(PistacheAdapter, RegistersAndForwardsToPistache) {
  Router router;
  labelguard::PistacheRoutes::Get(router, "/users/:id", Pistache::Rest::Routes::bind(&handler));
  labelguard::PistacheRoutes::Post(router, "/users", Pistache::Rest::Routes::bind(&handler));
  labelguard::PistacheRoutes::Get(router, "/files/:name?", Pistache::Rest::Routes::bind(&handler));
  labelguard::PistacheRoutes::Delete(router, "/users/:id", Pistache::Rest::Routes::bind(&handler));

  EXPECT_EQ(labelguard::route_label("/users/42"), "/users/:id");
  EXPECT_EQ(labelguard::route_label("/users"), "/users");
  EXPECT_EQ(labelguard::route_label("/files"), "/files/:name?");
  EXPECT_EQ(labelguard::route_label("/files/a.txt"), "/files/:name?");

  // Pistache got the routes too: removing one it does not have throws.
  EXPECT_NO_THROW(router.removeRoute(Method::Get, "/users/:id"));
  EXPECT_NO_THROW(router.removeRoute(Method::Post, "/users"));
  EXPECT_ANY_THROW(router.removeRoute(Method::Get, "/never/added"));
}

TEST(PistacheAdapter, AMalformedResourceThrowsBeforePistacheSeesIt) {
  Router router;
  EXPECT_THROW(labelguard::PistacheRoutes::Get(router, "/bad/:", Pistache::Rest::Routes::bind(&handler)),
               std::invalid_argument);
  EXPECT_ANY_THROW(router.removeRoute(Method::Get, "/bad/:"));
}

} // namespace
