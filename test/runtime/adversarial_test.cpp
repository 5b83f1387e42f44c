// What scanners and fuzzers send: a bounded number of labels, and no crash.
#include <labelguard/route_guard.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace {

using labelguard::RouteTable;
using labelguard::unregistered_label;

const std::vector<std::string> &templates() {
  static const std::vector<std::string> t{
      "/",
      "/health",
      "/users/:id",
      "/users/me",
      "/users/:id/orders/<int>",
      "/users/{id}/orders/<uint>/items/{}",
      "/n/<double>",
      "/files/*",
      "/static/<path>",
      "/a/:b?/:c?",
      "/v1/projects:batchGet",
      "/caf%C3%A9/:x",
  };
  return t;
}

RouteTable make_table() {
  RouteTable table;
  for (const std::string &t : templates())
    table.add(t);
  return table;
}

/// Distinct by construction (each carries its index), hostile by design:
/// prefixes of real routes, encoded slashes and dots, NULs, invalid UTF-8,
/// empty segments, numbers of every shape, long segments.
std::string adversarial_path(std::uint32_t i, std::mt19937 &rng) {
  static const char *const pieces[] = {
      "users", "me", "orders", "items", "files", "static", "n", "a", "health",
      "..", ".", "%2F", "%2f", "%", "%%", "%zz", "%00", "%C3%A9", "caf\xC3\xA9",
      "\xff\xfe", "\xc0\xaf", "-1", "+1", "1.5e3", "007", "18446744073709551616",
      "?", "#", "//", "/", "*", ":id", "{id}", "<int>", "v1", "projects:batchGet"};
  std::string p;
  if (rng() % 8 == 0)
    p += "http://h";
  const int segments = static_cast<int>(rng() % 7);
  for (int s = 0; s < segments; ++s) {
    p += '/';
    p += pieces[rng() % (sizeof pieces / sizeof *pieces)];
  }
  // The index, spelled in a way that varies which segment it lands in.
  const std::string index = std::to_string(i);
  switch (rng() % 4) {
  case 0: p += "/" + index; break;
  case 1: p += index; break;
  case 2: p.insert(0, "/" + index); break;
  default: p += std::string("\0", 1) + index; break;
  }
  if (rng() % 5 == 0)
    p += "?q=" + index;
  return p;
}

TEST(Adversarial, AMillionDistinctPathsGiveAtMostTemplatesPlusOneLabels) {
  constexpr std::uint32_t n = 1000000; // ~0.2 s plain, ~0.5 s under ASan+UBSan
  const RouteTable table = make_table();
  std::set<const std::string *> labels;
  std::vector<std::uint64_t> fingerprints; // to prove distinctness in 8 MB
  fingerprints.reserve(n);
  std::mt19937 rng(20240601);
  std::size_t registered_answers = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::string path = adversarial_path(i, rng);
    fingerprints.push_back(labelguard::detail::hash_bytes(path));
    const std::string &label = table.match(path);
    labels.insert(&label);
    registered_answers += &label != &unregistered_label();
  }
  std::sort(fingerprints.begin(), fingerprints.end());
  ASSERT_EQ(std::adjacent_find(fingerprints.begin(), fingerprints.end()), fingerprints.end())
      << "the generator repeated a path";
  EXPECT_LE(labels.size(), templates().size() + 1);
  for (const std::string *l : labels) {
    const bool known = *l == unregistered_label() ||
                       std::find(templates().begin(), templates().end(), *l) != templates().end();
    EXPECT_TRUE(known) << *l;
  }
  // The generator does reach real routes, so the bound is not vacuous.
  EXPECT_GT(labels.size(), templates().size() / 2);
  EXPECT_GT(registered_answers, n / 20);
}

TEST(Adversarial, HugeAndHostilePathsNeverCrash) {
  const RouteTable table = make_table();
  const std::size_t k64 = 64 * 1024;
  std::vector<std::string> paths{
      std::string(k64, '/'),
      "/" + std::string(k64, 'a'),
      "/users/" + std::string(k64, '9'),            // a 64 KiB <uint>... for <int>
      "/users/1/orders/" + std::string(k64, '7'),
      "/n/" + std::string(k64, '5') + "." + "5",
      std::string(k64, '%'),
      "/" + std::string(k64, '%') + "41",
      std::string(k64, '\0'),
      "/" + std::string(k64, '\xff'),
      "/files" + std::string(k64, '/'),
      "http://" + std::string(k64, 'h'),
      std::string(k64, '?'),
      std::string(k64, '#'),
  };
  std::string deep; // 32 Ki segments: deeper than any template can be
  for (std::size_t i = 0; i < k64 / 2; ++i)
    deep += "/a";
  paths.push_back(deep);
  std::string deep_files = "/files";
  for (std::size_t i = 0; i < k64 / 4; ++i)
    deep_files += "/..";
  paths.push_back(deep_files);
  std::string encoded;
  for (std::size_t i = 0; i < k64 / 3; ++i)
    encoded += "%2F";
  paths.push_back("/users/" + encoded);

  for (const std::string &p : paths) {
    const std::string &l = table.match(p);
    EXPECT_TRUE(l == unregistered_label() ||
                std::find(templates().begin(), templates().end(), l) != templates().end());
    (void)labelguard::route_label(p);
  }
  EXPECT_EQ(table.match("/users/" + std::string(k64, '9')), "/users/:id");
  EXPECT_EQ(table.match("/users/1/orders/" + std::string(k64, '7')), "/users/:id/orders/<int>");
  EXPECT_EQ(table.match("/files" + std::string(k64, '/')), unregistered_label());
  EXPECT_EQ(table.match(deep_files), "/files/*");
  EXPECT_EQ(table.match("/users/" + encoded), "/users/:id");
  EXPECT_EQ(table.match(deep), unregistered_label());
}

TEST(Adversarial, TheDeepestTemplateAndLongerPaths) {
  RouteTable table;
  std::string deepest;
  for (int i = 0; i < 128; ++i)
    deepest += "/:p";
  table.add(deepest);
  std::string path;
  for (int i = 0; i < 128; ++i)
    path += "/x";
  EXPECT_EQ(table.match(path), deepest);
  EXPECT_EQ(table.match(path + "/x"), unregistered_label());
  EXPECT_EQ(table.match(path + path + path), unregistered_label());
}

} // namespace
