// declare_route() and declare_httplib_route(): what labelguard's fix-its wrap
// route patterns in. They return the very object they were given, never
// throw, are idempotent, and list what they could not register.
#include <labelguard/route_guard.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <type_traits>

namespace {

using labelguard::declare_httplib_route;
using labelguard::declare_route;
using labelguard::rejected_route_problems;
using labelguard::rejected_routes;
using labelguard::route_label;
using labelguard::unregistered_label;

// A function taking the pattern as cpp-httplib's Server::Get does.
std::string get(const std::string &pattern) { return pattern; }

bool rejected(const std::string &pattern) {
  const auto all = rejected_routes();
  return std::find(all.begin(), all.end(), pattern) != all.end();
}

TEST(DeclareRoute, ReturnsTheVerySameObject) {
  const auto &literal = declare_route("/dr1/users/:id");
  static_assert(std::is_same_v<decltype(declare_route("/dr1/users/:id")), const char (&)[15]>);
  static_assert(noexcept(declare_route("/x")));
  static_assert(noexcept(declare_httplib_route("/x")));
  EXPECT_STREQ(literal, "/dr1/users/:id");
  const std::string s = "/dr1/orders/<int>";
  EXPECT_EQ(&declare_route(s), &s);
  const std::string_view v = "/dr1/items/{id}";
  EXPECT_EQ(&declare_route(v), &v);
  const char *c = "/dr1/carts/*";
  EXPECT_EQ(&declare_route(c), &c);
  // Compiles where the literal did.
  EXPECT_EQ(get(declare_route("/dr1/health")), "/dr1/health");
  EXPECT_EQ(route_label("/dr1/users/7"), "/dr1/users/:id");
  EXPECT_EQ(route_label("/dr1/orders/-7"), "/dr1/orders/<int>");
  EXPECT_EQ(route_label("/dr1/items/x"), "/dr1/items/{id}");
  EXPECT_EQ(route_label("/dr1/carts/a/b"), "/dr1/carts/*");
  EXPECT_EQ(route_label("/dr1/health"), "/dr1/health");
}

TEST(DeclareRoute, TwiceIsANoOp) {
  const std::size_t before = labelguard::registered_routes().size();
  declare_route("/dr2/a/:id");
  declare_route("/dr2/a/:id");
  declare_httplib_route(R"(/dr2/b/(\d+))");
  declare_httplib_route(R"(/dr2/b/(\d+))");
  EXPECT_EQ(labelguard::registered_routes().size(), before + 2);
  declare_route("/dr2/{bad");
  declare_route("/dr2/{bad");
  const auto all = rejected_routes();
  EXPECT_EQ(std::count(all.begin(), all.end(), "/dr2/{bad"), 1);
}

TEST(DeclareRoute, WhatCannotBeRegisteredIsListedNotThrown) {
  EXPECT_NO_THROW(declare_route("/dr3/<nope>"));
  EXPECT_NO_THROW(declare_httplib_route("/dr3/(a|b)"));
  EXPECT_NO_THROW(declare_route(static_cast<const char *>(nullptr)));
  EXPECT_TRUE(rejected("/dr3/<nope>"));
  EXPECT_TRUE(rejected("/dr3/(a|b)"));
  EXPECT_TRUE(rejected(""));
  const auto patterns = rejected_routes();
  const auto problems = rejected_route_problems();
  ASSERT_EQ(patterns.size(), problems.size());
  const std::size_t i = static_cast<std::size_t>(
      std::find(patterns.begin(), patterns.end(), "/dr3/(a|b)") - patterns.begin());
  EXPECT_NE(problems[i].find("cannot translate the regex route \"/dr3/(a|b)\""), std::string::npos)
      << problems[i];
  EXPECT_EQ(route_label("/dr3/a"), unregistered_label());
}

TEST(DeclareHttplibRoute, FollowsCppHttplibsRule) {
  // No <httplib.h> in this file: the rule of cpp-httplib >= 0.13.
  declare_httplib_route("/dr4/users/:id");             // path parameters
  declare_httplib_route(R"(/dr4/orders/(\d+))");       // a regex
  declare_httplib_route("/dr4/health");                // both
  declare_httplib_route(R"(/dr4/files/(.+))");
  EXPECT_EQ(route_label("/dr4/users/alice"), "/dr4/users/:id");
  EXPECT_EQ(route_label("/dr4/orders/12"), "/dr4/orders/<uint>");
  EXPECT_EQ(route_label("/dr4/orders/twelve"), unregistered_label());
  EXPECT_EQ(route_label("/dr4/health"), "/dr4/health");
  EXPECT_EQ(route_label("/dr4/files/a/b.txt"), "/dr4/files/*");
  // Before 0.13 a "/:" pattern is a regex too: its ':' is a literal colon.
  std::string problem;
  EXPECT_TRUE(labelguard::detail::try_register_httplib_pattern("/dr4/old/:id", 11, &problem));
  EXPECT_EQ(route_label("/dr4/old/:id"), "/dr4/old/%3Aid");
  EXPECT_EQ(route_label("/dr4/old/7"), unregistered_label());
}

} // namespace

TEST(DeclareRoute, DrogonPatternsRegisterThePartBeforeTheQuery) {
  static_assert(noexcept(labelguard::declare_drogon_route("/x")));
  const auto &literal = labelguard::declare_drogon_route("/dr7/users/{id}?lang={lang}");
  EXPECT_STREQ(literal, "/dr7/users/{id}?lang={lang}");
  labelguard::declare_drogon_route("/dr7/orders/{1}/items/{2}");
  EXPECT_EQ(route_label("/dr7/users/7?lang=en"), "/dr7/users/{id}");
  EXPECT_EQ(route_label("/dr7/orders/1/items/2"), "/dr7/orders/{1}/items/{2}");
  EXPECT_FALSE(rejected("/dr7/users/{id}?lang={lang}"));
  // A pattern the guard cannot read is listed as the service wrote it.
  EXPECT_NO_THROW(labelguard::declare_drogon_route("/dr7/{bad?x={y}"));
  EXPECT_TRUE(rejected("/dr7/{bad?x={y}"));
  EXPECT_EQ(route_label("/dr7/anything"), unregistered_label());
}
