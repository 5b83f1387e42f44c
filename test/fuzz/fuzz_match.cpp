// libFuzzer target: RouteTable::match and route_label on arbitrary bytes.
// Invariants: the answer is a registered template or "unregistered-path";
// the same input gives the same object; the process-wide table agrees with
// a RouteTable holding the same templates; a query or fragment never changes
// the answer. Over the adversarial mixed-kinds set (15,625 templates), the
// matcher's steps stay linear in the input, whatever it is.
#include <labelguard/route_guard.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_templates.hpp"

namespace {

const labelguard::RouteTable &table() {
  static const labelguard::RouteTable *t = [] {
    auto *table = new labelguard::RouteTable();
    for (const std::string &s : fuzz_templates())
      table->add(s);
    labelguard::register_routes(fuzz_templates());
    return table;
  }();
  return *t;
}

const labelguard::detail::RouteTrie &mixed_kinds() {
  static const labelguard::detail::RouteTrie *t = [] {
    auto *trie = new labelguard::detail::RouteTrie();
    for (const std::string &s : mixed_kinds_templates())
      trie->add(s, nullptr);
    return trie;
  }();
  return *t;
}

void require(bool ok) {
  if (!ok)
    __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char *>(data), size);
  const labelguard::RouteTable &t = table();
  const std::string &label = t.match(in);
  const bool unregistered = &label == &labelguard::unregistered_label();
  require(unregistered || std::find(fuzz_templates().begin(), fuzz_templates().end(),
                                    label) != fuzz_templates().end());
  require(&t.match(in) == &label);
  require(labelguard::route_label(in) == label);
  require(unregistered == (t.find(in) == labelguard::RouteTable::npos));

  // Linear: a few passes over the bytes, a constant number of trie steps per
  // segment (at most one segment per '/', plus one).
  labelguard::detail::StepCount count;
  const labelguard::detail::Label *mixed = mixed_kinds().match(in, count);
  const std::size_t segments = 1 + static_cast<std::size_t>(std::count(in.begin(), in.end(), '/'));
  require(count.steps <= 4 * in.size() + 12 * segments + 16);
  require(mixed == nullptr || std::find(mixed_kinds_templates().begin(),
                                        mixed_kinds_templates().end(),
                                        mixed->text) != mixed_kinds_templates().end());

  if (in.find_first_of("?#") == std::string_view::npos) {
    std::string with_query(in);
    with_query += "?q=1#f";
    require(&t.match(with_query) == &label);
    if (!in.empty() && in.front() == '/')
      require(&t.match("http://example.com" + std::string(in)) == &label);
  }
  return 0;
}
