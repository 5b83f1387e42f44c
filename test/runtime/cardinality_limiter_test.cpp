#include <labelguard/cardinality_limiter.hpp>

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace {

using labelguard::CardinalityLimiter;

TEST(CardinalityLimiter, FirstNDistinctValuesPassTheRestOverflow) {
  CardinalityLimiter limit(3);
  EXPECT_EQ(limit("a"), "a");
  EXPECT_EQ(limit("b"), "b");
  EXPECT_EQ(limit("a"), "a");
  EXPECT_EQ(limit("c"), "c");
  EXPECT_EQ(limit.overflowed(), 0u);
  EXPECT_EQ(limit("d"), "overflow");
  EXPECT_EQ(limit("e"), "overflow");
  EXPECT_EQ(limit("d"), "overflow"); // an overflowed value is never admitted later
  EXPECT_EQ(limit("b"), "b");        // admitted values keep passing
  EXPECT_EQ(limit.overflowed(), 3u);
  EXPECT_EQ(limit.size(), 3u);
}

TEST(CardinalityLimiter, CustomOverflowValueAndZeroCapacity) {
  CardinalityLimiter limit(0, "otel.metric.overflow");
  EXPECT_EQ(limit("tenant-1"), "otel.metric.overflow");
  EXPECT_EQ(limit.overflow_value(), "otel.metric.overflow");
  EXPECT_EQ(limit.overflowed(), 1u);
}

TEST(CardinalityLimiter, ReturnsStableReferencesOwnedByTheLimiter) {
  CardinalityLimiter limit(CardinalityLimiter::default_max_values);
  std::string value = "tenant-42";
  const std::string &admitted = limit(value);
  value = "changed";
  EXPECT_EQ(admitted, "tenant-42");
  for (int i = 0; i < 1999; ++i)
    limit("t" + std::to_string(i));
  EXPECT_EQ(&limit("tenant-42"), &admitted);
  EXPECT_EQ(&limit("one-too-many"), &limit.overflow_value());
}

TEST(CardinalityLimiter, OverlongValuesAreNeverKept) {
  CardinalityLimiter limit(10);
  const std::string big(CardinalityLimiter::max_value_size + 1, 'x');
  EXPECT_EQ(limit(big), "overflow");
  EXPECT_EQ(limit.size(), 0u);
  const std::string ok(CardinalityLimiter::max_value_size, 'x');
  EXPECT_EQ(limit(ok), ok);
}

TEST(CardinalityLimiter, EmptyAndBinaryValuesAreValues) {
  CardinalityLimiter limit(2);
  EXPECT_EQ(limit(""), "");
  EXPECT_EQ(limit(std::string_view("\0\xff", 2)), std::string("\0\xff", 2));
  EXPECT_EQ(limit("x"), "overflow");
}

TEST(CardinalityLimiter, AMillionDistinctValuesGiveNPlusOneLabels) {
  constexpr int n = 1000000;
  CardinalityLimiter limit(100);
  std::set<const std::string *> labels;
  std::string v;
  for (int i = 0; i < n; ++i) {
    v = "q" + std::to_string(i);
    labels.insert(&limit(v));
  }
  EXPECT_EQ(labels.size(), 101u);
  EXPECT_EQ(limit.overflowed(), static_cast<std::uint64_t>(n - 100));
}

} // namespace

TEST(LimitLabel, SharesOneProcessWideBudget) {
  // The default limiter admits distinct values up to its bound, then
  // answers the overflow value; admitted values keep answering themselves.
  const std::string &first = labelguard::limit_label("tenant-a");
  EXPECT_EQ(first, "tenant-a");
  EXPECT_EQ(&labelguard::limit_label("tenant-a"), &first);
  const std::size_t bound = labelguard::default_limiter().max_values();
  EXPECT_EQ(bound, labelguard::CardinalityLimiter::default_max_values);
  for (std::size_t i = 0; i < bound + 10; ++i)
    labelguard::limit_label("value-" + std::to_string(i));
  EXPECT_EQ(labelguard::limit_label("one-more"), "overflow");
  EXPECT_EQ(labelguard::limit_label("tenant-a"), "tenant-a");
  EXPECT_GE(labelguard::default_limiter().overflowed(), 11u);
}
