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
  /// The subtree's structural signature (see RouteTrie::reshape): equal for
  /// two subtrees that accept the same paths in the same precedence, which
  /// lets a lookup that saw one fail skip the other.
  std::atomic<std::uint64_t> shape_lo{0};
  std::atomic<std::uint64_t> shape_hi{0};
  LiteralChildren<TrieNode> literals;

  // Writer only.
  std::uint64_t key_hash_hi = 0;                ///< a second hash of `key`
  std::uint64_t literal_sum_lo = 0;             ///< sum of the literal children's terms
  std::uint64_t literal_sum_hi = 0;
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
/// match is the most specific one, segment by segment from the left. Every
/// segment's bytes are scanned once and cached (hash, numeric class), and the
/// trie is a tree, so a lookup enters each node at most once.
///
/// That alone bounds a lookup by the trie, not the path: where typed and
/// untyped parameters overlap at every level (`1`, <uint>, <int>, <double>
/// and :s over six segments: 15,625 templates), a path that matches none
/// would enter all of them. So each node carries a structural signature of
/// its subtree (its end and wildcard flags, its parameter children's
/// signatures, and its literal children's keys and signatures), kept up to
/// date along the inserted path by every registration (O(depth)). Two nodes
/// at the same depth with the same signature accept the same rest of the
/// path, so once one has failed a lookup skips the others: it remembers
/// (signature, depth) pairs that failed in a small cache on its stack. In the
/// set above every subtree at one depth has the same shape, and a lookup
/// enters one node and looks at five children per segment. The general bound
/// is one node per distinct subtree shape per depth; docs/runtime.md says why
/// no matcher can promise less for every template set.
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
    TrieNode *path[kMaxTemplateSegments + 1];
    std::size_t deepest = 0;
    for (std::size_t length = required; length <= segs.size(); ++length) {
      TrieNode *node = &root_;
      path[0] = node;
      std::size_t depth = 0;
      bool wildcard = false;
      for (std::size_t i = 0; i < length; ++i) {
        if (segs[i].kind == SegmentKind::wildcard) {
          wildcard = true;
          break;
        }
        node = child_for(*node, segs[i]);
        path[++depth] = node;
      }
      deepest = depth > deepest ? depth : deepest;
      std::atomic<const Label *> &slot = wildcard ? node->wildcard : node->label;
      // An equivalent template registered earlier keeps its place: labels
      // must not change under a running service.
      if (slot.load(std::memory_order_relaxed) == nullptr)
        slot.store(label, std::memory_order_release);
    }
    // Every expansion walked a prefix of the longest one: its nodes are the
    // only ones whose subtrees changed. Bottom-up, after they are published.
    for (std::size_t d = deepest + 1; d-- > 0;)
      reshape(*path[d], d > 0 ? path[d - 1] : nullptr);
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
      child->key_hash_hi = hash_bytes(seg.literal, kShapeSeedHi);
      // Its (empty) shape joins the parent's sum before any reader can see it.
      add_literal_term(node, *child, +1);
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

  static constexpr std::uint64_t kShapeSeedLo = 0x243F6A8885A308D3ULL;
  static constexpr std::uint64_t kShapeSeedHi = 0x13198A2E03707344ULL;

  /// The term a literal child adds to its parent's signature: its key and its
  /// own signature. Terms are summed, so one child's change updates the
  /// parent in O(1) however many literal children it has.
  void add_literal_term(TrieNode &parent, const TrieNode &child, int sign) noexcept {
    const std::uint64_t lo = hash_mix(child.hash ^ child.shape_lo.load(std::memory_order_relaxed),
                                      kShapeSeedLo ^ 0xA4093822299F31D0ULL);
    const std::uint64_t hi = hash_mix(child.key_hash_hi ^ child.shape_hi.load(std::memory_order_relaxed),
                                      kShapeSeedHi ^ 0x082EFA98EC4E6C89ULL);
    if (sign > 0) {
      parent.literal_sum_lo += lo;
      parent.literal_sum_hi += hi;
    } else {
      parent.literal_sum_lo -= lo;
      parent.literal_sum_hi -= hi;
    }
  }

  /// Writer. Recomputes `node`'s signature from its flags, its parameter
  /// children's signatures and its literal sum, and updates its parent's sum
  /// if it is a literal child. Two independent 64-bit halves: two different
  /// subtrees share a signature with probability about 2^-128.
  void reshape(TrieNode &node, TrieNode *parent) noexcept {
    const TrieNode *kids[4] = {node.uint_child.load(std::memory_order_relaxed),
                               node.int_child.load(std::memory_order_relaxed),
                               node.double_child.load(std::memory_order_relaxed),
                               node.string_child.load(std::memory_order_relaxed)};
    std::uint64_t flags = (node.label.load(std::memory_order_relaxed) != nullptr ? 1u : 0u) |
                          (node.wildcard.load(std::memory_order_relaxed) != nullptr ? 2u : 0u);
    for (int i = 0; i < 4; ++i)
      flags |= kids[i] != nullptr ? (4u << i) : 0u;
    std::uint64_t lo = hash_mix(kShapeSeedLo ^ flags, 0x9E3779B97F4A7C15ULL);
    std::uint64_t hi = hash_mix(kShapeSeedHi ^ flags, 0xC2B2AE3D27D4EB4FULL);
    for (const TrieNode *k : kids) {
      lo = hash_mix(lo ^ (k ? k->shape_lo.load(std::memory_order_relaxed) : 0), 0x165667B19E3779F9ULL);
      hi = hash_mix(hi ^ (k ? k->shape_hi.load(std::memory_order_relaxed) : 0), 0x27D4EB2F165667C5ULL);
    }
    lo = hash_mix(lo ^ node.literal_sum_lo, 0x85EBCA77C2B2AE63ULL);
    hi = hash_mix(hi ^ node.literal_sum_hi, 0xFF51AFD7ED558CCDULL);
    const bool literal_child = parent != nullptr && !node.key.empty();
    if (literal_child)
      add_literal_term(*parent, node, -1);
    // Release: a reader that loads this signature (acquire) before entering
    // the node sees at least the subtree it describes.
    node.shape_lo.store(lo, std::memory_order_release);
    node.shape_hi.store(hi, std::memory_order_release);
    if (literal_child)
      add_literal_term(*parent, node, +1);
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

    /// (signature, depth) pairs whose subtrees failed for this path: a small
    /// direct-mapped cache, valid slots marked in `failed_used` so that
    /// nothing is zeroed per lookup. A slot taken by a newer failure only
    /// loses a shortcut, never an answer.
    struct Failed {
      std::uint64_t lo, hi;
      std::size_t depth;
    };
    static constexpr std::size_t kFailedSlots = 128;
    std::uint64_t failed_used[kFailedSlots / 64] = {};
    Failed failed[kFailedSlots];

    static std::size_t failed_slot(std::uint64_t lo, std::size_t depth) noexcept {
      return static_cast<std::size_t>((lo ^ (depth * 0x9E3779B97F4A7C15ULL)) >> 57) &
             (kFailedSlots - 1);
    }
    bool known_failed(std::uint64_t lo, std::uint64_t hi, std::size_t depth) noexcept {
      const std::size_t i = failed_slot(lo, depth);
      if ((failed_used[i / 64] >> (i % 64) & 1u) == 0)
        return false;
      count.node();
      return failed[i].lo == lo && failed[i].hi == hi && failed[i].depth == depth;
    }
    void remember_failed(std::uint64_t lo, std::uint64_t hi, std::size_t depth) noexcept {
      const std::size_t i = failed_slot(lo, depth);
      failed_used[i / 64] |= std::uint64_t{1} << (i % 64);
      failed[i] = Failed{lo, hi, depth};
    }

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

    /// The best match in `node`'s subtree for the path from segment `depth`
    /// on, or null; skips a subtree shaped like one that already failed here.
    const Label *visit(const TrieNode *node, std::size_t depth) noexcept {
      count.node();
      // Acquire: the subtree explored below is at least the one the
      // signature describes, so a failure recorded under it is true of every
      // subtree with that signature (see RouteTrie::reshape).
      const std::uint64_t lo = node->shape_lo.load(std::memory_order_acquire);
      const std::uint64_t hi = node->shape_hi.load(std::memory_order_acquire);
      if (known_failed(lo, hi, depth))
        return nullptr;
      const Label *found = explore(node, depth);
      if (found == nullptr)
        remember_failed(lo, hi, depth);
      return found;
    }

    const Label *explore(const TrieNode *node, std::size_t depth) noexcept {
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
