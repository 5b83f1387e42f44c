// Matching is linear in the path's length by construction: each segment is
// scanned, hashed and classified at most once, and each trie node entered at
// most once. Shown with the matcher's step counter (bytes looked at, nodes
// entered, hash slots probed), never with a clock.
#include <labelguard/detail/route_trie.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using labelguard::detail::RouteTrie;
using labelguard::detail::StepCount;

std::size_t steps(const RouteTrie &trie, const std::string &path) {
  StepCount count;
  trie.match(path, count);
  return count.steps;
}

void add(RouteTrie &trie, const std::string &t) {
  ASSERT_NE(trie.add(t, nullptr), RouteTrie::AddResult::invalid) << t;
}

/// Templates whose parameters overlap at every level, so the matcher has to
/// try several children and backtrack: the worst case for a trie.
void fill_overlapping(RouteTrie &trie) {
  const char *kinds[] = {"<uint>", "<int>", "<double>", ":p"};
  for (const char *a : kinds)
    for (const char *b : kinds)
      for (const char *c : kinds)
        add(trie, std::string("/") + a + "/" + b + "/" + c + "/end");
  add(trie, "/1/2/3/*");
  add(trie, "/*");
}

TEST(Linearity, StepsGrowLinearlyWithThePathLength) {
  RouteTrie trie;
  fill_overlapping(trie);
  for (const char *segment : {"/1", "/12345", "/-1", "/1.5", "/x", "/%31", "//"}) {
    std::string path;
    std::vector<std::size_t> measured;
    for (int n = 1; n <= 1 << 14; n *= 2) {
      while (path.size() < static_cast<std::size_t>(n) * 8)
        path += segment;
      const std::size_t s = steps(trie, path);
      // At most: 1 pass to find the query, 1 to split segments, 1 to hash,
      // 1 to classify each byte, plus every node of this trie once.
      EXPECT_LE(s, 4 * path.size() + 2 * (4 * 4 * 4 * 4 + 32)) << segment << " x" << n;
      measured.push_back(s);
    }
    // Doubling the path at most doubles the work (plus the fixed trie part).
    for (std::size_t i = 1; i < measured.size(); ++i)
      EXPECT_LE(measured[i], 2 * measured[i - 1] + 400) << segment << " step " << i;
  }
}

TEST(Linearity, StepsDoNotDependOnTheNumberOfTemplates) {
  RouteTrie small, large;
  for (const std::string t : {"/api/v1/users/:id", "/api/v1/orders/<int>", "/health"}) {
    add(small, t);
    add(large, t);
  }
  for (int i = 0; i < 10000; ++i) {
    add(large, "/api/v1/r" + std::to_string(i) + "/:id");
    add(large, "/s" + std::to_string(i) + "/<int>/x");
  }
  // The same bytes and nodes; only hash probes may differ, by a few slots
  // (the literal tables stay at most half full).
  for (const std::string p : {"/api/v1/users/42", "/api/v1/orders/7?x=1", "/health",
                              "/api/v1/nope/1", "/missing"}) {
    const std::size_t few = steps(small, p), many = steps(large, p);
    EXPECT_LE(many, few + 32) << p << ": " << few << " steps with 3 templates, "
                              << many << " with 20003";
  }
}

TEST(Linearity, AHitCostsAboutFourPassesOverThePath) {
  RouteTrie trie;
  add(trie, "/api/v1/users/:id/orders/<int>");
  const std::string path = "/api/v1/users/alice/orders/12345";
  const std::size_t s = steps(trie, path);
  EXPECT_GE(s, path.size()); // it does look at every byte
  EXPECT_LE(s, 3 * path.size() + 16);
}

} // namespace
