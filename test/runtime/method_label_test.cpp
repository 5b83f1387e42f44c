#include <labelguard/method_label.hpp>

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace {

using labelguard::method_label;

TEST(MethodLabel, StandardMethodsAreThemselves) {
  for (const char *m : {"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"})
    EXPECT_EQ(method_label(m), m);
}

TEST(MethodLabel, EverythingElseIsOther) {
  for (const char *m : {"get", "Get", "", "GETS", "GE", "PROPFIND", "MKCOL", "PURGE", "OPTIONS ", " GET"})
    EXPECT_EQ(method_label(m), "_OTHER") << '"' << m << '"';
  EXPECT_EQ(method_label(std::string_view("GET\0", 4)), "_OTHER");
}

TEST(MethodLabel, AnyInputGivesAtMostTenDistinctLabels) {
  std::set<const std::string *> seen;
  std::string m;
  for (int i = 0; i < 20000; ++i) {
    m.assign(static_cast<std::size_t>(i % 9), static_cast<char>('A' + i % 26));
    m += std::to_string(i);
    seen.insert(&method_label(m));
    seen.insert(&method_label("GET"));
  }
  EXPECT_EQ(seen.size(), 2u);
  EXPECT_EQ(&method_label("PATCH"), &method_label("PATCH"));
}

} // namespace
