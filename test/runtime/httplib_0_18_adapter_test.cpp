// The cpp-httplib adapter's >= 0.13 branch, against Inputs/httplib-0.18.
#include <labelguard/adapters/httplib.hpp>

#include <gtest/gtest.h>

#include <algorithm>

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
  EXPECT_THROW(routes.Get("/a/*", handler), std::invalid_argument);
  EXPECT_THROW(routes.Get("/a/(x|y)", handler), std::invalid_argument);
  EXPECT_TRUE(server.routes.empty()); // refused before cpp-httplib saw them
  EXPECT_EQ(labelguard::route_label("/a/1"), labelguard::unregistered_label());
  // The two-argument form takes any regex.
  routes.Get("/a/:id", R"(/a/(\d+))", handler);
  EXPECT_EQ(server.routes.back().second, R"(/a/(\d+))");
  EXPECT_EQ(labelguard::route_label("/a/1"), "/a/:id");
}

TEST(HttplibAdapter018, APatternWithoutPathParametersIsARegexTranslatedIntoATemplate) {
  httplib::Server server;
  labelguard::HttplibRoutes routes(server);
  routes.Get(R"(/b/(\d+)/c/([^/]+))", handler);
  EXPECT_EQ(server.routes.back().second, R"(/b/(\d+)/c/([^/]+))");
  EXPECT_EQ(labelguard::route_label("/b/1/c/x"), "/b/<uint>/c/:2");
}

TEST(DeclareHttplibRoute018, ColonPatternsAreTemplatesOtherPatternsRegexes) {
  // <httplib.h> (the 0.18 stub) came first: declare_httplib_route uses its rule.
  httplib::Server server;
  server.Get(labelguard::declare_httplib_route("/d/users/:id"), handler)
      .Get(labelguard::declare_httplib_route("/d/users/:id/posts/:post"), handler)
      .Get(labelguard::declare_httplib_route(R"(/d/orders/(\d+))"), handler)
      .Get(labelguard::declare_httplib_route("/d/health"), handler);
  ASSERT_EQ(server.routes.size(), 4u);
  EXPECT_EQ(server.routes[0].second, "/d/users/:id"); // the pattern, untouched
  EXPECT_EQ(labelguard::route_label("/d/users/alice"), "/d/users/:id");
  EXPECT_EQ(labelguard::route_label("/d/users/alice/posts/9"), "/d/users/:id/posts/:post");
  EXPECT_EQ(labelguard::route_label("/d/orders/9"), "/d/orders/<uint>");
  EXPECT_EQ(labelguard::route_label("/d/health"), "/d/health");
  const std::string pattern = "/d/(a|b)";
  server.Get(labelguard::declare_httplib_route(pattern), handler); // refused, not thrown
  const auto rejected = labelguard::rejected_routes();
  EXPECT_NE(std::find(rejected.begin(), rejected.end(), pattern), rejected.end());
}

} // namespace
