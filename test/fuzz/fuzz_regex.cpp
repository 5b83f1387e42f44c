// libFuzzer target: the translation of cpp-httplib regex routes into
// templates. Invariants: a translation is accepted exactly when
// try_register_regex_route accepts it; an accepted one is a template that
// parses, is a regex std::regex accepts, and matches a path built from it
// the way std::regex_match does; a refusal names the regex (escaped) and an
// offset inside it.
#include <labelguard/route_guard.hpp>

#include <cstddef>
#include <cstdint>
#include <regex>
#include <string>
#include <string_view>

namespace {

void require(bool ok) {
  if (!ok)
    __builtin_trap();
}

/// A path the translated template must match: a value of each kind that
/// every capture shape we translate accepts (a class without '/' may still
/// refuse "a", so the regex side is only checked when it accepts).
std::string instance_of(const labelguard::detail::ParsedTemplate &parsed) {
  using labelguard::detail::SegmentKind;
  std::string path;
  for (const auto &s : parsed.segments) {
    path += '/';
    switch (s.kind) {
    case SegmentKind::literal:
      // The guard percent-decodes what it is given; a '%' of the literal is
      // sent as "%25" (a path handed over decoded and containing "%41"
      // would be decoded twice: docs/runtime.md, rule 5).
      for (char c : s.literal)
        path += c == '%' ? std::string("%25") : std::string(1, c);
      break;
    case SegmentKind::uint_param: path += "7"; break;
    case SegmentKind::int_param: path += "-7"; break;
    case SegmentKind::double_param: path += "7.5"; break;
    case SegmentKind::string_param: path += "a"; break;
    case SegmentKind::wildcard: path += "w/z"; break;
    }
  }
  return path.empty() ? "/" : path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  if (size > 256)
    return 0; // std::regex recurses per character
  const std::string_view regex(reinterpret_cast<const char *>(data), size);
  const auto translation = labelguard::detail::translate_regex_route(regex);
  if (!translation.ok()) {
    const std::string message = labelguard::detail::describe_regex_problem(regex, translation);
    require(message.find(labelguard::detail::escape_for_message(regex)) != std::string::npos);
    require(translation.problem_at <= regex.size());
    for (char c : message)
      require(!labelguard::detail::is_control_byte(c));
    return 0;
  }
  const auto parsed = labelguard::detail::parse_translation(translation);
  require(parsed.ok());
  labelguard::detail::RouteTrie trie;
  trie.insert(translation.route_template, parsed);
  const std::string path = instance_of(parsed);
  require(trie.match(path) != nullptr);
  std::regex re;
  try {
    re = std::regex(regex.begin(), regex.end());
  } catch (const std::regex_error &) {
    require(false); // we translated something cpp-httplib could not even compile
  }
  // What the regex takes of this path, the template takes too.
  if (path.find('%') != std::string::npos)
    return 0;
  if (std::regex_match(path, re))
    require(trie.match(path) != nullptr);
  if (path.find('.') == std::string::npos && std::regex_match(path + "x", re))
    require(trie.match(path + "x") != nullptr);
  return 0;
}
