// A cap on the distinct values of one label.
#ifndef LABELGUARD_CARDINALITY_LIMITER_HPP
#define LABELGUARD_CARDINALITY_LIMITER_HPP

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "labelguard/detail/append_only_hash_table.hpp"
#include "labelguard/detail/config.hpp"
#include "labelguard/detail/segment_text.hpp"

namespace labelguard {

/// Lets the first `max_values` distinct values of a label through and maps
/// every later newcomer to one overflow value, as OpenTelemetry's SDK does
/// (limit 2000, attribute `otel.metric.overflow`). For labels that have no
/// route template to fall back on: query values, tenants, client versions.
///
/// Thread-safe. Values already admitted are found without a lock; admitting a
/// new one takes a mutex once. Memory is bounded: at most `max_values` values
/// of at most `max_value_size` bytes each are kept.
class CardinalityLimiter {
public:
  /// OpenTelemetry's default per-metric cardinality limit.
  static constexpr std::size_t default_max_values = 2000;
  /// Longer values are never admitted (they count as overflow): a limit on
  /// the number of values alone would not bound memory.
  static constexpr std::size_t max_value_size = 1024;

  explicit CardinalityLimiter(std::size_t max_values,
                              std::string overflow_value = "overflow")
      : max_values_(max_values), overflow_(std::move(overflow_value)),
        seed_(make_seed(this)) {}

  CardinalityLimiter(const CardinalityLimiter &) = delete;
  CardinalityLimiter &operator=(const CardinalityLimiter &) = delete;

  /// `value` itself (a copy owned by the limiter) if it is one of the first
  /// `max_values` distinct values seen, else the overflow value. The
  /// reference lives as long as the limiter.
  const std::string &operator()(std::string_view value) noexcept {
    const std::uint64_t h = detail::hash_bytes(value, seed_);
    if (const Value *v = find(h, value))
      return v->text;
    if (value.size() <= max_value_size &&
        admitted_.load(std::memory_order_acquire) < max_values_) {
      if (const Value *v = admit(h, value))
        return v->text;
    }
    overflowed_.fetch_add(1, std::memory_order_relaxed);
    return overflow_;
  }

  /// How many times a value was mapped to the overflow value.
  std::uint64_t overflowed() const noexcept {
    return overflowed_.load(std::memory_order_relaxed);
  }
  /// Distinct values admitted so far (never more than max_values()).
  std::size_t size() const noexcept {
    return admitted_.load(std::memory_order_acquire);
  }
  std::size_t max_values() const noexcept { return max_values_; }
  const std::string &overflow_value() const noexcept { return overflow_; }

private:
  struct Value {
    Value(std::uint64_t h, std::string_view t) : hash(h), text(t) {}
    std::uint64_t hash;
    std::string text;
  };

  // Values come from clients, who could otherwise pick colliding ones and
  // turn every probe into a scan of the table; a per-instance seed (from the
  // ASLR-randomised address and a counter) makes that guesswork.
  static std::uint64_t make_seed(const void *self) noexcept {
    static std::atomic<std::uint64_t> counter{0};
    const auto address = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(self));
    return detail::hash_mix(address ^ detail::kDefaultHashSeed,
                            counter.fetch_add(1, std::memory_order_relaxed) + 1);
  }

  const Value *find(std::uint64_t h, std::string_view value) const noexcept {
    return values_.find(h, [&](const Value &v) { return v.text == value; });
  }

  const Value *admit(std::uint64_t h, std::string_view value) noexcept {
#if LABELGUARD_HAS_EXCEPTIONS
    try {
#endif
      std::lock_guard<std::mutex> lock(mutex_);
      if (const Value *v = find(h, value)) // admitted while we waited
        return v;
      if (storage_.size() >= max_values_)
        return nullptr;
      storage_.push_back(std::make_unique<Value>(h, value));
      values_.insert(storage_.back().get());
      admitted_.store(storage_.size(), std::memory_order_release);
      return storage_.back().get();
#if LABELGUARD_HAS_EXCEPTIONS
    } catch (...) { // out of memory: overflowing is the safe answer
      return nullptr;
    }
#endif
  }

  const std::size_t max_values_;
  const std::string overflow_;
  const std::uint64_t seed_;
  std::mutex mutex_;
  detail::AppendOnlyHashTable<Value> values_;
  std::vector<std::unique_ptr<Value>> storage_; // guarded by mutex_
  std::atomic<std::size_t> admitted_{0};
  std::atomic<std::uint64_t> overflowed_{0};
};

/// The process-wide limiter behind limit_label(): the first
/// CardinalityLimiter::default_max_values distinct values pass, the rest
/// answer "overflow". One budget for every call site; a service that wants a
/// budget per metric keeps a CardinalityLimiter of its own per metric.
inline CardinalityLimiter &default_limiter() noexcept {
  static CardinalityLimiter limiter(CardinalityLimiter::default_max_values);
  return limiter;
}

/// What labelguard's optional limiter fix-it calls (the check's
/// LimiterFunction option): \p value bounded by default_limiter().
inline const std::string &limit_label(std::string_view value) noexcept {
  return default_limiter()(value);
}

} // namespace labelguard

#endif // LABELGUARD_CARDINALITY_LIMITER_HPP
