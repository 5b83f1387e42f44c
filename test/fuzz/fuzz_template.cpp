// libFuzzer target: route template parsing. Invariants: a template is
// accepted exactly when the parser says it is well formed, a rejection names
// the template, and an accepted template matches a path built from it.
#include <labelguard/route_guard.hpp>
#include <labelguard/route_table.hpp>

#include <iterator>
#include <sstream>
#include <vector>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

void require(bool ok) {
  if (!ok)
    __builtin_trap();
}

/// A path the template must match: every parameter given a value of its type.
std::string instance_of(const labelguard::detail::ParsedTemplate &parsed) {
  using labelguard::detail::SegmentKind;
  std::string path;
  for (const auto &s : parsed.segments) {
    path += '/';
    switch (s.kind) {
    case SegmentKind::literal: path.append(s.text.data(), s.text.size()); break;
    case SegmentKind::uint_param: path += "7"; break;
    case SegmentKind::int_param: path += "-7"; break;
    case SegmentKind::double_param: path += "7.5"; break;
    case SegmentKind::string_param: path += "x"; break;
    case SegmentKind::wildcard: path += "w/z"; break;
    }
  }
  return path.empty() ? "/" : path;
}

/// Yields the pieces of a string by value, one fresh std::string per step,
/// as a generator or a transform view does.
struct ByValue {
  const std::vector<std::string> *pieces;
  std::size_t i;
  std::string operator*() const { return (*pieces)[i] + std::string(); }
  ByValue &operator++() {
    ++i;
    return *this;
  }
  bool operator!=(const ByValue &o) const { return i != o.i; }
};

/// The batch registration's copy of a range, for the shapes that broke it:
/// elements yielded by value, and words read with std::istream_iterator. ASan
/// reports any view kept into an element after its step.
void check_batch_copies(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i)
    if (i == text.size() || text[i] == '\n') {
      lines.emplace_back(text.substr(start, i - start));
      start = i + 1;
    }
  const std::vector<std::string> copied = labelguard::detail::copy_templates(
      ByValue{&lines, 0}, ByValue{&lines, lines.size()});
  require(copied == lines);

  std::istringstream in{std::string(text)};
  std::vector<std::string> words;
  for (std::string w; in >> w;)
    words.push_back(w);
  std::istringstream again{std::string(text)};
  const std::vector<std::string> read = labelguard::detail::copy_templates(
      std::istream_iterator<std::string>(again), std::istream_iterator<std::string>());
  require(read == words);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char *>(data), size);
  check_batch_copies(text);
  const auto parsed = labelguard::detail::parse_route_template(text);
  labelguard::RouteTable table;
  std::string problem;
  const bool added = table.try_add(text, &problem);
  require(added == parsed.ok());
  if (!added) {
    require(problem.rfind("labelguard: invalid route template \"", 0) == 0);
    require(problem.find(parsed.problem) != std::string::npos);
    // The whole template, escaped: never cut at a NUL, never a raw control byte.
    require(problem.find(labelguard::detail::escape_for_message(text)) != std::string::npos);
    for (char c : problem)
      require(!labelguard::detail::is_control_byte(c));
    require(parsed.problem_at <= text.size());
    require(table.empty());
    return 0;
  }
  const std::string path = instance_of(parsed);
  require(table.match(path) == text);
  require(table.match(path + "/") == text);
  require(table.match(path + "?q#f") == text);
  // Registering it again changes nothing.
  require(table.try_add(text) && table.size() == 1);
  return 0;
}
