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

/// The hardening issue's set: every combination of `1`, <uint>, <int>,
/// <double> and :s over 6 segments (5^6 = 15,625 templates), optionally
/// followed by a literal last segment. Backtracking between the typed and
/// untyped parameters explores the whole trie for a path that matches none.
void fill_mixed_kinds(RouteTrie &trie, int levels, const std::string &tail) {
  const char *kinds[] = {"1", "<uint>", "<int>", "<double>", ":s"};
  std::vector<std::string> prefixes{""};
  for (int level = 0; level < levels; ++level) {
    std::vector<std::string> next;
    for (const std::string &p : prefixes)
      for (const char *k : kinds)
        next.push_back(p + "/" + k);
    prefixes.swap(next);
  }
  for (const std::string &p : prefixes)
    add(trie, p + tail);
}

std::size_t segments_of(const std::string &path) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < path.size(); ++i)
    n += path[i] != '/' && (i == 0 || path[i - 1] == '/');
  return n;
}

/// Linear in the path: a few passes over its bytes, plus a constant number of
/// trie steps per segment (a node entered, its five kinds of children looked
/// at), whatever the number of templates.
void expect_linear(const RouteTrie &trie, const std::string &path) {
  const std::size_t s = steps(trie, path);
  EXPECT_LE(s, 4 * path.size() + 12 * segments_of(path) + 16)
      << path << ": " << s << " steps";
}

TEST(Linearity, TheMixedKindsSetCostsStepsLinearInThePath) {
  RouteTrie trie;
  fill_mixed_kinds(trie, 6, "");
  for (const std::string p : {"/1/1/1/1/1/1/1/1", "/1/1/1/1/1/1/1", "/2/2/2/2/2/2/2/2",
                              "/-1/-1/-1/-1/-1/-1/-1", "/1.5/1/1.5/1/1.5/1/x",
                              "/1/1/1/1/1", "/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1"})
    expect_linear(trie, p);
  // Still the most specific template, segment by segment.
  EXPECT_EQ(trie.match("/1/2/-3/4.5/x/1")->text, "/1/<uint>/<int>/<double>/:s/1");
}

TEST(Linearity, TheMixedKindsSetWithALiteralTailCostsStepsLinearInThePath) {
  RouteTrie trie;
  fill_mixed_kinds(trie, 5, "/end");
  for (const std::string p : {"/1/1/1/1/1/nope", "/1/1/1/1/1/1/end", "/1/2/-3/4.5/x/en",
                              "/1/1/1/1/1/end/x"})
    expect_linear(trie, p);
  EXPECT_EQ(trie.match("/1/1/1/1/1/end")->text, "/1/1/1/1/1/end");
  EXPECT_EQ(trie.match("/x/2/1/-1/1/end")->text, "/:s/<uint>/1/<int>/1/end");
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
