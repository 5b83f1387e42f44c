// The segment trie behind RouteTable and the process-wide table.
#ifndef LABELGUARD_DETAIL_ROUTE_TRIE_HPP
#define LABELGUARD_DETAIL_ROUTE_TRIE_HPP

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "labelguard/detail/append_only_hash_table.hpp"
#include "labelguard/detail/config.hpp"
#include "labelguard/detail/literal_children.hpp"
#include "labelguard/detail/request_target.hpp"
#include "labelguard/detail/route_template.hpp"
#include "labelguard/detail/segment_text.hpp"

namespace labelguard::detail {

/// A label handed out by reference: a registered template exactly as written.
struct Label {
  Label(std::string t, std::size_t i)
      : hash(hash_bytes(t)), text(std::move(t)), index(i) {}
  std::uint64_t hash;
  std::string text;
  std::size_t index; ///< registration order within its table
};

struct TrieNode {
  TrieNode() = default;
  TrieNode(std::uint64_t h, std::string k) : hash(h), key(std::move(k)) {}
  TrieNode(const TrieNode &) = delete;
  TrieNode &operator=(const TrieNode &) = delete;

  // Ordered by use: finding a literal child reads its hash and key, entering
  // a node reads the pointers after them; the writer-only parts come last.
  std::uint64_t hash = 0;                       ///< of `key`
  std::string key;                              ///< decoded literal leading here ("" for others)
  std::atomic<const Label *> label{nullptr};    ///< a template ends here
  std::atomic<TrieNode *> uint_child{nullptr};
  std::atomic<TrieNode *> int_child{nullptr};
  std::atomic<TrieNode *> double_child{nullptr};
  std::atomic<TrieNode *> string_child{nullptr};
  std::atomic<const Label *> wildcard{nullptr}; ///< a template ends in `*` here
  LiteralChildren<TrieNode> literals;
};

/// Counts the work of one lookup, for the test that shows it is linear in the
/// path's length. The default policy compiles to nothing.
struct NoStepCount {
  void bytes(std::size_t) noexcept {}
  void node() noexcept {} ///< a node entered or a hash slot probed
};
struct StepCount {
  std::size_t steps = 0;
  void bytes(std::size_t n) noexcept { steps += n; }
  void node() noexcept { ++steps; }
};

/// A trie over path segments with, per node, its literal children (see
/// LiteralChildren) and one child per parameter kind.
///
/// Matching walks the trie depth-first, trying a node's children in
/// precedence order (literal, <uint>, <int>, <double>, parameter, then the
/// node's wildcard) and backtracking on a dead end, so the first complete
/// match is the most specific one, segment by segment from the left. The trie
/// is a tree, so a lookup enters each node at most once; every segment's bytes
/// are scanned once and cached (hash, numeric class), so the work is the
/// path's length plus the nodes entered, and never a scan of the templates.
///
/// Concurrency: one writer at a time (the caller serialises `add`); any number
/// of readers, lock-free, concurrently with the writer. Nodes and labels are
/// only ever added, published with release stores, and freed with the trie.
class RouteTrie {
public:
  enum class AddResult { added, duplicate, invalid };

  RouteTrie() = default;
  RouteTrie(const RouteTrie &) = delete;
  RouteTrie &operator=(const RouteTrie &) = delete;

  /// Writer. Parses and inserts `text`; on `invalid`, `*problem` (if given)
  /// gets the message naming the template and the problem.
  AddResult add(std::string_view text, std::string *problem) {
    if (find_label(text) != nullptr)
      return AddResult::duplicate;
    ParsedTemplate parsed = parse_route_template(text);
    if (!parsed.ok()) {
      if (problem != nullptr)
        *problem = describe_template_problem(text, parsed);
      return AddResult::invalid;
    }
    insert(text, parsed);
    return AddResult::added;
  }

  /// Writer. Inserts a template already parsed (used for all-or-nothing
  /// batches, which parse everything before inserting anything).
  void insert(std::string_view text, const ParsedTemplate &parsed) {
    if (find_label(text) != nullptr)
      return;
    labels_.push_back(std::make_unique<Label>(std::string(text), labels_.size()));
    const Label *label = labels_.back().get();
    by_text_.insert(label);

    // Pistache's trailing optional parameters: "/a/:b?/:c?" is registered
    // as "/a", "/a/:b" and "/a/:b/:c", all labelled with the one template.
    const auto &segs = parsed.segments;
    std::size_t required = 0;
    while (required < segs.size() && !segs[required].optional)
      ++required;
    for (std::size_t length = required; length <= segs.size(); ++length) {
      TrieNode *node = &root_;
      bool wildcard = false;
      for (std::size_t i = 0; i < length; ++i) {
        if (segs[i].kind == SegmentKind::wildcard) {
          wildcard = true;
          break;
        }
        node = child_for(*node, segs[i]);
      }
      std::atomic<const Label *> &slot = wildcard ? node->wildcard : node->label;
      // An equivalent template registered earlier keeps its place: labels
      // must not change under a running service.
      if (slot.load(std::memory_order_relaxed) == nullptr)
        slot.store(label, std::memory_order_release);
    }
  }

