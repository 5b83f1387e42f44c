// The Crow adapter against Inputs/crow/crow.h (Crow is not packaged in
// Debian 12).
#include <labelguard/adapters/crow.hpp>

#include <gtest/gtest.h>

namespace {

TEST(CrowAdapter, RouteMacroRegistersAndStillDefinesTheRule) {
  crow::SimpleApp app;
  LABELGUARD_CROW_ROUTE(app, "/users/<int>")([](int) { return ""; });
  LABELGUARD_CROW_ROUTE(app, "/orders").methods(crow::HTTPMethod::Post)([] { return ""; });
  auto &rule = LABELGUARD_CROW_ROUTE(app, "/files/<path>");

  ASSERT_EQ(app.router_.rules_.size(), 3u);
  EXPECT_TRUE(app.router_.rules_[0]->has_handler());
  EXPECT_TRUE(app.router_.rules_[1]->has_handler());
  EXPECT_EQ(app.router_.rules_[1]->methods(), 1u << static_cast<int>(crow::HTTPMethod::Post));
  EXPECT_EQ(&rule, app.router_.rules_[2].get());

  EXPECT_EQ(labelguard::route_label("/users/42"), "/users/<int>");
  EXPECT_EQ(labelguard::route_label("/users/alice"), labelguard::unregistered_label());
  EXPECT_EQ(labelguard::route_label("/orders?x=1"), "/orders");
  EXPECT_EQ(labelguard::route_label("/files/a/b.txt"), "/files/<path>");
}

TEST(CrowAdapter, BlueprintRoutesRegisterWithTheirPrefix) {
  crow::Blueprint bp("api");
  LABELGUARD_CROW_BP_ROUTE(bp, "/items/<string>")([](const std::string &) { return ""; });
  EXPECT_EQ(labelguard::route_label("/api/items/x"), "/api/items/<string>");
}

TEST(CrowAdapter, AMalformedRuleThrowsAtDeclaration) {
  crow::SimpleApp app;
  EXPECT_THROW(LABELGUARD_CROW_ROUTE(app, "/bad/<nope>"), std::invalid_argument);
}

} // namespace
