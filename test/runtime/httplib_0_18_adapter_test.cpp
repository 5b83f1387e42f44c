// The cpp-httplib adapter's >= 0.13 branch, against Inputs/httplib-0.18.
#include <labelguard/adapters/httplib.hpp>

#include <gtest/gtest.h>

namespace {

void handler(const httplib::Request &, httplib::Response &) {}

TEST(HttplibAdapter018, ColonPatternsServeAsTemplateAndRoute) {
  static_assert(labelguard::detail::kHttplibVersion == 18);
  httplib::Server server;
  labelguard::HttplibRoutes routes(server);
  routes.Get("/users/:id", handler).Post("/users", handler).Delete("/users/:id", handler);
  ASSERT_EQ(server.routes.size(), 3u);
  EXPECT_EQ(server.routes[0].second, "/users/:id");
  EXPECT_EQ(labelguard::route_label("/users/42"), "/users/:id");
  EXPECT_EQ(labelguard::route_label("/users"), "/users");
}

TEST(HttplibAdapter018, PatternsCppHttplibWouldRouteDifferentlyAreRefused) {
  httplib::Server server;
  labelguard::HttplibRoutes routes(server);
  EXPECT_THROW(routes.Get("/a/{id}", handler), std::invalid_argument);
  EXPECT_THROW(routes.Get("/a/:id?", handler), std::invalid_argument);
  EXPECT_THROW(routes.Get("/a/<int>", handler), std::invalid_argument);
  EXPECT_THROW(routes.Get(R"(/a/(\d+))", handler), std::invalid_argument);
  EXPECT_THROW(routes.Get("/a/*", handler), std::invalid_argument);
  EXPECT_TRUE(server.routes.empty()); // refused before cpp-httplib saw them
  EXPECT_EQ(labelguard::route_label("/a/1"), labelguard::unregistered_label());
  // The two-argument form takes any regex.
  routes.Get("/a/:id", R"(/a/(\d+))", handler);
  EXPECT_EQ(server.routes.back().second, R"(/a/(\d+))");
  EXPECT_EQ(labelguard::route_label("/a/1"), "/a/:id");
}

} // namespace
