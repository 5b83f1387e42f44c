// labelguard's runtime guard: bounded metric labels for HTTP requests.
//
//   #include <labelguard/route_guard.hpp>
//
//   labelguard::register_routes({"/users/:id", "/users/:id/orders/<int>"});
//   ...
//   requests.Add({{"path", labelguard::route_label(req.path)}}).Increment();
//
// Header-only C++17, no dependencies, works with -fno-exceptions.
// docs/runtime.md has the matching rules, the adapters and the figures.
#ifndef LABELGUARD_ROUTE_GUARD_HPP
#define LABELGUARD_ROUTE_GUARD_HPP

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "labelguard/cardinality_limiter.hpp"
#include "labelguard/detail/append_only_hash_table.hpp"
#include "labelguard/detail/config.hpp"
#include "labelguard/detail/regex_route.hpp"
#include "labelguard/detail/route_trie.hpp"
#include "labelguard/method_label.hpp"
#include "labelguard/route_table.hpp"
#include "labelguard/unregistered_label.hpp"

namespace labelguard {

namespace detail {

/// The process-wide table. Writers take `writer`; readers take nothing.
struct GlobalRoutes {
  /// matched_route_label() remembers patterns nobody registered, up to here:
  /// a framework reports a bounded set, but a caller who passes a raw path by
  /// mistake must not grow memory without bound.
  static constexpr std::size_t max_reported_patterns = 4096;
  static constexpr std::size_t max_reported_pattern_size = 1024;

