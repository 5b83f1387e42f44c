// cpp-httplib 0.11's regex routes, translated into templates at registration:
// the translation table of docs/runtime.md, the refusals, and a differential
// test against std::regex_match (a full match, as cpp-httplib uses it) on
// generated paths.
#include <labelguard/route_guard.hpp>

#include <gtest/gtest.h>

#include <random>
#include <regex>
#include <string>
#include <vector>

namespace {

using labelguard::detail::translate_regex_route;
using labelguard::unregistered_label;

std::string translated(const std::string &regex) {
  const auto t = translate_regex_route(regex);
  return t.ok() ? t.route_template : "error: " + t.problem;
}

TEST(RegexRoute, TheTranslationTable) {
  EXPECT_EQ(translated("/health"), "/health");
  EXPECT_EQ(translated("/"), "/");
  EXPECT_EQ(translated(R"(/users/(\d+))"), "/users/<uint>");
  EXPECT_EQ(translated(R"(/users/([0-9]+))"), "/users/<uint>");
  EXPECT_EQ(translated(R"(/n/(-?\d+))"), "/n/<int>");
  EXPECT_EQ(translated(R"(/n/([-+]?\d+))"), "/n/<int>");
  EXPECT_EQ(translated(R"(/users/([^/]+))"), "/users/:1");
  EXPECT_EQ(translated(R"(/users/(\d+)/posts/([^/]+))"), "/users/<uint>/posts/:2");
  EXPECT_EQ(translated(R"(/tags/([a-z0-9-]+))"), "/tags/:1");
  EXPECT_EQ(translated(R"(/tags/(\w+))"), "/tags/:1");
  EXPECT_EQ(translated(R"(/tags/([A-Za-z0-9_.~-]+))"), "/tags/:1");
  EXPECT_EQ(translated(R"(/files/([^/]*))"), "/files/:1?");
  EXPECT_EQ(translated(R"(/static/(.+))"), "/static/*");
  EXPECT_EQ(translated(R"(/static/(.*))"), "/static/*");
  EXPECT_EQ(translated(R"(^/users/(\d+)$)"), "/users/<uint>");
  EXPECT_EQ(translated(R"(/favicon\.ico)"), "/favicon.ico");
  EXPECT_EQ(translated("/favicon.ico"), "/favicon.ico"); // an unescaped '.' is a dot
  EXPECT_EQ(translated(R"(/v1/projects:batchGet)"), "/v1/projects:batchGet");
  // Bytes the template syntax reserves are percent-encoded: same bytes.
  EXPECT_EQ(translated("/a/:literal"), "/a/%3Aliteral");
  EXPECT_EQ(translated("/100%"), "/100%25");
  EXPECT_EQ(translated(R"(/a\*b)"), "/a%2Ab");
}

struct Refused {
  const char *regex;
  const char *problem; // a fragment of the message
};

class RefusedRegex : public ::testing::TestWithParam<Refused> {};

TEST_P(RefusedRegex, IsRefusedWithTheRegexAndTheProblem) {
  const Refused r = GetParam();
  std::string problem;
  EXPECT_FALSE(labelguard::try_register_regex_route(r.regex, &problem)) << r.regex;
  EXPECT_NE(problem.find("labelguard: cannot translate the regex route \""), std::string::npos)
      << problem;
  EXPECT_NE(problem.find(labelguard::detail::escape_for_message(r.regex)), std::string::npos)
      << problem;
  EXPECT_NE(problem.find(r.problem), std::string::npos) << problem;
  EXPECT_NE(problem.find("(at offset "), std::string::npos) << problem;
  EXPECT_THROW(labelguard::register_regex_route(r.regex), std::invalid_argument);
}

INSTANTIATE_TEST_SUITE_P(
    Regexes, RefusedRegex,
    ::testing::Values(
        Refused{"", "empty"},
        Refused{"users/(\\d+)", "must start with '/'"},
        Refused{"/users/(a|b)", "not a shape"},
        Refused{"/users|/admin", "'|'"},
        Refused{"/v(\\d+)/users", "span a whole segment"},
        Refused{"/users/(\\d+)x", "span a whole segment"},
        Refused{"/files/(.+)/meta", "only translated as the last segment"},
        Refused{"/files/([^/]*)/meta", "empty segment"},
        Refused{"/users/(\\d+)?", "quantifier on a group"},
        Refused{"/users?", "quantifier ('?') on a literal"},
        Refused{"/a/(?:b|c)", "non-capturing"},
        Refused{"/a/((\\d+))", "nested groups"},
        Refused{"/a/(\\d+", "unbalanced"},
        Refused{"/a/\\d+", "outside a capture group"},
        Refused{"/a/[0-9]+", "character class outside a capture group"},
        Refused{"/a/([!-~]+)", "not a shape"},   // the class holds '/'
        Refused{"/a/([^x]+)", "not a shape"},    // so does this one
        Refused{"/a/<int>", "another framework's route template"},
        Refused{"/a/{id}", "another framework's route template"},
        Refused{"/a//b", "empty segment"}));

TEST(RegexRoute, AMessageShowsTheRegexEscaped) {
  std::string problem;
  EXPECT_FALSE(labelguard::try_register_regex_route(std::string_view("/a\0(b|c)", 8), &problem));
  EXPECT_EQ(problem.find('\0'), std::string::npos);
  EXPECT_NE(problem.find(R"x("/a\x00(b|c)")x"), std::string::npos) << problem;
}

TEST(RegexRoute, RegisteredRegexesAnswerTheirTemplate) {
  labelguard::register_regex_route(R"(/rx1/users/(\d+))");
  labelguard::register_regex_route(R"(/rx1/users/(\d+)/posts/([^/]+))");
  labelguard::register_regex_route(R"(/rx1/static/(.*))");
  EXPECT_TRUE(labelguard::try_register_regex_route(R"(/rx1/users/(\d+))")); // again: a no-op
  EXPECT_EQ(labelguard::route_label("/rx1/users/42"), "/rx1/users/<uint>");
  EXPECT_EQ(labelguard::route_label("/rx1/users/42/posts/hello?x=1"), "/rx1/users/<uint>/posts/:2");
  EXPECT_EQ(labelguard::route_label("/rx1/users/alice"), unregistered_label());
  EXPECT_EQ(labelguard::route_label("/rx1/static/css/site.css"), "/rx1/static/*");
  EXPECT_EQ(labelguard::route_label("/rx1/static/"), "/rx1/static/*"); // (.*) may be empty
}

// --- differential: the translation against std::regex_match ---------------------

std::string random_segment(std::mt19937 &rng) {
  static const char *const segs[] = {"users", "posts", "static", "42", "007", "-3", "+3", "1.5",
                                     "alice", "a-b", "a_b", "A", "x.y", "~", "css", "site.css",
                                     "favicon.ico", "faviconXico", "%41", ":literal", "100%"};
  return segs[rng() % (sizeof segs / sizeof *segs)];
}

std::string random_path(std::mt19937 &rng, const std::string &hint) {
  // Half the paths start from a path that matches the regex's literal start.
  std::string p = rng() % 2 == 0 ? hint : "";
  const int more = static_cast<int>(rng() % 4);
  for (int i = 0; i < more; ++i)
    p += "/" + random_segment(rng);
  if (rng() % 8 == 0)
    p += "/";
  return p.empty() ? "/" : p;
}

/// Does the guard treat this path as the regex does? Differences the docs
/// list as deliberate: a trailing '/' never matters to the guard; the
/// guard's <int> also takes a '+'; a class narrower than a whole segment
/// ([a-z0-9-]+, \w+) becomes a parameter that takes any segment; an
/// unescaped '.' means a dot; and the guard percent-decodes.
enum class Agreement {
  exact, // no deliberate difference applies (but the trailing '/')
  wider, // the template also takes segments the regex refuses
  dot,   // an unescaped '.': the regex also takes any byte there
};

struct Case {
  const char *regex;
  const char *hint;
  Agreement agreement;
};

TEST(RegexRoute, TranslationsMatchWhatStdRegexMatchMatches) {
  const Case cases[] = {
      {"/health", "/health", Agreement::exact},
      {R"(/users/(\d+))", "/users", Agreement::exact},
      {R"(/users/([0-9]+)/posts)", "/users/7", Agreement::exact},
      {R"(/users/(\d+)/posts/([^/]+))", "/users/1/posts", Agreement::exact},
      {R"(/static/(.+))", "/static", Agreement::exact},
      {R"(/static/(.*))", "/static", Agreement::exact},
      {R"(/files/([^/]*))", "/files", Agreement::exact},
      {R"(/favicon\.ico)", "/favicon.ico", Agreement::exact},
      {R"(/n/(-?\d+))", "/n", Agreement::wider}, // the guard's <int> takes "+3"
      {R"(/tags/([a-z0-9-]+))", "/tags", Agreement::wider},
      {R"(/tags/(\w+)/x)", "/tags/a", Agreement::wider},
      {"/favicon.ico", "/favicon.ico", Agreement::dot},
  };
  std::mt19937 rng(2024);
  std::size_t agreed_matches = 0;
  for (const Case &c : cases) {
    const auto t = translate_regex_route(c.regex);
    ASSERT_TRUE(t.ok()) << c.regex << ": " << t.problem;
    labelguard::RouteTable table;
    labelguard::detail::ParsedTemplate parsed = labelguard::detail::parse_translation(t);
    ASSERT_TRUE(parsed.ok());
    const std::regex re(c.regex);
    // A RouteTable with the translated structure: through the trie directly,
    // as register_regex_route() does for the process-wide table.
    labelguard::detail::RouteTrie trie;
    trie.insert(t.route_template, parsed);
    for (int i = 0; i < 3000; ++i) {
      const std::string path = random_path(rng, c.hint);
      if (path.find('%') != std::string::npos)
        continue; // cpp-httplib hands the guard a decoded path
      const bool by_regex = std::regex_match(path, re);
      const bool by_guard = trie.match(path) != nullptr;
      // What the regex matches, the guard labels with the template (but
      // for the dot, which the template reads as itself).
      if (by_regex && c.agreement != Agreement::dot)
        EXPECT_TRUE(by_guard) << c.regex << " matches " << path << ", its template does not";
      agreed_matches += by_regex && by_guard;
      if (c.agreement == Agreement::wider || by_regex)
        continue;
      // Exact shapes: the guard matches nothing more, but for the trailing
      // '/' (insignificant to the guard).
      if (by_guard) {
        const bool slash_only = (path.size() > 1 && path.back() == '/' &&
                                 std::regex_match(path.substr(0, path.size() - 1), re)) ||
                                std::regex_match(path + "/", re);
        EXPECT_TRUE(slash_only) << c.regex << ": the template matches " << path
                                << ", the regex does not";
      }
    }
  }
  EXPECT_GT(agreed_matches, 200u); // the paths do reach the routes
}

} // namespace
