// The matching rules of docs/runtime.md, one test per rule.
#include <labelguard/route_table.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {

using labelguard::RouteTable;
using labelguard::unregistered_label;

TEST(Precedence, LiteralBeatsParameter) {
  RouteTable t;
  t.add("/users/:id").add("/users/me");
  EXPECT_EQ(t.match("/users/me"), "/users/me");
  EXPECT_EQ(t.match("/users/42"), "/users/:id");
}

TEST(Precedence, DoesNotDependOnRegistrationOrder) {
  RouteTable a, b;
  a.add("/users/:id").add("/users/me").add("/users/<int>");
  b.add("/users/<int>").add("/users/me").add("/users/:id");
  for (const char *p : {"/users/me", "/users/42", "/users/alice"})
    EXPECT_EQ(a.match(p), b.match(p)) << p;
}

TEST(Precedence, TypedParametersMostSpecificFirstThenParameterThenWildcard) {
  RouteTable t;
  t.add("/x/*").add("/x/:any").add("/x/<double>").add("/x/<int>").add("/x/<uint>");
  EXPECT_EQ(t.match("/x/42"), "/x/<uint>");
  EXPECT_EQ(t.match("/x/-42"), "/x/<int>");
  EXPECT_EQ(t.match("/x/4.2"), "/x/<double>");
  EXPECT_EQ(t.match("/x/abc"), "/x/:any");
  EXPECT_EQ(t.match("/x/abc/def"), "/x/*");
}

TEST(Precedence, BacktracksWhenTheMoreSpecificBranchDeadEnds) {
  RouteTable t;
  t.add("/users/me").add("/users/:id/posts").add("/n/<uint>/a").add("/n/<int>/b")
      .add("/n/:s/c").add("/n/*");
  EXPECT_EQ(t.match("/users/me/posts"), "/users/:id/posts");
  EXPECT_EQ(t.match("/n/1/a"), "/n/<uint>/a");
  EXPECT_EQ(t.match("/n/1/b"), "/n/<int>/b");
  EXPECT_EQ(t.match("/n/1/c"), "/n/:s/c");
  EXPECT_EQ(t.match("/n/1/d"), "/n/*");
}

TEST(Precedence, DecidedSegmentBySegmentFromTheLeft) {
  RouteTable t;
  // Both match /a/b/c; the first segment decides (literal "a" beats ":y"),
  // even though the other template has more literals in total.
  t.add("/:y/b/c").add("/a/:x/:z");
  EXPECT_EQ(t.match("/a/b/c"), "/a/:x/:z");
  EXPECT_EQ(t.match("/q/b/c"), "/:y/b/c");
}

TEST(Precedence, ADeeperWildcardBeatsAShallowerOne) {
  RouteTable t;
  t.add("/*").add("/api/*");
  EXPECT_EQ(t.match("/api/v1/users"), "/api/*");
  EXPECT_EQ(t.match("/web/index.html"), "/*");
}

TEST(Equivalent, FirstRegisteredTemplateKeepsItsLabel) {
  RouteTable t;
  t.add("/users/:id").add("/users/{user}").add("/users/<string>");
  EXPECT_EQ(t.match("/users/42"), "/users/:id");
  EXPECT_EQ(t.size(), 3u); // all registered, only one can answer
}

TEST(TrailingSlash, IsIgnoredInPathsAndTemplates) {
  RouteTable t;
  t.add("/users").add("/orders/");
  EXPECT_EQ(t.match("/users/"), "/users");
  EXPECT_EQ(t.match("/users"), "/users");
  EXPECT_EQ(t.match("/orders"), "/orders/");
  EXPECT_EQ(t.match("/orders/"), "/orders/");
}

TEST(EmptySegments, AreSkippedLikeNginxAndPistacheDo) {
  RouteTable t;
  t.add("/users/:id");
  EXPECT_EQ(t.match("//users//42"), "/users/:id");
  EXPECT_EQ(t.match("/users///42///"), "/users/:id");
  // and never satisfy a parameter on their own
  EXPECT_EQ(t.match("/users//"), unregistered_label());
}

TEST(Root, EmptyTargetsAndQueryOnlyTargetsAreTheRoot) {
  RouteTable t;
  EXPECT_EQ(t.match("/"), unregistered_label());
  t.add("/");
  EXPECT_EQ(t.match("/"), "/");
  EXPECT_EQ(t.match(""), "/");
  EXPECT_EQ(t.match("?q=1"), "/");
  EXPECT_EQ(t.match("//"), "/");
}

