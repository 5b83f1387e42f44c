// The literal children of one trie node.
#ifndef LABELGUARD_DETAIL_LITERAL_CHILDREN_HPP
#define LABELGUARD_DETAIL_LITERAL_CHILDREN_HPP

#include <atomic>
#include <cstdint>

#include "labelguard/detail/append_only_hash_table.hpp"
#include "labelguard/detail/config.hpp"

namespace labelguard::detail {

/// Up to four children in an inline array, more in an AppendOnlyHashTable.
///
/// Why: most nodes of a real route trie have one to four literal children
/// ("/api" -> "v1", "v2"), and for those comparing the segment with each key
/// is cheaper than hashing it; only wide nodes ("/api/v1" -> hundreds of
/// resources) pay for a hash. The same lock-free rules hold for both parts:
/// the writer fills a slot, then publishes it with a release store of the
/// count; when the array is full it fills the table, then flips the count.
template <class Node> class LiteralChildren {
public:
  static constexpr unsigned kInline = 4;

  bool empty() const noexcept { return count_.load(std::memory_order_acquire) == 0; }

  /// Lock-free. `same_key(const Node &)` compares the segment with a child's
  /// key; `hash(std::uint64_t &)` computes the segment's hash (false: no key
  /// can match); `on_probe()` counts each child looked at.
  template <class SameKey, class Hash, class OnProbe>
  LABELGUARD_ALWAYS_INLINE const Node *find(SameKey &&same_key, Hash &&hash,
                                            OnProbe &&on_probe) const noexcept {
    const unsigned n = count_.load(std::memory_order_acquire);
    if (n <= kInline) {
      for (unsigned i = 0; i < n; ++i) {
        on_probe();
        const Node *child = inline_[i].load(std::memory_order_relaxed);
        if (same_key(*child))
          return child;
      }
      return nullptr;
    }
    std::uint64_t h = 0;
    if (!hash(h))
      return nullptr;
    return table_.find(h, same_key, on_probe);
  }

  /// Writer only. The caller has checked that no child has this key.
  void insert(const Node *child) {
    const unsigned n = count_.load(std::memory_order_relaxed);
    if (n < kInline) {
      inline_[n].store(child, std::memory_order_relaxed);
      count_.store(n + 1, std::memory_order_release); // publishes the slot
      return;
    }
    if (n == kInline)
      for (const auto &c : inline_)
        table_.insert(c.load(std::memory_order_relaxed));
    table_.insert(child);
    if (n == kInline)
      count_.store(kInline + 1, std::memory_order_release); // readers switch to the table
  }

private:
  std::atomic<unsigned> count_{0}; ///< children published; kInline + 1: see table_
  std::atomic<const Node *> inline_[kInline] = {};
  AppendOnlyHashTable<Node> table_;
};

} // namespace labelguard::detail

#endif // LABELGUARD_DETAIL_LITERAL_CHILDREN_HPP