  /// Lock-free. The registered template with exactly this text, if any.
  const Label *find_label(std::string_view text) const noexcept {
    return by_text_.find(hash_bytes(text),
                         [&](const Label &l) { return l.text == text; });
  }

  /// Lock-free. The best matching template, or null.
  const Label *match(std::string_view raw) const noexcept {
    NoStepCount count;
    return match(raw, count);
  }

  template <class Count>
  const Label *match(std::string_view raw, Count &count) const noexcept {
    std::string_view path;
    if (!skip_to_path(raw, path))
      return nullptr;
    count.bytes(raw.size() - path.size());
    Lookup<Count> lookup(path, count, max_literal_.load(std::memory_order_relaxed));
    return lookup.visit(&root_, 0);
  }

  /// Writer-side view (callers serialise with writers).
  const std::vector<std::unique_ptr<Label>> &labels() const noexcept {
    return labels_;
  }

private:
  TrieNode *new_node(std::uint64_t hash = 0, std::string key = {}) {
    nodes_.push_back(std::make_unique<TrieNode>(hash, std::move(key)));
    return nodes_.back().get();
  }

  TrieNode *child_for(TrieNode &node, const TemplateSegment &seg) {
    if (seg.kind == SegmentKind::literal) {
      const std::uint64_t h = hash_bytes(seg.literal);
      const TrieNode *found = node.literals.find(
          [&](const TrieNode &n) { return n.key == seg.literal; },
          [&](std::uint64_t &out) {
            out = h;
            return true;
          },
          [] {});
      if (found != nullptr)
        return const_cast<TrieNode *>(found);
      // Raised before the child is published, so a reader that finds the
      // child also sees a bound that lets it look.
      if (seg.literal.size() > max_literal_.load(std::memory_order_relaxed))
        max_literal_.store(seg.literal.size(), std::memory_order_relaxed);
      TrieNode *child = new_node(h, seg.literal);
      node.literals.insert(child);
      return child;
    }
    std::atomic<TrieNode *> *slot = nullptr;
    switch (seg.kind) {
    case SegmentKind::uint_param: slot = &node.uint_child; break;
    case SegmentKind::int_param: slot = &node.int_child; break;
    case SegmentKind::double_param: slot = &node.double_child; break;
    default: slot = &node.string_child; break;
    }
    TrieNode *child = slot->load(std::memory_order_relaxed);
    if (child == nullptr) {
      child = new_node();
      slot->store(child, std::memory_order_release);
    }
    return child;
  }

  /// One segment of the path being matched, computed once per lookup.
  struct Segment {
    const char *begin;
    const char *end;
    bool has_percent;
    bool hashed;
    bool classified;
    NumericClass numeric;
    std::uint64_t hash;
    bool too_long; // longer than any literal key (set with `hashed`)
  };

