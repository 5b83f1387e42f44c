// The Drogon adapter against Inputs/drogon (Drogon is not packaged in
// Debian 12).
#include <labelguard/adapters/drogon.hpp>

#include <gtest/gtest.h>

namespace {

TEST(DrogonAdapter, RegistersWhatGetHandlersInfoReports) {
  drogon::app().handlers_ = {
      {"/users/{id}", drogon::Get, "HttpSimpleController: UserCtrl"},
      {"/users/{id}", drogon::Post, "HttpSimpleController: UserCtrl"},
      {"/api/v1/items/{1}/{2:name}?sort={3}", drogon::Get, "HttpController: ItemCtrl::get"},
      {"/api/v1/items/{}", drogon::Delete, "HttpController: ItemCtrl::del"},
      {"/files/.*\\.png", drogon::Get, "HttpController: regex"},
      {"/chat", drogon::Get, "WebsocketController: Chat"},
  };
  const labelguard::DrogonRouteRegistration r = labelguard::register_drogon_routes();
  EXPECT_EQ(r.registered, 5u);
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_NE(r.skipped[0].find("regular-expression route"), std::string::npos) << r.skipped[0];

  EXPECT_EQ(labelguard::route_label("/users/7"), "/users/{id}");
  // The query mapping is not part of the route.
  EXPECT_EQ(labelguard::route_label("/api/v1/items/3/widget?sort=asc"), "/api/v1/items/{1}/{2:name}");
  EXPECT_EQ(labelguard::route_label("/api/v1/items/3"), "/api/v1/items/{}");
  EXPECT_EQ(labelguard::route_label("/chat"), "/chat");
  EXPECT_EQ(labelguard::route_label("/files/a.png"), labelguard::unregistered_label());
}

TEST(DrogonAdapter, MalformedPatternsAreListedNotThrown) {
  drogon::app().handlers_ = {{"/ok", drogon::Get, ""}, {"/bad/{x", drogon::Get, ""}};
  const labelguard::DrogonRouteRegistration r = labelguard::register_drogon_routes(drogon::app());
  EXPECT_EQ(r.registered, 1u);
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_NE(r.skipped[0].find("\"/bad/{x\""), std::string::npos) << r.skipped[0];
}

TEST(DrogonAdapter, MatchedPathPatternNeedsNoRegistration) {
  // What a handler passes from req->matchedPathPattern(); "" on a 404.
  EXPECT_EQ(labelguard::matched_route_label("/reports/{year}"), "/reports/{year}");
  EXPECT_EQ(labelguard::matched_route_label(""), labelguard::unregistered_label());
}

} // namespace
