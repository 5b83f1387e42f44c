// Parsing route templates written in the syntaxes of the C++ web frameworks.
#ifndef LABELGUARD_DETAIL_ROUTE_TEMPLATE_HPP
#define LABELGUARD_DETAIL_ROUTE_TEMPLATE_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "labelguard/detail/segment_text.hpp"

namespace labelguard::detail {

/// What one template segment matches, in precedence order: where two
/// templates overlap, the one whose first differing segment comes earlier in
/// this list wins.
enum class SegmentKind : std::uint8_t {
  literal,       ///< exact (percent-decoded) bytes
  uint_param,    ///< Crow `<uint>`
  int_param,     ///< Crow `<int>`
  double_param,  ///< Crow `<double>`, `<float>`
  string_param,  ///< `:name`, `{name}`, `{}`, `{1}`, `{1:name}`, `<string>`, `<str>`, inner `*`
  wildcard,      ///< trailing `*` or `<path>`: one or more remaining segments
};

struct TemplateSegment {
  SegmentKind kind = SegmentKind::literal;
  std::string literal;   ///< decoded bytes, for `literal` only
  bool optional = false; ///< Pistache `:name?`
  std::string_view text; ///< the segment as written (points into the template)
};

struct ParsedTemplate {
  std::vector<TemplateSegment> segments;
  std::string problem;       ///< empty when the template is well formed
  std::size_t problem_at = 0;

  bool ok() const noexcept { return problem.empty(); }
};

/// Templates deeper than this are rejected; it bounds the matcher's recursion
/// and its per-lookup segment cache (no real route has 128 segments).
inline constexpr std::size_t kMaxTemplateSegments = 128;

/// Longer literal segments are rejected; it bounds the buffer a lookup
/// decodes a percent-encoded segment into.
inline constexpr std::size_t kMaxLiteralSize = 1024;

inline bool is_param_name_char(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
}

namespace template_parsing {

inline bool all_of(std::string_view s, bool (*pred)(char) noexcept) noexcept {
  for (char c : s)
    if (!pred(c))
      return false;
  return true;
}

inline bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// Drogon's `{}`, `{1}`, `{name}`, `{1:name}`; Oat++/userver/served `{name}`.
inline bool is_brace_parameter(std::string_view inner) noexcept {
  if (inner.empty())
    return true;
  const std::size_t colon = inner.find(':');
  if (colon == std::string_view::npos)
    return all_of(inner, is_param_name_char);
  const std::string_view index = inner.substr(0, colon);
  const std::string_view name = inner.substr(colon + 1);
  return !index.empty() && all_of(index, is_digit) && !name.empty() &&
         all_of(name, is_param_name_char);
}

} // namespace template_parsing

inline bool is_control_byte(char c) noexcept {
  return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
}

/// `text` as the body of a C++ string literal: '\\' and '"' escaped, control
/// bytes as \\xNN; other bytes (UTF-8 included) as they are. A message that
/// quotes a template must show every byte of it, and must not end at a NUL.
inline std::string escape_for_message(std::string_view text) {
  static const char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size() + 2);
  for (const char c : text) {
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (is_control_byte(c)) {
      const auto byte = static_cast<unsigned char>(c);
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 15];
    } else {
      out += c;
    }
  }
  return out;
}

/// Parses `text` as if it held no control bytes; see parse_route_template.
inline ParsedTemplate parse_route_template_text(std::string_view text);

/// Parses `text`. Never throws for a malformed template: the problem is
/// returned, so the same code serves `register_route` (which throws),
/// `try_register_route` (which reports) and -fno-exceptions builds.
///
/// The problem named is the first one in the text: a control byte (a NUL, a
/// tab, a newline: a template is written, not received, so one is always a
/// mistake, such as a string built with the wrong length) is reported at its
/// own offset unless the template went wrong before it.
inline ParsedTemplate parse_route_template(std::string_view text) {
  std::size_t control = 0;
  while (control < text.size() && !is_control_byte(text[control]))
    ++control;
  ParsedTemplate out = parse_route_template_text(text);
  if (control == text.size() || (!out.ok() && out.problem_at < control))
    return out;
  static const char hex[] = "0123456789abcdef";
  const auto byte = static_cast<unsigned char>(text[control]);
  out.segments.clear();
  out.problem = "control character '\\x";
  out.problem += hex[byte >> 4];
  out.problem += hex[byte & 15];
  out.problem += "' in the template";
  out.problem_at = control;
  return out;
}

