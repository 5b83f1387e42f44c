// "Most specific wins, segment by segment from the left" checked against a
// reference matcher written from docs/runtime.md alone: it tries every
// template on its own, ranks the matches by their segment kinds (literal,
// <uint>, <int>, <double>, parameter, wildcard; the first difference decides;
// equal kinds: the first registered) and shares no code with the guard. Random
// template sets with heavy overlaps, random paths, many seeds.
#include <labelguard/route_table.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace {

using labelguard::RouteTable;
using labelguard::unregistered_label;

// --- the reference -------------------------------------------------------------

enum Kind { kLiteral, kUint, kInt, kDouble, kParam, kWildcard };

struct RefSegment {
  Kind kind;
  std::string text; // literal text
  bool optional = false;
};

std::vector<std::string> split(const std::string &path) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : path) {
    if (c == '/') {
      if (!cur.empty())
        out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty())
    out.push_back(cur);
  return out;
}

RefSegment classify_template_segment(const std::string &s, bool last) {
  if (s == "<uint>") return {kUint, ""};
  if (s == "<int>") return {kInt, ""};
  if (s == "<double>" || s == "<float>") return {kDouble, ""};
  if (s == "*" || s == "<path>") return {last ? kWildcard : kParam, ""};
  if (s[0] == ':' && s.back() == '?') return {kParam, "", true};
  if (s[0] == ':' || s[0] == '{' || s == "<string>" || s == "<str>") return {kParam, ""};
  return {kLiteral, s};
}

bool digits(const std::string &s, std::size_t from, std::size_t to) {
  if (from >= to)
    return false;
  for (std::size_t i = from; i < to; ++i)
    if (s[i] < '0' || s[i] > '9')
      return false;
  return true;
}

bool is_uint(const std::string &s) { return digits(s, 0, s.size()); }
bool is_int(const std::string &s) {
  return is_uint(s) || ((s[0] == '+' || s[0] == '-') && digits(s, 1, s.size()));
}
// [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]
bool is_double(const std::string &s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-'))
    ++i;
  std::size_t mantissa_digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9')
    ++i, ++mantissa_digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
      ++i, ++mantissa_digits;
  }
  if (mantissa_digits == 0)
    return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
      ++i;
    const std::size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
      ++i;
    if (i == start)
      return false;
  }
  return i == s.size();
}

bool admits(const RefSegment &t, const std::string &s) {
  switch (t.kind) {
  case kLiteral: return t.text == s;
  case kUint: return is_uint(s);
  case kInt: return is_int(s);
  case kDouble: return is_double(s);
  default: return true;
  }
}

/// The kinds of the segments a template used to match `path`, or nothing.
std::optional<std::vector<Kind>> ref_match(const std::vector<RefSegment> &t,
                                           const std::vector<std::string> &path) {
  std::size_t required = 0;
  while (required < t.size() && !t[required].optional)
    ++required;
  std::vector<Kind> kinds;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind == kWildcard) {
      if (path.size() <= i)
        return std::nullopt;
      kinds.push_back(kWildcard);
      return kinds;
    }
    if (i == path.size())
      return i >= required ? std::optional(kinds) : std::nullopt;
    if (!admits(t[i], path[i]))
      return std::nullopt;
    kinds.push_back(t[i].kind);
  }
  return path.size() == t.size() ? std::optional(kinds) : std::nullopt;
}

/// The templates, parsed once; answer() is the template the docs say
/// answers `path`, or "" for none.
class Reference {
public:
  explicit Reference(const std::vector<std::string> &templates) : texts_(templates) {
    for (const std::string &text : templates) {
      const std::vector<std::string> parts = split(text);
      std::vector<RefSegment> t;
      for (std::size_t i = 0; i < parts.size(); ++i)
        t.push_back(classify_template_segment(parts[i], i + 1 == parts.size()));
      parsed_.push_back(std::move(t));
    }
  }

