// A hash table that readers search without locks while one writer adds to it.
#ifndef LABELGUARD_DETAIL_APPEND_ONLY_HASH_TABLE_HPP
#define LABELGUARD_DETAIL_APPEND_ONLY_HASH_TABLE_HPP

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "labelguard/detail/config.hpp"

namespace labelguard::detail {

/// Open addressing, linear probing, entries never removed.
///
/// Why this shape: lookups must be lock-free and never wait for a registration,
/// and N registrations must cost O(N) amortised, not O(N^2) as copying a whole
/// table per registration would. So the writer fills empty slots in place
/// (a reader either sees the new pointer or an empty slot, both consistent),
/// and when the table is half full it publishes a copy twice as large. The old
/// arrays are kept until the table dies, because a reader may still be probing
/// one; they add up to less than the live array, so memory stays O(N).
///
/// `Entry` must have `std::uint64_t hash` and a key the caller's predicate
/// compares. Entries are owned by the caller and must outlive the table.
/// Writers must be serialised by the caller.
template <class Entry> class AppendOnlyHashTable {
public:
  AppendOnlyHashTable() = default;
  AppendOnlyHashTable(const AppendOnlyHashTable &) = delete;
  AppendOnlyHashTable &operator=(const AppendOnlyHashTable &) = delete;

  bool empty() const noexcept {
    return current_.load(std::memory_order_acquire) == nullptr;
  }

  /// Lock-free. `equal(const Entry &)` decides a hit among equal hashes;
  /// `on_probe()` is called for every slot looked at (the step-count test).
  template <class Equal>
  const Entry *find(std::uint64_t hash, Equal &&equal) const noexcept {
    return find(hash, equal, [] {});
  }

  template <class Equal, class OnProbe>
  LABELGUARD_ALWAYS_INLINE const Entry *find(std::uint64_t hash, Equal &&equal,
                                             OnProbe &&on_probe) const noexcept {
    const Slots *slots = current_.load(std::memory_order_acquire);
    if (slots == nullptr)
      return nullptr;
    for (std::size_t i = hash & slots->mask;; i = (i + 1) & slots->mask) {
      on_probe();
      const Entry *e = slots->slot[i].load(std::memory_order_acquire);
      if (e == nullptr)
        return nullptr; // load factor <= 1/2 guarantees we reach one
      if (e->hash == hash && equal(*e))
        return e;
    }
  }

  /// Writer only. The caller has checked that no equal entry is present.
  void insert(const Entry *entry) {
    Slots *slots = current_.load(std::memory_order_relaxed);
    if (slots == nullptr || 2 * (size_ + 1) > slots->mask + 1) {
      const std::size_t capacity = slots == nullptr ? 8 : 2 * (slots->mask + 1);
      auto grown = std::make_unique<Slots>(capacity);
      if (slots != nullptr) {
        for (std::size_t i = 0; i <= slots->mask; ++i)
          if (const Entry *e = slots->slot[i].load(std::memory_order_relaxed))
            place(*grown, e);
      }
      place(*grown, entry);
      generations_.push_back(std::move(grown));
      // Release: a reader that sees the new array also sees its contents.
      current_.store(generations_.back().get(), std::memory_order_release);
    } else {
      place(*slots, entry);
    }
    ++size_;
  }

  std::size_t size() const noexcept { return size_; }

private:
  struct Slots {
    explicit Slots(std::size_t capacity)
        : mask(capacity - 1), slot(new std::atomic<const Entry *>[capacity]) {
      for (std::size_t i = 0; i < capacity; ++i)
        slot[i].store(nullptr, std::memory_order_relaxed);
    }
    std::size_t mask;
    std::unique_ptr<std::atomic<const Entry *>[]> slot;
  };

  static void place(Slots &slots, const Entry *e) noexcept {
    std::size_t i = e->hash & slots.mask;
    while (slots.slot[i].load(std::memory_order_relaxed) != nullptr)
      i = (i + 1) & slots.mask;
    // Release: the entry's fields are complete before a reader can reach it.
    slots.slot[i].store(e, std::memory_order_release);
  }

  std::atomic<Slots *> current_{nullptr};
  std::vector<std::unique_ptr<Slots>> generations_; // writer only
  std::size_t size_ = 0;                            // writer only
};

} // namespace labelguard::detail

#endif // LABELGUARD_DETAIL_APPEND_ONLY_HASH_TABLE_HPP
