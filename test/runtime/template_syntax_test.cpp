// Every template syntax the frameworks use, and the ones we refuse.
#include <labelguard/route_table.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {

using labelguard::RouteTable;
using labelguard::unregistered_label;

std::string label(std::string_view tmpl, std::string_view path) {
  RouteTable t;
  t.add(tmpl);
  return t.match(path);
}

bool matches(std::string_view tmpl, std::string_view path) {
  return label(tmpl, path) == tmpl;
}

TEST(TemplateSyntax, ColonParameter) {
  EXPECT_TRUE(matches("/users/:id", "/users/42"));
  EXPECT_TRUE(matches("/users/:id", "/users/alice"));
  EXPECT_TRUE(matches("/users/:user_id/orders/:order-id", "/users/1/orders/2"));
  EXPECT_FALSE(matches("/users/:id", "/users"));
  EXPECT_FALSE(matches("/users/:id", "/users/1/2"));
}

TEST(TemplateSyntax, BraceParameterInAllItsDrogonForms) {
  for (const char *t : {"/users/{id}", "/users/{}", "/users/{1}", "/users/{1:id}"}) {
    EXPECT_TRUE(matches(t, "/users/42")) << t;
    EXPECT_FALSE(matches(t, "/users")) << t;
  }
}

TEST(TemplateSyntax, CrowStringParameters) {
  EXPECT_TRUE(matches("/hello/<string>", "/hello/world"));
  EXPECT_TRUE(matches("/hello/<str>", "/hello/world"));
  EXPECT_TRUE(matches("/hello/<string>", "/hello/42"));
}

TEST(TemplateSyntax, CrowIntMatchesSignedDigitsOnly) {
  for (const char *p : {"/n/42", "/n/-42", "/n/+42", "/n/0", "/n/007"})
    EXPECT_TRUE(matches("/n/<int>", p)) << p;
  for (const char *p : {"/n/4a", "/n/abc", "/n/-", "/n/+", "/n/1.5", "/n/1e3", "/n/--1", "/n/%2D"})
    EXPECT_FALSE(matches("/n/<int>", p)) << p;
}

TEST(TemplateSyntax, CrowUintMatchesDigitsOnly) {
  EXPECT_TRUE(matches("/n/<uint>", "/n/42"));
  EXPECT_TRUE(matches("/n/<uint>", "/n/%34%32")); // decoded first: "42"
  EXPECT_FALSE(matches("/n/<uint>", "/n/-42"));
  EXPECT_FALSE(matches("/n/<uint>", "/n/+42"));
  EXPECT_FALSE(matches("/n/<uint>", "/n/4%202"));
}

TEST(TemplateSyntax, CrowDoubleAndFloatMatchDecimals) {
  for (const char *t : {"/x/<double>", "/x/<float>"}) {
    // The grammar docs/runtime.md states: [sign] (digits [. [digits]] | . digits)
    // [(e|E) [sign] digits]; "5." is a decimal, as for strtod and Crow.
    // The grammar docs/runtime.md states: [sign] (digits [. [digits]] | . digits)
    // [(e|E) [sign] digits]. "5." is a decimal, as for strtod and so for Crow.
    for (const char *p : {"/x/1", "/x/-1.5", "/x/.5", "/x/5.", "/x/-5.", "/x/5.e3", "/x/1e10", "/x/-2.5E-3", "/x/+0.0"})
      EXPECT_TRUE(matches(t, p)) << t << " " << p;
    // strtod would accept the last three; a route parameter should not.
    for (const char *p : {"/x/1.2.3", "/x/e5", "/x/.", "/x/1e", "/x/1e+", "/x/abc", "/x/inf", "/x/nan", "/x/0x1p3"})
      EXPECT_FALSE(matches(t, p)) << t << " " << p;
  }
}

TEST(TemplateSyntax, TrailingWildcardMatchesOneOrMoreSegments) {
  for (const char *t : {"/static/*", "/static/<path>"}) {
    EXPECT_TRUE(matches(t, "/static/app.js")) << t;
    EXPECT_TRUE(matches(t, "/static/css/site/main.css")) << t;
    EXPECT_FALSE(matches(t, "/static")) << t;
    EXPECT_FALSE(matches(t, "/static/")) << t;
    EXPECT_FALSE(matches(t, "/other/app.js")) << t;
  }
  EXPECT_TRUE(matches("/*", "/anything/at/all"));
}

TEST(TemplateSyntax, InnerStarIsPistachesOneSegmentSplat) {
  EXPECT_TRUE(matches("/files/*/meta", "/files/a.txt/meta"));
  EXPECT_FALSE(matches("/files/*/meta", "/files/a/b/meta"));
}

TEST(TemplateSyntax, PistacheOptionalParameters) {
  RouteTable t;
  t.add("/users/:id?").add("/a/:b?/:c?");
  EXPECT_EQ(t.match("/users"), "/users/:id?");
  EXPECT_EQ(t.match("/users/7"), "/users/:id?");
  EXPECT_EQ(t.match("/users/7/x"), unregistered_label());
  EXPECT_EQ(t.match("/a"), "/a/:b?/:c?");
  EXPECT_EQ(t.match("/a/1"), "/a/:b?/:c?");
  EXPECT_EQ(t.match("/a/1/2"), "/a/:b?/:c?");
  EXPECT_EQ(t.match("/a/1/2/3"), unregistered_label());
}