inline ParsedTemplate parse_route_template_text(std::string_view text) {
  using namespace template_parsing;
  ParsedTemplate out;
  auto fail = [&](std::size_t at, std::string problem) {
    out.segments.clear();
    out.problem = std::move(problem);
    out.problem_at = at;
    return out;
  };
  if (text.empty())
    return fail(0, "the template is empty");
  if (text.front() != '/')
    return fail(0, "a template must start with '/'");

  bool seen_optional = false;
  std::size_t pos = 1;
  while (pos < text.size()) {
    std::size_t end = text.find('/', pos);
    if (end == std::string_view::npos)
      end = text.size();
    const std::string_view seg = text.substr(pos, end - pos);
    const bool last = end >= text.size() - 1; // nothing, or only a trailing '/'
    if (seg.empty())
      return fail(pos, "empty segment ('//')");
    if (out.segments.size() == kMaxTemplateSegments)
      return fail(pos, "more than " + std::to_string(kMaxTemplateSegments) +
                           " segments");

    TemplateSegment s;
    s.text = seg;
    const std::size_t query = seg.find_first_of("?#");
    if (seg.front() == ':') {
      std::string_view name = seg.substr(1);
      if (!name.empty() && name.back() == '?') {
        s.optional = true;
        name.remove_suffix(1);
      }
      if (name.empty())
        return fail(pos, "parameter ':' has no name");
      for (std::size_t i = 0; i < name.size(); ++i) {
        if (!is_param_name_char(name[i])) {
          std::string problem = "unsupported character '";
          problem += name[i];
          problem += "' in parameter name";
          if (name[i] == '(')
            problem += " (regular-expression constraints are not supported)";
          return fail(pos + 1 + i, problem);
        }
      }
      s.kind = SegmentKind::string_param;
    } else if (seg.front() == '{') {
      if (seg.back() != '}' || seg.find('{', 1) != std::string_view::npos ||
          seg.find('}') != seg.size() - 1)
        return fail(pos, "a '{...}' parameter must span a whole segment");
      if (!is_brace_parameter(seg.substr(1, seg.size() - 2)))
        return fail(pos, "unsupported '{...}' parameter \"" + escape_for_message(seg) +
                             "\" (expected {}, {name}, {N} or {N:name})");
      s.kind = SegmentKind::string_param;
    } else if (seg.front() == '<') {
      if (seg.back() != '>' || seg.find('>') != seg.size() - 1)
        return fail(pos, "a '<type>' parameter must span a whole segment");
      const std::string_view type = seg.substr(1, seg.size() - 2);
      if (type == "int")
        s.kind = SegmentKind::int_param;
      else if (type == "uint")
        s.kind = SegmentKind::uint_param;
      else if (type == "double" || type == "float")
        s.kind = SegmentKind::double_param;
      else if (type == "string" || type == "str")
        s.kind = SegmentKind::string_param;
      else if (type == "path") {
        if (!last)
          return fail(pos, "'<path>' must be the last segment");
        s.kind = SegmentKind::wildcard;
      } else
        return fail(pos, "unknown parameter type \"" + escape_for_message(seg) +
                             "\" (expected <int>, <uint>, <double>, <float>, "
                             "<string>, <str> or <path>)");
    } else if (seg == "*") {
      // Trailing: the rest of the path. Inner (Pistache's splat): one segment.
      s.kind = last ? SegmentKind::wildcard : SegmentKind::string_param;
    } else if (query != std::string_view::npos) {
      return fail(pos + query, "a template must not contain a query or fragment "
                               "('?' or '#'); register the path only");
    } else {
      const std::size_t special = seg.find_first_of("{}<>*");
      if (special != std::string_view::npos)
        return fail(pos + special,
                    std::string("'") + seg[special] +
                        "' inside a literal segment (parameters must span a "
                        "whole segment)");
      s.kind = SegmentKind::literal;
      append_decoded(seg.data(), seg.data() + seg.size(), s.literal);
      if (s.literal.size() > kMaxLiteralSize)
        return fail(pos, "a literal segment longer than " +
                             std::to_string(kMaxLiteralSize) + " bytes");
    }
    if (seen_optional && !s.optional)
      return fail(pos, "an optional parameter may only be followed by optional "
                       "parameters");
    seen_optional = seen_optional || s.optional;
    out.segments.push_back(std::move(s));
    pos = end + 1;
  }
  return out;
}

/// "labelguard: invalid route template "/a/:": parameter ':' has no name (at offset 3)"
/// The template is shown escaped (see escape_for_message); the offset counts
/// bytes of the template itself.
inline std::string describe_template_problem(std::string_view text,
                                             const ParsedTemplate &parsed) {
  std::string message = "labelguard: invalid route template \"";
  message += escape_for_message(text);
  message += "\": ";
  message += parsed.problem;
  message += " (at offset " + std::to_string(parsed.problem_at) + ")";
  return message;
}

} // namespace labelguard::detail

#endif // LABELGUARD_DETAIL_ROUTE_TEMPLATE_HPP