TEST(QueryAndFragment, AreIgnored) {
  RouteTable t;
  t.add("/search").add("/users/:id");
  EXPECT_EQ(t.match("/search?q=shoes&page=2"), "/search");
  EXPECT_EQ(t.match("/search#results"), "/search");
  EXPECT_EQ(t.match("/users/42?x=/users/other#frag"), "/users/:id");
  EXPECT_EQ(t.match("/users/42#a?b"), "/users/:id");
  // An encoded '?' is data, not the start of a query.
  EXPECT_EQ(t.match("/users/4%3F2"), "/users/:id");
}

TEST(AbsoluteForm, SchemeAndAuthorityAreSkipped) {
  RouteTable t;
  t.add("/users/:id").add("/");
  EXPECT_EQ(t.match("http://example.com/users/1"), "/users/:id");
  EXPECT_EQ(t.match("HTTPS://example.com:8443/users/1?x"), "/users/:id");
  EXPECT_EQ(t.match("http://example.com"), "/");
  EXPECT_EQ(t.match("http://example.com?x=1"), "/");
}

TEST(AbsoluteForm, OtherFormsMatchNothing) {
  RouteTable t;
  t.add("/*").add("/");
  for (const char *target : {"*", "example.com:443", "users/1", "1http://x/y", ":/x", "://x/y"})
    EXPECT_EQ(t.match(target), unregistered_label()) << target;
}

TEST(PercentEncoding, PathBytesAreDecodedBeforeComparing) {
  RouteTable t;
  t.add("/users/me").add("/caf%C3%A9").add("/a b").add("/users/:id");
  EXPECT_EQ(t.match("/users/%6De"), "/users/me");
  EXPECT_EQ(t.match("/users/%6de"), "/users/me"); // hex digits in either case
  EXPECT_EQ(t.match("/caf\xC3\xA9"), "/caf%C3%A9");
  EXPECT_EQ(t.match("/caf%c3%a9"), "/caf%C3%A9");
  EXPECT_EQ(t.match("/a%20b"), "/a b");
}

TEST(PercentEncoding, AnEncodedSlashStaysInsideItsSegment) {
  RouteTable t;
  t.add("/files/:name").add("/files/:dir/:name");
  EXPECT_EQ(t.match("/files/a%2Fb"), "/files/:name");
  EXPECT_EQ(t.match("/files/a%2fb"), "/files/:name");
  EXPECT_EQ(t.match("/files/a/b"), "/files/:dir/:name");
}

TEST(PercentEncoding, MalformedEscapesStandForThemselves) {
  RouteTable t;
  t.add("/p/100%").add("/p/%zz").add("/q/<uint>");
  EXPECT_EQ(t.match("/p/100%"), "/p/100%");
  EXPECT_EQ(t.match("/p/100%25"), "/p/100%"); // %25 is '%'
  EXPECT_EQ(t.match("/p/%zz"), "/p/%zz");
  EXPECT_EQ(t.match("/q/1%"), unregistered_label());
  EXPECT_EQ(t.match("/q/1%3"), unregistered_label());
}

TEST(Case, LiteralsAreCaseSensitive) {
  RouteTable t;
  t.add("/users/me");
  EXPECT_EQ(t.match("/Users/me"), unregistered_label());
  EXPECT_EQ(t.match("/users/ME"), unregistered_label());
}

TEST(DotSegments, AreNotResolved) {
  RouteTable t;
  t.add("/admin").add("/users/:id/profile");
  EXPECT_EQ(t.match("/users/../admin"), unregistered_label());
  EXPECT_EQ(t.match("/users/../profile"), "/users/:id/profile");
  EXPECT_EQ(t.match("/./admin"), unregistered_label());
}

TEST(Labels, AreTheRegisteredStringExactlyAndTheSameObjectEveryTime) {
  RouteTable t;
  t.add("/users/{1:id}/");
  const std::string &a = t.match("/users/1");
  const std::string &b = t.match("/users/2?x");
  EXPECT_EQ(a, "/users/{1:id}/");
  EXPECT_EQ(&a, &b);
  EXPECT_EQ(&t.match("/nope"), &unregistered_label());
}

TEST(Labels, SurviveLaterRegistrations) {
  RouteTable t;
  t.add("/first/:id");
  const std::string *first = &t.match("/first/1");
  for (int i = 0; i < 5000; ++i)
    t.add("/r" + std::to_string(i) + "/:id");
  EXPECT_EQ(&t.match("/first/1"), first);
  EXPECT_EQ(*first, "/first/:id");
}

} // namespace
