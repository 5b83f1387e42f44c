// The C++20 ranges a service is likely to hand register_routes(): a
// transform view (each element built on the fly) and std::views::istream
// (routes read from a configuration file; its begin() is not const). Built
// with -std=c++20, plainly and under ASan; the guard itself stays C++17.
#include <labelguard/adapters/route_list.hpp>
#include <labelguard/route_guard.hpp>

#include <gtest/gtest.h>

#include <ranges>
#include <sstream>
#include <string>
#include <vector>

namespace {

using labelguard::route_label;

TEST(BatchRangesCxx20, TransformView) {
  const std::vector<std::string> resources{"users", "orders-with-a-long-name", "items"};
  auto templates = resources | std::views::transform([](const std::string &r) {
                     return "/b20-transform/" + r + "/and-a-long-tail/:id";
                   });
  labelguard::register_routes(templates);
  for (const std::string &r : resources)
    EXPECT_EQ(route_label("/b20-transform/" + r + "/and-a-long-tail/9"),
              "/b20-transform/" + r + "/and-a-long-tail/:id");
}

TEST(BatchRangesCxx20, IstreamView) {
  std::istringstream config("/b20-istream/users/:id /b20-istream/a-long-resource-name/<uint>");
  labelguard::register_routes(std::views::istream<std::string>(config));
  EXPECT_EQ(route_label("/b20-istream/users/1"), "/b20-istream/users/:id");
  EXPECT_EQ(route_label("/b20-istream/a-long-resource-name/2"),
            "/b20-istream/a-long-resource-name/<uint>");
}

TEST(BatchRangesCxx20, RouteListFromATransformOfPairs) {
  const std::vector<int> ids{1, 2, 3};
  auto routes = ids | std::views::transform([](int i) {
                  return std::pair<std::string, int>(
                      "/b20-pairs/resource-number-" + std::to_string(i) + "/{x}", i);
                });
  labelguard::register_route_list(routes);
  for (int i : ids)
    EXPECT_EQ(route_label("/b20-pairs/resource-number-" + std::to_string(i) + "/q"),
              "/b20-pairs/resource-number-" + std::to_string(i) + "/{x}");
}

TEST(BatchRangesCxx20, RouteListFromAnIstreamView) {
  std::istringstream config("/b20-list/first-long-resource-name/:a /b20-list/b/:b");
  labelguard::register_route_list(std::views::istream<std::string>(config));
  EXPECT_EQ(route_label("/b20-list/first-long-resource-name/1"),
            "/b20-list/first-long-resource-name/:a");
  EXPECT_EQ(route_label("/b20-list/b/2"), "/b20-list/b/:b");
}

} // namespace
