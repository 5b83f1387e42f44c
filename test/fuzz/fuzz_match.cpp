// libFuzzer target: RouteTable::match and route_label on arbitrary bytes.
// Invariants: the answer is a registered template or "unregistered-path";
// the same input gives the same object; the process-wide table agrees with
// a RouteTable holding the same templates; a query or fragment never changes
// the answer.
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

  if (in.find_first_of("?#") == std::string_view::npos) {
    std::string with_query(in);
    with_query += "?q=1#f";
    require(&t.match(with_query) == &label);
    if (!in.empty() && in.front() == '/')
      require(&t.match("http://example.com" + std::string(in)) == &label);
  }
  return 0;
}
