// The process-wide table. Tests in this executable share it, so each uses
// its own path prefix.
#include <labelguard/route_guard.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

namespace {

using labelguard::matched_route_label;
using labelguard::register_route;
using labelguard::register_routes;
using labelguard::registered_routes;
using labelguard::route_label;
using labelguard::try_register_route;
using labelguard::unregistered_hits;
using labelguard::unregistered_label;

TEST(GlobalTable, RegisterRouteThenRouteLabel) {
  register_route("/g1/users/:id");
  EXPECT_EQ(route_label("/g1/users/42"), "/g1/users/:id");
  EXPECT_EQ(route_label("/g1/users/42?verbose=1"), "/g1/users/:id");
  EXPECT_EQ(route_label("/g1/other"), unregistered_label());
}

TEST(GlobalTable, RegisterRoutesFromAListOrAnyRange) {
  register_routes({"/g2/a", "/g2/b/:id"});
  const std::vector<std::string> more{"/g2/c", "/g2/d/<int>"};
  register_routes(more);
  const std::array<const char *, 2> arr{"/g2/e", "/g2/f/*"};
  register_routes(arr);
  for (const char *p : {"/g2/a", "/g2/b/1", "/g2/c", "/g2/d/-1", "/g2/e", "/g2/f/x/y"})
    EXPECT_NE(route_label(p), unregistered_label()) << p;
}

TEST(GlobalTable, ABatchWithOneMalformedTemplateRegistersNothing) {
  EXPECT_THROW(register_routes({"/g3/ok", "/g3/:"}), std::invalid_argument);
  EXPECT_EQ(route_label("/g3/ok"), unregistered_label());
  const std::vector<std::string> batch{"/g3/fine", "/g3/{bad"};
  EXPECT_THROW(register_routes(batch), std::invalid_argument);
  EXPECT_EQ(route_label("/g3/fine"), unregistered_label());
}

TEST(GlobalTable, RegisterRouteThrowsWithTheTemplateAndTheProblem) {
  try {
    register_route("/g4/<nope>");
    FAIL() << "accepted";
  } catch (const std::invalid_argument &e) {
    EXPECT_NE(std::string(e.what()).find("\"/g4/<nope>\": unknown parameter type"),
              std::string::npos) << e.what();
  }
  EXPECT_EQ(route_label("/g4/x"), unregistered_label());
}

TEST(GlobalTable, TryRegisterRoute) {
  EXPECT_TRUE(try_register_route("/g5/:id"));
  EXPECT_FALSE(try_register_route("/g5//x"));
  std::string problem;
  EXPECT_FALSE(try_register_route("g5", &problem));
  EXPECT_NE(problem.find("must start with '/'"), std::string::npos);
  EXPECT_EQ(route_label("/g5/7"), "/g5/:id");
}

TEST(GlobalTable, RegisteringTwiceIsANoOp) {
  register_route("/g6/x");
  const std::size_t before = registered_routes().size();
  register_route("/g6/x");
  EXPECT_TRUE(try_register_route("/g6/x"));
  register_routes({"/g6/x", "/g6/x"});
  EXPECT_EQ(registered_routes().size(), before);
}

TEST(GlobalTable, RegisteredRoutesListsTemplatesInOrder) {
  register_routes({"/g7/one", "/g7/two"});
  const std::vector<std::string> all = registered_routes();
  auto one = std::find(all.begin(), all.end(), "/g7/one");
  auto two = std::find(all.begin(), all.end(), "/g7/two");
  ASSERT_NE(one, all.end());
  ASSERT_NE(two, all.end());
  EXPECT_LT(one, two);
}

TEST(GlobalTable, UnregisteredHitsCountsEveryUnregisteredAnswerAndNothingElse) {
  register_route("/g8/known");
  const std::uint64_t before = unregistered_hits();
  route_label("/g8/known");
  route_label("/g8/known?x");
  EXPECT_EQ(unregistered_hits(), before);
  route_label("/g8/unknown");
  route_label("*");
  route_label(static_cast<const char *>(nullptr));
  EXPECT_EQ(unregistered_hits(), before + 3);
  // matched_route_label reports the framework's answer: not ours to count.
  matched_route_label("");
  EXPECT_EQ(unregistered_hits(), before + 3);
}

// Beast 1.74's boost::string_view: data() and size(), no conversion to
// std::string_view.
struct BoostStyleStringView {
  const char *p;
  std::size_t n;
  const char *data() const { return p; }
  std::size_t size() const { return n; }
};

TEST(GlobalTable, RouteLabelOverloads) {
  register_route("/g9/items/:id");
  const std::string s = "/g9/items/3";
  const char *c = "/g9/items/3";
  const BoostStyleStringView b{"/g9/items/3?x", 13};
  std::vector<char> v(s.begin(), s.end());
  EXPECT_EQ(route_label(s), "/g9/items/:id");
  EXPECT_EQ(route_label(c), "/g9/items/:id");
  EXPECT_EQ(route_label("/g9/items/3"), "/g9/items/:id");
  EXPECT_EQ(route_label(b), "/g9/items/:id");
  EXPECT_EQ(route_label(v), "/g9/items/:id");
  EXPECT_EQ(route_label(static_cast<const char *>(nullptr)), unregistered_label());
  EXPECT_EQ(&route_label(s), &route_label(b));
}

TEST(GlobalTable, RouteLabelReturnsAStdStringReference) {
  // What the fix-its rely on: it converts where a std::string is expected.
  static_assert(std::is_same_v<decltype(route_label(std::string_view())), const std::string &>);
  static_assert(noexcept(route_label(std::string_view())));
  static_assert(noexcept(route_label(static_cast<const char *>(nullptr))));
  std::map<std::string, std::string> labels{{"path", route_label("/g10")}};
  EXPECT_EQ(labels["path"], unregistered_label());
}

TEST(GlobalTable, MatchedRouteLabel) {
  register_route("/g11/users/{id}");
  EXPECT_EQ(&matched_route_label(""), &unregistered_label());
  // A registered pattern is the very label route_label gives.
  EXPECT_EQ(&matched_route_label("/g11/users/{id}"), &route_label("/g11/users/7"));
  // One nobody registered is remembered, same object each time.
  const std::string &a = matched_route_label("/g11/orders/{id}");
  EXPECT_EQ(a, "/g11/orders/{id}");
  EXPECT_EQ(&matched_route_label("/g11/orders/{id}"), &a);
  // Too long to be a pattern: not remembered.
  EXPECT_EQ(matched_route_label(std::string(2000, 'x')), unregistered_label());
}

TEST(GlobalTable, MatchedRouteLabelRemembersABoundedNumberOfPatterns) {
  // A caller passing raw paths by mistake must not grow memory forever.
  std::set<const std::string *> labels;
  for (int i = 0; i < 5000; ++i)
    labels.insert(&matched_route_label("/g12/raw/" + std::to_string(i)));
  EXPECT_LE(labels.size(), 4096u + 1u);
  EXPECT_TRUE(labels.count(&unregistered_label()));
}

TEST(GlobalTable, LabelsStayValidAcrossRegistrations) {
  register_route("/g13/first");
  const std::string *first = &route_label("/g13/first");
  std::vector<std::string> many;
  for (int i = 0; i < 3000; ++i)
    many.push_back("/g13/more/" + std::to_string(i) + "/:x");
  register_routes(many);
  EXPECT_EQ(&route_label("/g13/first"), first);
  EXPECT_EQ(route_label("/g13/more/2999/y"), "/g13/more/2999/:x");
}

} // namespace
