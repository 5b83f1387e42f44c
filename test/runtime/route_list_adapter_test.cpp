// The plain-list adapter for hand-rolled routers (Beast and the like).
#include <labelguard/adapters/route_list.hpp>

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace {

using Handler = std::function<int()>;

TEST(RouteListAdapter, RegistersStringsPairsAndMapEntries) {
  const std::vector<std::string> strings{"/rl/a", "/rl/b/:id"};
  labelguard::register_route_list(strings);
  const std::pair<const char *, int> pairs[] = {{"/rl/c/<int>", 1}, {"/rl/d", 2}};
  labelguard::register_route_list(pairs);
  const std::map<std::string, Handler> routes{{"/rl/e/{x}", [] { return 0; }}};
  labelguard::register_route_list(routes);
  for (const char *p : {"/rl/a", "/rl/b/1", "/rl/c/-3", "/rl/d", "/rl/e/q"})
    EXPECT_NE(labelguard::route_label(p), labelguard::unregistered_label()) << p;
}

TEST(RouteListAdapter, AMalformedEntryRegistersNoneOfTheList) {
  const std::vector<std::string> strings{"/rl2/a", "/rl2/<bad>"};
  EXPECT_THROW(labelguard::register_route_list(strings), std::invalid_argument);
  EXPECT_EQ(labelguard::route_label("/rl2/a"), labelguard::unregistered_label());
}

TEST(RouteListAdapter, RouteListDispatchesAndLabels) {
  labelguard::RouteList<Handler> routes{
      {"/rl3/users/:id", [] { return 1; }},
      {"/rl3/users/me", [] { return 2; }},
      {"/rl3/static/*", [] { return 3; }}};
  EXPECT_EQ(routes.size(), 3u);

  auto m = routes.match("/rl3/users/me?x=1");
  ASSERT_NE(m.handler, nullptr);
  EXPECT_EQ((*m.handler)(), 2);
  EXPECT_EQ(m.label(), "/rl3/users/me");

  m = routes.match("/rl3/users/42");
  ASSERT_NE(m.handler, nullptr);
  EXPECT_EQ((*m.handler)(), 1);
  EXPECT_EQ(m.label(), "/rl3/users/:id");

  m = routes.match("/rl3/nothing");
  EXPECT_EQ(m.handler, nullptr);
  EXPECT_EQ(&m.label(), &labelguard::unregistered_label());

  // The process-wide table agrees with the dispatcher.
  EXPECT_EQ(labelguard::route_label("/rl3/static/app.js"), "/rl3/static/*");
}

TEST(RouteListAdapter, TheSameTemplateTwiceIsAnError) {
  labelguard::RouteList<int> routes;
  routes.add("/rl4/x", 1);
  EXPECT_THROW(routes.add("/rl4/x", 2), std::invalid_argument);
  EXPECT_THROW(routes.add("/rl4/:", 2), std::invalid_argument);
  EXPECT_EQ(routes.size(), 1u);
  EXPECT_EQ(*routes.match("/rl4/x").handler, 1);
}

} // namespace
