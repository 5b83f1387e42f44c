// The Crow adapter against Inputs/crow/crow.h (Crow is not packaged in
// Debian 12).
#include <labelguard/adapters/crow.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

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

// labelguard's fix renames CROW_ROUTE to LABELGUARD_CROW_ROUTE in a service
// that compiled: the rule must come out the same, and a rule the guard
// cannot read must not stop the service at start-up.
TEST(CrowAdapter, AMalformedRuleIsListedNotThrown) {
  crow::SimpleApp app;
  auto &rule = LABELGUARD_CROW_ROUTE(app, "/bad/<nope>");
  EXPECT_EQ(&rule, app.router_.rules_.back().get());
  EXPECT_EQ(rule.rule(), "/bad/<nope>");
  const std::vector<std::string> rejected = labelguard::rejected_routes();
  EXPECT_NE(std::find(rejected.begin(), rejected.end(), "/bad/<nope>"), rejected.end());
  EXPECT_EQ(labelguard::route_label("/bad/x"), labelguard::unregistered_label());
}

// The macro is one expression, as CROW_ROUTE is: it fits where a statement
// is not allowed (an unbraced if/else branch, a comma expression, a
// declaration) and evaluates its arguments once.
TEST(CrowAdapter, RouteMacroIsOneExpression) {
  crow::SimpleApp app;
  int evaluated = 0;
  auto &&app_once = [&]() -> crow::SimpleApp & {
    ++evaluated;
    return app;
  };
  bool blueprint = false;
  if (blueprint)
    LABELGUARD_CROW_ROUTE(app, "/never/<int>")([](int) { return ""; });
  else
    LABELGUARD_CROW_ROUTE(app_once(), "/once/<uint>")([](unsigned) { return ""; });
  ASSERT_EQ(app.router_.rules_.size(), 1u);
  EXPECT_EQ(evaluated, 1);
  EXPECT_EQ(app.router_.rules_[0]->rule(), "/once/<uint>");
  EXPECT_TRUE(app.router_.rules_[0]->has_handler());
  EXPECT_EQ(labelguard::route_label("/once/7"), "/once/<uint>");
  EXPECT_EQ(labelguard::route_label("/never/7"), labelguard::unregistered_label());

  crow::Blueprint bp("v2");
  auto &items = (LABELGUARD_CROW_BP_ROUTE(bp, "/items"), LABELGUARD_CROW_BP_ROUTE(bp, "/items/<int>"));
  EXPECT_EQ(&items, bp.rules_.back().get());
  EXPECT_EQ(labelguard::route_label("/v2/items"), "/v2/items");
  EXPECT_EQ(labelguard::route_label("/v2/items/3"), "/v2/items/<int>");
}

} // namespace