TEST(TemplateSyntax, RootAndLiteralsWithColonsInside) {
  EXPECT_TRUE(matches("/", "/"));
  EXPECT_TRUE(matches("/v1/projects:batchGet", "/v1/projects:batchGet"));
  EXPECT_FALSE(matches("/v1/projects:batchGet", "/v1/projects:other"));
}

/// The template as the message shows it: a C++ string literal's body.
std::string escaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == '"')
      out += '\\';
    out += c;
  }
  return out;
}

struct Malformed {
  const char *text;
  const char *problem; // a fragment of the message
};

class MalformedTemplate : public ::testing::TestWithParam<Malformed> {};

TEST_P(MalformedTemplate, IsRejectedAtRegistrationWithTheTemplateAndTheProblem) {
  const Malformed m = GetParam();
  RouteTable t;
  t.add("/existing");
  try {
    t.add(m.text);
    FAIL() << "accepted \"" << m.text << "\"";
  } catch (const std::invalid_argument &e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("labelguard: invalid route template \"" + escaped(m.text) + "\""),
              std::string::npos) << what;
    EXPECT_NE(what.find(m.problem), std::string::npos) << what;
  }
  // Nothing half-registered: the table answers as before.
  EXPECT_EQ(t.size(), 1u);
  EXPECT_EQ(t.match(m.text), unregistered_label());
  std::string problem;
  EXPECT_FALSE(t.try_add(m.text, &problem));
  EXPECT_NE(problem.find(m.problem), std::string::npos) << problem;
}

INSTANTIATE_TEST_SUITE_P(
    Templates, MalformedTemplate,
    ::testing::Values(
        Malformed{"", "empty"},
        Malformed{"users/:id", "must start with '/'"},
        Malformed{"/users//:id", "empty segment"},
        Malformed{"/users/:", "has no name"},
        Malformed{"/users/:?", "has no name"},
        Malformed{"/users/:id(\\d+)", "regular-expression constraints"},
        Malformed{"/users/{id:[0-9]+}", "unsupported '{...}' parameter"},
        Malformed{"/users/{id", "must span a whole segment"},
        Malformed{"/users/id{x}", "inside a literal segment"},
        Malformed{"/users/{a}{b}", "must span a whole segment"},
        Malformed{"/users/<foo>", "unknown parameter type"},
        Malformed{"/users/<int", "must span a whole segment"},
        Malformed{"/users/<int>x", "must span a whole segment"},
        Malformed{"/users/id<int>", "inside a literal segment"},
        Malformed{"/files/<path>/meta", "'<path>' must be the last segment"},
        Malformed{"/files/*.txt", "inside a literal segment"},
        Malformed{"/search?q=1", "query or fragment"},
        Malformed{"/page#top", "query or fragment"},
        Malformed{"/users/:id?/posts", "optional parameter may only be followed"}));

TEST(TemplateSyntax, ATemplateWithANulIsShownEscapedWithTheFirstProblemAtItsOffset) {
  // "/a\0b?": the NUL at offset 2 is the first problem (the '?' at 4 is the
  // second); the message must hold the whole template, not stop at the NUL.
  RouteTable t;
  std::string problem;
  EXPECT_FALSE(t.try_add(std::string_view("/a\0b?", 5), &problem));
  EXPECT_EQ(problem.find('\0'), std::string::npos) << "the message holds a NUL";
  EXPECT_NE(problem.find(R"(invalid route template "/a\x00b?": )"), std::string::npos) << problem;
  EXPECT_NE(problem.find("control character"), std::string::npos) << problem;
  EXPECT_NE(problem.find("(at offset 2)"), std::string::npos) << problem;
  // Other bytes a reader could not see are escaped the same way.
  EXPECT_FALSE(t.try_add("/tab\there/<bad>", &problem));
  EXPECT_NE(problem.find(R"("/tab\x09here/<bad>")"), std::string::npos) << problem;
  EXPECT_NE(problem.find("(at offset 4)"), std::string::npos) << problem;
  // Quotes and backslashes are escaped as in a C++ string literal; UTF-8 is
  // shown as it is.
  EXPECT_FALSE(t.try_add("/caf\xC3\xA9/\"q\"/:", &problem));
  EXPECT_NE(problem.find("\"/caf\xC3\xA9/\\\"q\\\"/:\""), std::string::npos) << problem;
}

TEST(TemplateSyntax, TooManySegmentsIsRejected) {
  std::string deep;
  for (int i = 0; i < 128; ++i)
    deep += "/s";
  RouteTable t;
  EXPECT_TRUE(t.try_add(deep));
  std::string problem;
  EXPECT_FALSE(t.try_add(deep + "/s", &problem));
  EXPECT_NE(problem.find("more than 128 segments"), std::string::npos) << problem;
}

} // namespace
