// A process that has registered nothing yet: everything is unregistered, and
// unregistered_hits() says so from the first request.
#include <labelguard/route_guard.hpp>

#include <gtest/gtest.h>

namespace {

TEST(FreshProcess, EverythingIsUnregisteredUntilSomethingIsRegistered) {
  EXPECT_TRUE(labelguard::registered_routes().empty());
  EXPECT_EQ(labelguard::unregistered_hits(), 0u);
  EXPECT_EQ(labelguard::route_label("/"), "unregistered-path");
  EXPECT_EQ(labelguard::route_label("/users/42"), "unregistered-path");
  EXPECT_EQ(labelguard::route_label(""), "unregistered-path");
  EXPECT_EQ(labelguard::unregistered_hits(), 3u);

  labelguard::register_route("/users/:id");
  EXPECT_EQ(labelguard::route_label("/users/42"), "/users/:id");
  EXPECT_EQ(labelguard::unregistered_hits(), 3u);
}

} // namespace
