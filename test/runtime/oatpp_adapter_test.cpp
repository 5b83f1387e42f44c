// declare_oatpp_controller(): what labelguard's fix wraps the controller
// handed to Oat++'s HttpRouter::addController in. Against a controller
// shaped like Oat++ 1.3's (Inputs/oatpp; Oat++ is not packaged in Debian).
#include <labelguard/adapters/oatpp.hpp>

#include "Inputs/oatpp/fake_controller.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>

namespace {

using labelguard::declare_oatpp_controller;
using labelguard::route_label;
using labelguard::unregistered_label;

class Users : public fake_oatpp::ApiController {
public:
  using ApiController::ApiController;
};

// The router's addController takes the base class's shared_ptr.
std::shared_ptr<fake_oatpp::ApiController>
addController(const std::shared_ptr<fake_oatpp::ApiController> &controller) {
  return controller;
}

bool rejected(const std::string &path) {
  const auto all = labelguard::rejected_routes();
  return std::find(all.begin(), all.end(), path) != all.end();
}

TEST(OatppAdapter, ReturnsItsArgumentUnchanged) {
  auto users = std::make_shared<Users>();
  static_assert(noexcept(declare_oatpp_controller(users)));
  static_assert(noexcept(declare_oatpp_controller(std::declval<std::shared_ptr<Users>>())));
  // An lvalue is the very same object; a temporary is moved into the result.
  static_assert(std::is_same_v<decltype(declare_oatpp_controller(users)),
                               std::shared_ptr<Users> &>);
  static_assert(std::is_same_v<decltype(declare_oatpp_controller(std::make_shared<Users>())),
                               std::shared_ptr<Users>>);
  EXPECT_EQ(&declare_oatpp_controller(users), &users);
  Users *const raw = users.get();
  EXPECT_EQ(declare_oatpp_controller(raw), raw);
  // Where addController(ctrl) compiled, addController(declare(ctrl)) does.
  EXPECT_EQ(addController(declare_oatpp_controller(users)).get(), users.get());
  EXPECT_NE(addController(declare_oatpp_controller(std::make_shared<Users>())), nullptr);
  const std::shared_ptr<Users> none;
  EXPECT_EQ(declare_oatpp_controller(none), nullptr);
}

TEST(OatppAdapter, RegistersEachEndpointsPathAsTheRouterRoutesIt) {
  auto users = std::make_shared<Users>("/oa14/api");
  users->endpoint("GET", "/users/{userId}");
  users->endpoint("PUT", "/users/{userId}");
  users->endpoint("GET", "/files/*");
  addController(declare_oatpp_controller(users));
  // The router prefix is part of the route, as in info()->path.
  EXPECT_EQ(route_label("/oa14/api/users/7?x=1"), "/oa14/api/users/{userId}");
  EXPECT_EQ(route_label("/oa14/api/files/a/b.png"), "/oa14/api/files/*");
  EXPECT_EQ(route_label("/users/7"), unregistered_label());

  // Oat++ skips empty segments and needs no leading '/': "/oa14/v2/" joined
  // to "/items" routes as /oa14/v2/items, "oa14/bare/{x}" as /oa14/bare/{x}.
  auto v2 = std::make_shared<Users>("/oa14/v2/");
  v2->endpoint("GET", "/items");
  v2->endpoint("GET", "");
  auto bare = std::make_shared<Users>();
  bare->endpoint("GET", "oa14/bare/{x}");
  declare_oatpp_controller(v2);
  declare_oatpp_controller(std::move(bare));
  EXPECT_EQ(route_label("/oa14/v2/items"), "/oa14/v2/items");
  EXPECT_EQ(route_label("/oa14/v2"), "/oa14/v2");
  EXPECT_EQ(route_label("/oa14/bare/1"), "/oa14/bare/{x}");
  EXPECT_FALSE(rejected("/oa14/v2//items"));
  // Declaring twice is a no-op.
  EXPECT_NO_THROW(declare_oatpp_controller(users));
  EXPECT_EQ(route_label("/oa14/api/users/8"), "/oa14/api/users/{userId}");
}

TEST(OatppAdapter, WhatTheGuardCannotReadIsListedNotThrown) {
  auto odd = std::make_shared<Users>("/oa14/odd");
  odd->endpoint("GET", "/files/*.txt"); // '*' must span a segment in the guard
  const auto noPath = odd->endpoint("GET", nullptr);
  odd->endpoint("GET", "/ok");
  EXPECT_NO_THROW(declare_oatpp_controller(odd));
  EXPECT_TRUE(rejected("/oa14/odd/files/*.txt"));
  EXPECT_EQ(noPath->info_calls, 1);
  EXPECT_EQ(route_label("/oa14/odd/ok"), "/oa14/odd/ok");
  EXPECT_EQ(route_label("/oa14/odd/files/a.txt"), unregistered_label());
}

} // namespace