  std::string answer(const std::string &path) const {
    const std::vector<std::string> segs = split(path);
    std::optional<std::vector<Kind>> best;
    std::string answer;
    for (std::size_t i = 0; i < parsed_.size(); ++i) {
      const auto kinds = ref_match(parsed_[i], segs);
      if (kinds && (!best || *kinds < *best)) { // ties: the first registered stays
        best = kinds;
        answer = texts_[i];
      }
    }
    return answer;
  }

private:
  std::vector<std::string> texts_;
  std::vector<std::vector<RefSegment>> parsed_;
};

// --- random template sets and paths -------------------------------------------

std::vector<std::string> random_templates(std::mt19937 &rng) {
  static const char *const segs[] = {"a", "b", "1", "07", "-1", "1.5", "5.", "<uint>", "<int>",
                                     "<double>", ":p", "{q}", "<str>"};
  std::vector<std::string> out;
  const int n = 1 + static_cast<int>(rng() % 24);
  for (int i = 0; i < n; ++i) {
    std::string t;
    const int len = static_cast<int>(rng() % 5);
    for (int j = 0; j < len; ++j)
      t += std::string("/") + segs[rng() % (sizeof segs / sizeof *segs)];
    switch (rng() % 6) {
    case 0: t += "/*"; break;
    case 1: t += "/<path>"; break;
    case 2: t += "/:opt?"; break;
    default: break;
    }
    if (t.empty())
      t = "/";
    bool seen = false;
    for (const std::string &o : out)
      seen = seen || o == t;
    if (!seen)
      out.push_back(t);
  }
  return out;
}

std::string random_path(std::mt19937 &rng) {
  static const char *const segs[] = {"a", "b", "c", "1", "07", "-1", "+2", "1.5", "5.", ".5",
                                     "1e3", "x", "0"};
  std::string p;
  const int len = static_cast<int>(rng() % 7);
  for (int j = 0; j < len; ++j)
    p += std::string("/") + segs[rng() % (sizeof segs / sizeof *segs)];
  return p.empty() ? "/" : p;
}

TEST(Differential, TheMatcherAgreesWithTheReferenceOnRandomOverlappingSets) {
  std::size_t compared = 0, matched = 0;
  for (unsigned seed = 1; seed <= 400; ++seed) {
    std::mt19937 rng(seed);
    const std::vector<std::string> templates = random_templates(rng);
    RouteTable table;
    for (const std::string &t : templates)
      table.add(t);
    const Reference reference(templates);
    for (int i = 0; i < 200; ++i) {
      const std::string path = random_path(rng);
      const std::string expected = reference.answer(path);
      const std::string &got = table.match(path);
      if (expected.empty())
        ASSERT_EQ(&got, &unregistered_label()) << "seed " << seed << ": " << path << " gave " << got;
      else
        ASSERT_EQ(got, expected) << "seed " << seed << ": " << path;
      ++compared;
      matched += !expected.empty();
    }
  }
  // The generator reaches both answers often enough to mean something.
  EXPECT_GT(matched, compared / 5);
  EXPECT_LT(matched, compared - compared / 5);
}

TEST(Differential, TheMixedKindsSetAgreesWithTheReference) {
  // Every combination of five kinds over three segments, plus wildcards.
  const char *kinds[] = {"1", "<uint>", "<int>", "<double>", ":s"};
  std::vector<std::string> templates;
  for (const char *a : kinds)
    for (const char *b : kinds)
      for (const char *c : kinds)
        templates.push_back(std::string("/") + a + "/" + b + "/" + c);
  templates.push_back("/1/*");
  templates.push_back("/:s/<int>/*");
  RouteTable table;
  for (const std::string &t : templates)
    table.add(t);
  const Reference reference(templates);
  std::mt19937 rng(7);
  for (int i = 0; i < 5000; ++i) {
    const std::string path = random_path(rng);
    const std::string expected = reference.answer(path);
    const std::string &got = table.match(path);
    if (expected.empty())
      ASSERT_EQ(&got, &unregistered_label()) << path << " gave " << got;
    else
      ASSERT_EQ(got, expected) << path;
  }
}

} // namespace
