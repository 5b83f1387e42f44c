// RouteTable as a value: registration, indices, moves, scale.
#include <labelguard/route_table.hpp>

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace {

using labelguard::RouteTable;
using labelguard::unregistered_label;

TEST(RouteTable, StartsEmptyAndMatchesNothing) {
  RouteTable t;
  EXPECT_TRUE(t.empty());
  EXPECT_EQ(t.match("/"), unregistered_label());
  EXPECT_EQ(t.find("/"), RouteTable::npos);
}

TEST(RouteTable, AddingTheSameTemplateTwiceIsANoOp) {
  RouteTable t;
  t.add("/a/:id").add("/a/:id").add("/b");
  EXPECT_EQ(t.size(), 2u);
  EXPECT_EQ(t.route_template(0), "/a/:id");
  EXPECT_EQ(t.route_template(1), "/b");
}

TEST(RouteTable, FindGivesTheRegistrationIndex) {
  RouteTable t;
  t.add("/health").add("/users/:id").add("/users/me");
  EXPECT_EQ(t.find("/users/me"), 2u);
  EXPECT_EQ(t.find("/users/7?x=1"), 1u);
  EXPECT_EQ(t.find("/health/"), 0u);
  EXPECT_EQ(t.find("/nope"), RouteTable::npos);
}

TEST(RouteTable, TryAddReportsWithoutThrowing) {
  RouteTable t;
  std::string problem;
  EXPECT_TRUE(t.try_add("/ok/:id", &problem));
  EXPECT_TRUE(problem.empty());
  EXPECT_FALSE(t.try_add("/bad/:", &problem));
  EXPECT_EQ(problem, "labelguard: invalid route template \"/bad/:\": parameter ':' has no name (at offset 5)");
  EXPECT_FALSE(t.try_add("/bad/:"));
  EXPECT_EQ(t.size(), 1u);
}

TEST(RouteTable, MovesKeepTheirLabelsAndTheSourceStaysUsable) {
  RouteTable a;
  a.add("/users/:id");
  const std::string *label = &a.match("/users/1");
  RouteTable b(std::move(a));
  EXPECT_EQ(&b.match("/users/1"), label);
  EXPECT_EQ(a.match("/users/1"), unregistered_label()); // NOLINT(bugprone-use-after-move)
  EXPECT_EQ(a.size(), 0u);
  a.add("/again");
  EXPECT_EQ(a.match("/again"), "/again");
  RouteTable c;
  c = std::move(b);
  EXPECT_EQ(&c.match("/users/1"), label);
}

TEST(RouteTable, TenThousandTemplatesOneByOneAllMatch) {
  // The registration cost is measured in bench/ (BM_Register); here, that the
  // table stays correct at that size with templates that share prefixes.
  RouteTable t;
  constexpr int n = 10000;
  for (int i = 0; i < n; ++i) {
    const std::string s = std::to_string(i);
    switch (i % 4) {
    case 0: t.add("/api/v1/r" + s + "/:id"); break;
    case 1: t.add("/api/v1/r" + s + "/<int>/items"); break;
    case 2: t.add("/api/v2/" + s + "/{name}/*"); break;
    default: t.add("/static/" + s); break;
    }
  }
  ASSERT_EQ(t.size(), static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    const std::string s = std::to_string(i);
    std::string path;
    switch (i % 4) {
    case 0: path = "/api/v1/r" + s + "/x"; break;
    case 1: path = "/api/v1/r" + s + "/-5/items"; break;
    case 2: path = "/api/v2/" + s + "/n/a/b"; break;
    default: path = "/static/" + s; break;
    }
    ASSERT_EQ(t.find(path), static_cast<std::size_t>(i)) << path;
  }
}

} // namespace