  template <class Count> struct Lookup {
    // A constructor, not aggregate initialisation: value-initialising the
    // segment cache would zero ~5 KiB on every lookup.
    Lookup(std::string_view path, Count &c, std::size_t longest_literal) noexcept
        : cursor(path.data()), end(path.data() + path.size()), count(c),
          max_literal(longest_literal) {}

    const char *cursor; ///< where the next unscanned segment starts
    const char *end;
    Count &count;
    std::size_t max_literal; ///< no literal key is longer
    char scratch[kMaxLiteralSize]; // a percent-decoded segment, for hashing
    std::size_t known = 0; ///< segments scanned so far
    bool exhausted = false;
    Segment segs[kMaxTemplateSegments + 1]; // filled lazily, in order

    /// Segment `depth`, or null when the path has no more. Empty segments
    /// ("//", a trailing '/') are skipped, as nginx and Pistache do; the
    /// first '?' or '#' ends the path.
    LABELGUARD_ALWAYS_INLINE const Segment *segment(std::size_t depth) noexcept {
      while (known <= depth && !exhausted) {
        const char *p = cursor;
        while (p < end && *p == '/')
          ++p;
        if (p == end || *p == '?' || *p == '#') {
          count.bytes(static_cast<std::size_t>(p - cursor));
          exhausted = true;
          break;
        }
        bool percent = false;
        const char *e = segment_end(p, end, percent);
        count.bytes(static_cast<std::size_t>(e - cursor));
        if (e != end && *e != '/')
          end = e; // the query or fragment starts here: nothing after counts
        segs[known] = Segment{p, e, percent, false, false, NumericClass::text, 0, false};
        ++known;
        cursor = e;
      }
      return depth < known ? &segs[depth] : nullptr;
    }

    /// The hash of the segment's decoded bytes, or false when it is longer
    /// than every literal in the trie (so no literal can equal it).
    LABELGUARD_ALWAYS_INLINE bool hash_of(Segment &s) noexcept {
      if (!s.hashed) {
        const std::size_t raw = static_cast<std::size_t>(s.end - s.begin);
        count.bytes(raw);
        s.hashed = true;
        if (!s.has_percent) {
          s.hash = raw <= max_literal ? hash_bytes(s.begin, raw) : 0;
          s.too_long = raw > max_literal;
        } else {
          // Decoding never lengthens, so a decoded literal fits the buffer
          // whenever it could equal a key.
          std::size_t n = 0;
          s.too_long = false;
          for (const char *p = s.begin; p < s.end;) {
            if (n == max_literal) {
              s.too_long = true;
              break;
            }
            scratch[n++] = static_cast<char>(next_decoded_byte(p, s.end));
          }
          s.hash = s.too_long ? 0 : hash_bytes(scratch, n);
        }
      }
      return !s.too_long;
    }

    LABELGUARD_ALWAYS_INLINE NumericClass numeric_of(Segment &s) noexcept {
      if (!s.classified) {
        s.numeric = classify_number(s.begin, s.end);
        count.bytes(static_cast<std::size_t>(s.end - s.begin));
        s.classified = true;
      }
      return s.numeric;
    }

    const Label *visit(const TrieNode *node, std::size_t depth) noexcept {
      count.node();
      const Segment *cs = segment(depth);
      if (cs == nullptr)
        return node->label.load(std::memory_order_acquire);
      // Only a node below a template of kMaxTemplateSegments segments can be
      // this deep, and it has no children; its wildcard slot is empty too.
      if (depth >= kMaxTemplateSegments)
        return nullptr;
      Segment &s = segs[depth];

      if (!node->literals.empty()) {
        const std::size_t raw = static_cast<std::size_t>(s.end - s.begin);
        const TrieNode *lit = node->literals.find(
            [&](const TrieNode &n) LABELGUARD_LAMBDA_INLINE {
              if (!s.has_percent) {
                if (n.key.size() != raw)
                  return false;
                count.bytes(raw);
                return same_bytes(n.key.data(), s.begin, raw);
              }
              count.bytes(raw);
              return decoded_equals(s.begin, s.end, n.key);
            },
            [&](std::uint64_t &h) LABELGUARD_LAMBDA_INLINE {
              if (!hash_of(s))
                return false;
              h = s.hash;
              return true;
            },
            [this] { count.node(); });
        if (lit != nullptr)
          if (const Label *r = visit(lit, depth + 1))
            return r;
      }

      const TrieNode *u = node->uint_child.load(std::memory_order_acquire);
      const TrieNode *i = node->int_child.load(std::memory_order_acquire);
      const TrieNode *d = node->double_child.load(std::memory_order_acquire);
      if (u != nullptr || i != nullptr || d != nullptr) {
        const NumericClass c = numeric_of(s);
        if (u != nullptr && c == NumericClass::unsigned_integer)
          if (const Label *r = visit(u, depth + 1))
            return r;
        if (i != nullptr && c <= NumericClass::signed_integer)
          if (const Label *r = visit(i, depth + 1))
            return r;
        if (d != nullptr && c <= NumericClass::decimal)
          if (const Label *r = visit(d, depth + 1))
            return r;
      }
      if (const TrieNode *p = node->string_child.load(std::memory_order_acquire))
        if (const Label *r = visit(p, depth + 1))
          return r;
      return node->wildcard.load(std::memory_order_acquire);
    }
  };

  TrieNode root_;
  // Relaxed: it is raised before the literal it covers is published (with
  // release), and a reader that sees a stale value can only skip a literal
  // whose registration it does not see yet anyway.
  std::atomic<std::size_t> max_literal_{0};
  std::vector<std::unique_ptr<TrieNode>> nodes_;   // writer only
  std::vector<std::unique_ptr<Label>> labels_;     // writer only
  AppendOnlyHashTable<Label> by_text_;
};

} // namespace labelguard::detail

#endif // LABELGUARD_DETAIL_ROUTE_TRIE_HPP