  std::mutex writer;
  RouteTrie trie;
  AppendOnlyHashTable<Label> reported;                // lock-free reads
  std::vector<std::unique_ptr<Label>> reported_store; // guarded by writer
  std::atomic<std::uint64_t> unregistered_hits{0};
};

/// Never destroyed: labels handed out must stay valid through static
/// destruction, and a lookup from another static's destructor must not touch
/// a dead table.
inline GlobalRoutes &global_routes() noexcept {
  static GlobalRoutes *const routes = new GlobalRoutes();
  return *routes;
}

/// Copies the templates of a batch out of the caller's range before anything
/// is parsed. A range may yield its elements by value (a generator, a
/// transform view) or be single-pass (std::istream_iterator<std::string>):
/// an element is only alive while the iterator that produced it is, so
/// nothing may keep a view into it past one step. Registration may allocate;
/// lookups never do.
template <class Iterator, class Sentinel>
std::vector<std::string> copy_templates(Iterator first, Sentinel last) {
  std::vector<std::string> texts;
  for (; first != last; ++first)
    texts.emplace_back(std::string_view(*first)); // while *first is alive
  return texts;
}

/// Registers a batch all or nothing: a batch with one malformed template
/// registers none, so a service that fails at start-up does not run
/// half-registered. Returns the first problem, or "".
inline std::string register_batch(const std::vector<std::string> &texts) {
  // `texts` is not resized from here on, so the views parsing keeps into it
  // stay valid.
  std::vector<ParsedTemplate> parsed;
  parsed.reserve(texts.size());
  for (const std::string &text : texts) {
    parsed.push_back(parse_route_template(text));
    if (!parsed.back().ok())
      return describe_template_problem(text, parsed.back());
  }
  GlobalRoutes &g = global_routes();
  std::lock_guard<std::mutex> lock(g.writer);
  for (std::size_t i = 0; i < texts.size(); ++i)
    g.trie.insert(texts[i], parsed[i]);
  return {};
}

template <class Range>
using range_iterator_t = decltype(std::begin(std::declval<Range &>()));

template <class T, class = void> struct is_string_like : std::false_type {};
template <class T>
struct is_string_like<T, std::void_t<decltype(std::declval<const T &>().data()),
                                     decltype(std::declval<const T &>().size())>>
    : std::bool_constant<std::is_convertible_v<
          decltype(std::declval<const T &>().data()), const char *>> {};

} // namespace detail

// --- registration --------------------------------------------------------------

/// Registers a route template in the process-wide table. Safe from any thread
/// at any time; registering the same text twice is a no-op; N registrations
/// cost O(N) amortised. Throws std::invalid_argument naming the template and
/// the problem when it is malformed (with -fno-exceptions: prints the message
/// and aborts; use try_register_route there).
inline void register_route(std::string_view route_template) {
  detail::GlobalRoutes &g = detail::global_routes();
  std::string problem;
  {
    std::lock_guard<std::mutex> lock(g.writer);
    if (g.trie.add(route_template, &problem) != detail::RouteTrie::AddResult::invalid)
      return;
  }
  detail::fail_invalid_argument(problem);
}

/// Registers several templates under one lock, all or nothing.
inline void register_routes(std::initializer_list<std::string_view> route_templates) {
  const std::string problem = detail::register_batch(
      detail::copy_templates(route_templates.begin(), route_templates.end()));
  if (!problem.empty())
    detail::fail_invalid_argument(problem);
}

/// The same for any range whose elements convert to std::string_view:
/// containers (std::vector<std::string>, std::array<const char *, N>), ranges
/// that yield strings by value (generators, transform views) and single-pass
/// ones (std::views::istream<std::string>, a range of
/// std::istream_iterator<std::string>). Each element is copied while the
/// iteration that produced it is alive.
template <class Range,
          class = std::enable_if_t<
              !std::is_convertible_v<const Range &, std::string_view>,
              detail::range_iterator_t<Range>>>
void register_routes(Range &&route_templates) {
  using std::begin;
  using std::end;
  const std::string problem = detail::register_batch(
      detail::copy_templates(begin(route_templates), end(route_templates)));
  if (!problem.empty())
    detail::fail_invalid_argument(problem);
}

/// register_route() for code that cannot or will not catch: false when the
/// template is malformed (nothing is registered), and `*problem`, if given,
/// gets the message register_route() would have thrown.
inline bool try_register_route(std::string_view route_template,
                               std::string *problem) noexcept {
#if LABELGUARD_HAS_EXCEPTIONS
  try {
#endif
    detail::GlobalRoutes &g = detail::global_routes();
    std::lock_guard<std::mutex> lock(g.writer);
    return g.trie.add(route_template, problem) != detail::RouteTrie::AddResult::invalid;
#if LABELGUARD_HAS_EXCEPTIONS
  } catch (...) { // out of memory (or a failing mutex): nothing was published half-done
    return false;
  }
#endif
}

inline bool try_register_route(std::string_view route_template) noexcept {
  return try_register_route(route_template, nullptr);
}

/// Registers a cpp-httplib regex route (cpp-httplib before 0.13 routes every
/// pattern as a std::regex) as the template it translates to, e.g.
/// R"(/users/(\d+)/posts/([^/]+))" as "/users/<uint>/posts/:2"; the label is
/// that template. Lookups stay a trie walk: no std::regex at lookup. Throws
/// std::invalid_argument naming the regex and the problem when it is not one
/// of the shapes docs/runtime.md lists (with -fno-exceptions: prints the
/// message and aborts; use try_register_regex_route there). Registering the
/// same regex twice is a no-op.
inline void register_regex_route(std::string_view regex);

/// register_regex_route() that reports instead of throwing: false (nothing
/// registered) when the regex cannot be translated, and `*problem`, if
/// given, gets the message.
inline bool try_register_regex_route(std::string_view regex,
                                     std::string *problem = nullptr) noexcept {
#if LABELGUARD_HAS_EXCEPTIONS
  try {
#endif
    const detail::RegexTranslation translation = detail::translate_regex_route(regex);
    if (!translation.ok()) {
      if (problem != nullptr)
        *problem = detail::describe_regex_problem(regex, translation);
      return false;
    }
    const detail::ParsedTemplate parsed = detail::parse_translation(translation);
    detail::GlobalRoutes &g = detail::global_routes();
    std::lock_guard<std::mutex> lock(g.writer);
    g.trie.insert(translation.route_template, parsed);
    return true;
#if LABELGUARD_HAS_EXCEPTIONS
  } catch (...) { // out of memory: nothing was published half-done
    return false;
  }
#endif
}

inline void register_regex_route(std::string_view regex) {
  std::string problem;
  if (!try_register_regex_route(regex, &problem))
    detail::fail_invalid_argument(problem.empty() ? "labelguard: out of memory" : problem);
}

/// The distinct templates registered so far, in registration order.
///
/// While other threads register, this is a consistent snapshot: exactly the
/// templates whose registration finished before it was taken (registration
/// and this call take the same writer lock), in registration order, each
/// once; a batch from register_routes() is in it whole or not at all; a later
/// call returns the earlier list extended; and route_label() finds every
/// template it lists.
inline std::vector<std::string> registered_routes() {
  detail::GlobalRoutes &g = detail::global_routes();
  std::lock_guard<std::mutex> lock(g.writer);
  std::vector<std::string> out;
  out.reserve(g.trie.labels().size());
  for (const auto &label : g.trie.labels())
    out.push_back(label->text);
  return out;
}

// --- lookup ------------------------------------------------------------------

/// How often route_label() has answered unregistered_label() in this process.
/// A service that forgot to register its routes shows it at once: this
/// counts every request.
inline std::uint64_t unregistered_hits() noexcept {
  return detail::global_routes().unregistered_hits.load(std::memory_order_relaxed);
}

/// The registered template that matches a raw path or request target (query
/// and fragment ignored), exactly as registered, else "unregistered-path".
/// Lock-free, never blocks on registration, never allocates. The reference is
/// valid for the life of the process.
inline const std::string &route_label(std::string_view raw_path_or_target) noexcept {
  detail::GlobalRoutes &g = detail::global_routes();
  if (const detail::Label *label = g.trie.match(raw_path_or_target))
    return label->text;
  g.unregistered_hits.fetch_add(1, std::memory_order_relaxed);
  return unregistered_label();
}

/// For C strings (CivetWeb's `request_uri`); null gives "unregistered-path".
inline const std::string &route_label(const char *raw_path_or_target) noexcept {
  if (raw_path_or_target == nullptr) {
    detail::global_routes().unregistered_hits.fetch_add(1, std::memory_order_relaxed);
    return unregistered_label();
  }
  return route_label(std::string_view(raw_path_or_target));
}

/// For any other string type with data() and size(), such as Boost 1.74's
/// boost::string_view (Beast's target()), which does not convert to
/// std::string_view.
template <class StringLike,
          class = std::enable_if_t<
              detail::is_string_like<StringLike>::value &&
              !std::is_convertible_v<const StringLike &, std::string_view> &&
              !std::is_convertible_v<const StringLike &, const char *>>>
const std::string &route_label(const StringLike &raw_path_or_target) noexcept {
  return route_label(std::string_view(raw_path_or_target.data(),
                                      static_cast<std::size_t>(raw_path_or_target.size())));
}

/// For frameworks that report the pattern they matched (Drogon's
/// matchedPathPattern(), cpp-httplib >= 0.21's matched_route, Crow's
/// BaseRule::rule()): the pattern as a label with process lifetime. Empty
/// (Drogon's answer on a 404) gives "unregistered-path". A pattern nobody
/// registered is remembered the first time (that one call allocates), up to
/// 4096 such patterns of up to 1 KiB; past that it is "unregistered-path".
inline const std::string &matched_route_label(std::string_view matched_pattern) noexcept {
  if (matched_pattern.empty())
    return unregistered_label();
  detail::GlobalRoutes &g = detail::global_routes();
  if (const detail::Label *label = g.trie.find_label(matched_pattern))
    return label->text;
  const std::uint64_t h = detail::hash_bytes(matched_pattern);
  auto same = [&](const detail::Label &l) { return l.text == matched_pattern; };
  if (const detail::Label *label = g.reported.find(h, same))
    return label->text;
  if (matched_pattern.size() > detail::GlobalRoutes::max_reported_pattern_size)
    return unregistered_label();
#if LABELGUARD_HAS_EXCEPTIONS
  try {
#endif
    std::lock_guard<std::mutex> lock(g.writer);
    if (const detail::Label *label = g.trie.find_label(matched_pattern))
      return label->text;
    if (const detail::Label *label = g.reported.find(h, same))
      return label->text;
    if (g.reported_store.size() >= detail::GlobalRoutes::max_reported_patterns)
      return unregistered_label();
    g.reported_store.push_back(std::make_unique<detail::Label>(
        std::string(matched_pattern), g.reported_store.size()));
    g.reported.insert(g.reported_store.back().get());
    return g.reported_store.back()->text;
#if LABELGUARD_HAS_EXCEPTIONS
  } catch (...) {
    return unregistered_label();
  }
#endif
}

} // namespace labelguard

// Pass-through declarations for registering routes where they are declared.
#include "labelguard/declare_route.hpp"

#endif // LABELGUARD_ROUTE_GUARD_HPP
