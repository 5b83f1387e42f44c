// Turning cpp-httplib 0.11's regex routes into route templates.
//
// cpp-httplib before 0.13 routes every pattern as a std::regex, matched
// against the decoded path with std::regex_match (a full match). Most such
// regexes are a path with a few capture groups in whole segments; those are
// translated once, at registration, into a template the trie matches like any
// other (no std::regex, no backtracking at lookup). Anything else is refused
// with a message that names the regex, the problem and its offset.
#ifndef LABELGUARD_DETAIL_REGEX_ROUTE_HPP
#define LABELGUARD_DETAIL_REGEX_ROUTE_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "labelguard/detail/route_template.hpp"

namespace labelguard::detail {

/// A regex route translated into a route template, or why it could not be.
struct RegexTranslation {
  std::string route_template;   ///< the label, a template in the guard's syntax
  bool optional_rest = false;   ///< "(.*)": the prefix alone matches too
  std::string problem;          ///< empty on success
  std::size_t problem_at = 0;   ///< offset in the regex

  bool ok() const noexcept { return problem.empty(); }
};

namespace regex_translation {

inline bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
inline bool is_alnum(char c) noexcept {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Capture bodies that are exactly a typed parameter.
inline bool is_uint_body(std::string_view b) noexcept {
  return b == "\\d+" || b == "[0-9]+" || b == "[[:digit:]]+";
}
inline bool is_int_body(std::string_view b) noexcept {
  for (std::string_view sign : {"-?", "[-+]?", "[+-]?", "[+\\-]?", "[\\-+]?", "\\-?"})
    if (b.size() > sign.size() && b.substr(0, sign.size()) == sign &&
        is_uint_body(b.substr(sign.size())))
      return true;
  return false;
}

/// True when `cls` (a bracket expression without its brackets, maybe
/// negated) is one std::regex compiles: known [:classes:], ranges in order,
/// no dangling escape. (A route cpp-httplib cannot compile is not a route.)
inline bool class_is_well_formed(std::string_view cls) noexcept {
  std::size_t i = !cls.empty() && cls.front() == '^' ? 1 : 0;
  if (i == cls.size())
    return false;
  // ASCII only: std::regex compares chars as signed and by locale, so a range
  // with a byte above 0x7f means something else to it than to a reader.
  for (const char c : cls)
    if (static_cast<unsigned char>(c) >= 0x80 || is_control_byte(c))
      return false;
  int previous = -1; // the last single character, for a range
  while (i < cls.size()) {
    int current = -1;
    if (cls[i] == '\\') {
      if (i + 1 == cls.size())
        return false;
      const char e = cls[i + 1];
      if (is_alnum(e) && e != 'd' && e != 'D' && e != 'w' && e != 'W' && e != 's' && e != 'S')
        return false;
      current = is_alnum(e) ? -1 : static_cast<unsigned char>(e);
      i += 2;
    } else if (cls[i] == '[') {
      if (i + 1 < cls.size() && cls[i + 1] == ':') {
        const std::size_t close = cls.find(":]", i + 2);
        if (close == std::string_view::npos)
          return false;
        const std::string_view name = cls.substr(i + 2, close - i - 2);
        bool known = false;
        for (std::string_view k : {"alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower",
                                   "print", "punct", "space", "upper", "xdigit", "d", "w", "s"})
          known = known || name == k;
        if (!known)
          return false;
        i = close + 2;
      } else {
        return false; // '[' alone: [= =] and [. .] are not worth supporting
      }
    } else if (cls[i] == '-' && previous < 0 && i > (cls.front() == '^' ? 1u : 0u) &&
               i + 1 < cls.size()) {
      // '-' after a class escape or a range, not at an end: std::regex refuses
      // some of these ("[\\w-9]") and reads others unlike a reader would.
      return false;
    } else if (cls[i] == '-' && previous >= 0 && i + 1 < cls.size()) {
      // a range previous-next
      int hi;
      if (cls[i + 1] == '\\') {
        if (i + 2 == cls.size() || is_alnum(cls[i + 2]))
          return false;
        hi = static_cast<unsigned char>(cls[i + 2]);
        i += 3;
      } else if (cls[i + 1] == '[') {
        return false;
      } else {
        hi = static_cast<unsigned char>(cls[i + 1]);
        i += 2;
      }
      if (hi < previous)
        return false;
      previous = -1;
      continue;
    } else {
      current = static_cast<unsigned char>(cls[i]);
      ++i;
    }
    previous = current;
  }
  return true;
}

/// True when `cls` (a bracket expression without its brackets, maybe
/// negated) can never match '/': a parameter made of it stays within one
/// segment.
inline bool class_excludes_slash(std::string_view cls) noexcept {
  if (cls.empty())
    return false;
  if (cls.front() == '^') { // negated: it must name '/' itself
    for (std::size_t i = 1; i < cls.size(); ++i) {
      if (cls[i] == '\\' && i + 1 < cls.size()) {
        if (cls[i + 1] == '/')
          return true;
        ++i;
        continue;
      }
      if (cls[i] == '/')
        return true;
    }
    return false;
  }
  for (std::size_t i = 0; i < cls.size(); ++i) {
    const char c = cls[i];
    if (c == '\\') {
      if (i + 1 == cls.size())
        return false;
      const char e = cls[++i];
      // \W \S \D and an escaped '/' can match '/'; \w \d \s cannot.
      if (e == 'W' || e == 'S' || e == 'D' || e == '/')
        return false;
      continue;
    }
    if (c == '[') { // [:alpha:] and the like: none of them holds '/'
      const std::size_t close = cls.find(":]", i);
      if (i + 1 < cls.size() && cls[i + 1] == ':' && close != std::string_view::npos) {
        const std::string_view name = cls.substr(i + 2, close - i - 2);
        if (name == "punct" || name == "graph" || name == "print")
          return false;
        i = close + 1;
        continue;
      }
      return false;
    }
    if (c == '/')
      return false;
    // A range whose ends enclose '/' (0x2f), such as [!-~].
    if (i + 2 < cls.size() && cls[i + 1] == '-' && cls[i + 2] != ']') {
      const unsigned char lo = static_cast<unsigned char>(c);
      const unsigned char hi = static_cast<unsigned char>(cls[i + 2] == '\\' && i + 3 < cls.size()
                                                              ? cls[i + 3]
                                                              : cls[i + 2]);
      if (lo <= '/' && hi >= '/')
        return false;
      i += cls[i + 2] == '\\' ? 3 : 2;
    }
  }
  return true;
}

/// A capture body that is one atom matching no '/' (a bracket expression,
/// \w, \d), then '+' or '*'. Returns '+', '*' or 0 for anything else.
inline char segment_parameter_quantifier(std::string_view b) noexcept {
  if (b.size() < 2)
    return 0;
  const char q = b.back();
  if (q != '+' && q != '*')
    return 0;
  const std::string_view atom = b.substr(0, b.size() - 1);
  if (atom == "\\w" || atom == "\\d")
    return q;
  if (atom.size() >= 3 && atom.front() == '[' && atom.back() == ']') {
    const std::string_view cls = atom.substr(1, atom.size() - 2);
    // One bracket expression only: no ']' inside but a [:class:]'s.
    for (std::size_t i = 0; i < cls.size(); ++i) {
      if (cls[i] == '\\') {
        ++i;
        continue;
      }
      if (cls[i] == '[' && i + 1 < cls.size() && cls[i + 1] == ':') {
        const std::size_t close = cls.find(":]", i);
        if (close == std::string_view::npos)
          return 0;
        i = close + 1;
        continue;
      }
      if (cls[i] == ']' || cls[i] == '[')
        return 0;
    }
    return class_is_well_formed(cls) && class_excludes_slash(cls) ? q : 0;
  }
  return 0;
}

/// Bytes a literal segment of a template cannot hold as themselves are
/// written percent-encoded (they decode to the same bytes).
inline void append_template_literal_byte(std::string &out, char c, bool segment_start) {
  static const char hex[] = "0123456789ABCDEF";
  const auto byte = static_cast<unsigned char>(c);
  const bool special = c == '%' || c == '?' || c == '#' || c == '{' || c == '}' ||
                       c == '<' || c == '>' || c == '*' || (c == ':' && segment_start) ||
                       byte < 0x20 || byte == 0x7f;
  if (!special) {
    out += c;
    return;
  }
  out += '%';
  out += hex[byte >> 4];
  out += hex[byte & 15];
}

} // namespace regex_translation

/// Translates one cpp-httplib regex route (see docs/runtime.md, "Regex
/// routes"). The regex is read as ECMAScript, as std::regex reads it:
///
///   literal characters and escaped punctuation    a literal segment
///   (\d+) ([0-9]+)                                 <uint>
///   (-?\d+) ([-+]?\d+)                             <int>
///   ([^/]+) (\w+) ([a-z0-9-]+), any class w/o '/'  :N  (N: the capture's number)
///   the same with '*', in the last segment        :N? (may be empty)
///   (.+) as the last segment                       *   (the rest of the path)
///   (.*) as the last segment                       *   (the rest, or nothing)
///
/// A leading '^' and a trailing '$' are dropped (regex_match matches the
/// whole path anyway). An unescaped '.' in a literal is taken as a dot.
inline RegexTranslation translate_regex_route(std::string_view regex) {
  using namespace regex_translation;
  RegexTranslation out;
  auto fail = [&](std::size_t at, std::string problem) {
    out.route_template.clear();
    out.problem = std::move(problem);
    out.problem_at = at;
    return out;
  };
  std::size_t begin = 0, end = regex.size();
  if (begin < end && regex[begin] == '^')
    ++begin;
  if (end > begin && regex[end - 1] == '$' && !(end - begin >= 2 && regex[end - 2] == '\\'))
    --end;
  if (begin == end)
    return fail(begin, "the regex is empty");
  if (regex[begin] != '/')
    return fail(begin, "a regex route must start with '/' (after an optional '^')");

  std::string &t = out.route_template;
  int captures = 0;
  bool segment_start = false;
  for (std::size_t i = begin; i < end;) {
    const char c = regex[i];
    if (c == '/') {
      t += '/';
      segment_start = true;
      ++i;
      continue;
    }
    if (c == '(') {
      if (!segment_start)
        return fail(i, "a capture group must span a whole segment (it follows other "
                       "characters here)");
      if (i + 1 < end && regex[i + 1] == '?')
        return fail(i, "non-capturing groups, lookaheads and named groups are not "
                       "translated");
      std::size_t close = i + 1;
      while (close < end && regex[close] != ')') {
        if (regex[close] == '(')
          return fail(close, "nested groups are not translated");
        if (regex[close] == '\\')
          ++close;
        ++close;
      }
      if (close >= end)
        return fail(i, "unbalanced '('");
      const std::string_view body = regex.substr(i + 1, close - i - 1);
      const std::size_t after = close + 1;
      if (after < end && regex[after] != '/') {
        const char q = regex[after];
        if (q == '?' || q == '*' || q == '+' || q == '{')
          return fail(after, "a quantifier on a group is not translated");
        return fail(after, "a capture group must span a whole segment (characters "
                           "follow it here)");
      }
      const bool last = after >= end;
      ++captures;
      const std::string number = std::to_string(captures);
      if (body == ".+" || body == ".*") {
        if (!last)
          return fail(i, "'(" + escape_for_message(body) +
                             ")' crosses segments, so it is only translated as the "
                             "last segment (the rest of the path)");
        t += '*';
        out.optional_rest = body == ".*";
      } else if (is_uint_body(body)) {
        t += "<uint>";
      } else if (is_int_body(body)) {
        t += "<int>";
      } else if (const char q = segment_parameter_quantifier(body)) {
        if (q == '*' && !last)
          return fail(i, "'(" + escape_for_message(body) +
                             ")' may match an empty segment; that is only translated as "
                             "the last segment");
        t += ':';
        t += number;
        if (q == '*')
          t += '?';
      } else {
        return fail(i + 1, "capture group '(" + escape_for_message(body) +
                               ")' is not a shape labelguard translates (a whole segment "
                               "of \\d+, [0-9]+, -?\\d+, [^/]+, \\w+, a class without "
                               "'/' with + or *, or (.+) / (.*) at the end)");
      }
      segment_start = false;
      i = after;
      continue;
    }
    if (c == '\\') {
      if (i + 1 >= end)
        return fail(i, "a trailing '\\'");
      const char e = regex[i + 1];
      if (is_alnum(e))
        return fail(i, std::string("'\\") + e +
                           "' outside a capture group is not translated (only whole-"
                           "segment captures are)");
      if (e == '/') {
        t += '/';
        segment_start = true;
      } else if (e == '?' || e == '#') {
        return fail(i, std::string("a literal '") + e +
                           "' in a path: route_label() reads it as the start of a query "
                           "or fragment, so no path could match it");
      } else {
        append_template_literal_byte(t, e, segment_start);
        segment_start = false;
      }
      i += 2;
    } else if (c == '[') {
      return fail(i, "a character class outside a capture group is not translated");
    } else if (c == '<' || c == '{' || c == '}' || c == '>') {
      return fail(i, std::string("'") + c +
                         "' looks like another framework's route template, not a regex "
                         "(use declare_route or register_route for templates)");
    } else if (c == '*' || c == '+' || c == '?' || c == '|' || c == ')' || c == '^' ||
               c == '$') {
      return fail(i, std::string("'") + c + "' (a regex operator here) is not translated");
    } else if (c == '#') {
      return fail(i, "a literal '#' in a path: route_label() reads it as the start of a "
                     "fragment, so no path could match it");
    } else {
      // '.' too: "/favicon.ico" means the dot (see docs/runtime.md).
      append_template_literal_byte(t, c, segment_start);
      segment_start = false;
      ++i;
    }
    if (i < end && (regex[i] == '*' || regex[i] == '+' || regex[i] == '?' || regex[i] == '{'))
      return fail(i, std::string("a quantifier ('") + regex[i] +
                         "') on a literal is not translated");
  }
  const ParsedTemplate parsed = parse_route_template(t);
  if (!parsed.ok())
    return fail(begin, "its translation \"" + escape_for_message(t) + "\" is not a template: " +
                           parsed.problem);
  return out;
}

/// "labelguard: cannot translate the regex route "/a/(x|y)": ... (at offset 3)"
inline std::string describe_regex_problem(std::string_view regex,
                                          const RegexTranslation &translation) {
  return "labelguard: cannot translate the regex route \"" + escape_for_message(regex) +
         "\": " + translation.problem + " (at offset " +
         std::to_string(translation.problem_at) + ")";
}

/// The parsed form to insert: the template's, with "(.*)"'s rest optional.
inline ParsedTemplate parse_translation(const RegexTranslation &translation) {
  ParsedTemplate parsed = parse_route_template(translation.route_template);
  if (translation.optional_rest && !parsed.segments.empty())
    parsed.segments.back().optional = true;
  return parsed;
}

} // namespace labelguard::detail

#endif // LABELGUARD_DETAIL_REGEX_ROUTE_HPP
