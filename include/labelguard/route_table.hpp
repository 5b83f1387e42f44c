// A table of route templates you own: build it, then share it read-only.
#ifndef LABELGUARD_ROUTE_TABLE_HPP
#define LABELGUARD_ROUTE_TABLE_HPP

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "labelguard/detail/config.hpp"
#include "labelguard/detail/route_trie.hpp"
#include "labelguard/unregistered_label.hpp"

namespace labelguard {

/// Maps raw request paths onto registered route templates.
///
/// `add()` is not thread-safe with other calls to `add()`: build the table,
/// then share it (by const reference or shared_ptr); `match()` and `find()`
/// are const, lock-free and never allocate. The process-wide functions in
/// route_guard.hpp use the same matcher behind a writer lock.
class RouteTable {
public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  RouteTable() : trie_(std::make_unique<detail::RouteTrie>()) {}
  RouteTable(RouteTable &&) noexcept = default;
  RouteTable &operator=(RouteTable &&) noexcept = default;
  RouteTable(const RouteTable &) = delete;
  RouteTable &operator=(const RouteTable &) = delete;

  /// Registers `route_template`; adding the same text twice is a no-op.
  /// Throws std::invalid_argument naming the template and the problem when it
  /// is malformed (with -fno-exceptions: prints that message and aborts; use
  /// try_add there).
  RouteTable &add(std::string_view route_template) {
    std::string problem;
    if (trie().add(route_template, &problem) == detail::RouteTrie::AddResult::invalid)
      detail::fail_invalid_argument(problem);
    return *this;
  }

  /// Like add(), but reports a malformed template by returning false (and, if
  /// `problem` is given, the message add() would have thrown).
  bool try_add(std::string_view route_template,
               std::string *problem = nullptr) noexcept {
#if LABELGUARD_HAS_EXCEPTIONS
    try {
#endif
      return trie().add(route_template, problem) !=
             detail::RouteTrie::AddResult::invalid;
#if LABELGUARD_HAS_EXCEPTIONS
    } catch (...) { // out of memory: the table is unchanged or grew by whole nodes
      return false;
    }
#endif
  }

  /// The template that matches `raw_path_or_target` (query and fragment are
  /// ignored), exactly as registered, else unregistered_label(). The
  /// reference lives as long as the table.
  const std::string &match(std::string_view raw_path_or_target) const noexcept {
    if (trie_ != nullptr)
      if (const detail::Label *label = trie_->match(raw_path_or_target))
        return label->text;
    return unregistered_label();
  }

  /// The registration index of the matching template, or npos; for routers
  /// that keep their handlers in a parallel array (see adapters/route_list.hpp).
  std::size_t find(std::string_view raw_path_or_target) const noexcept {
    if (trie_ != nullptr)
      if (const detail::Label *label = trie_->match(raw_path_or_target))
        return label->index;
    return npos;
  }

  /// The template registered at `index` (0 <= index < size()).
  const std::string &route_template(std::size_t index) const noexcept {
    return trie_->labels()[index]->text;
  }

  /// Distinct templates registered.
  std::size_t size() const noexcept {
    return trie_ != nullptr ? trie_->labels().size() : 0;
  }
  bool empty() const noexcept { return size() == 0; }

private:
  detail::RouteTrie &trie() {
    if (trie_ == nullptr) // moved from: usable again, as an empty table
      trie_ = std::make_unique<detail::RouteTrie>();
    return *trie_;
  }

  // Behind a pointer so that the table can move: its nodes hold atomics.
  std::unique_ptr<detail::RouteTrie> trie_;
};

} // namespace labelguard

#endif // LABELGUARD_ROUTE_TABLE_HPP
