// Stub of Crow's include/crow/utility.h: the compile-time parameter tag of a
// route ("<int>" -> int64_t, "<uint>" -> uint64_t, "<double>" -> double,
// "<string>"/"<path>" -> std::string) that CROW_ROUTE turns into the
// argument types of TaggedRule.
#pragma once

#include <cstdint>
#include <string>

namespace crow {
namespace black_magic {

template <typename... T> struct S {
  template <typename U> using push = S<U, T...>;
  template <template <typename... Args> class U> using rebind = U<T...>;
};

constexpr bool starts_with(const char *s, const char *word) {
  for (; *word; ++s, ++word)
    if (*s != *word)
      return false;
  return true;
}

constexpr uint64_t get_parameter_tag(const char *s) {
  uint64_t tag = 0, scale = 1;
  for (; *s; ++s) {
    if (*s != '<')
      continue;
    ++s;
    unsigned code = starts_with(s, "int>")                                  ? 1
                    : starts_with(s, "uint>")                               ? 2
                    : starts_with(s, "float>") || starts_with(s, "double>") ? 3
                    : starts_with(s, "str>") || starts_with(s, "string>")   ? 4
                    : starts_with(s, "path>")                               ? 5
                                                                            : 0;
    tag += code * scale;
    scale *= 6;
  }
  return tag;
}

template <int N> struct single_tag_to_type {};
template <> struct single_tag_to_type<1> { using type = int64_t; };
template <> struct single_tag_to_type<2> { using type = uint64_t; };
template <> struct single_tag_to_type<3> { using type = double; };
template <> struct single_tag_to_type<4> { using type = std::string; };
template <> struct single_tag_to_type<5> { using type = std::string; };

template <uint64_t Tag> struct arguments {
  using subarguments = typename arguments<Tag / 6>::type;
  using type = typename subarguments::template push<
      typename single_tag_to_type<Tag % 6>::type>;
};
template <> struct arguments<0> { using type = S<>; };

} // namespace black_magic
} // namespace crow
