// How the bytes of one path segment are read: percent-decoding, hashing and
// the numeric classes that typed parameters (`<int>`, `<uint>`, `<double>`)
// accept. Templates and request paths go through the same functions, so a
// literal compares equal exactly when its decoded bytes do.
#ifndef LABELGUARD_DETAIL_SEGMENT_TEXT_HPP
#define LABELGUARD_DETAIL_SEGMENT_TEXT_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "labelguard/detail/config.hpp"

namespace labelguard::detail {

inline int hex_digit_value(char c) noexcept {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/// Reads one decoded byte at `p` and advances past it. A '%' that is not
/// followed by two hex digits stands for itself: servers disagree on how to
/// reject those, and a label must never depend on which one we picked.
inline unsigned char next_decoded_byte(const char *&p, const char *end) noexcept {
  if (*p == '%' && end - p >= 3) {
    const int hi = hex_digit_value(p[1]);
    const int lo = hex_digit_value(p[2]);
    if (hi >= 0 && lo >= 0) {
      p += 3;
      return static_cast<unsigned char>((hi << 4) | lo);
    }
  }
  return static_cast<unsigned char>(*p++);
}

/// Appends the decoded form of [begin, end) to `out` (any container with
/// push_back(char)).
template <class Out>
void append_decoded(const char *begin, const char *end, Out &out) {
  for (const char *p = begin; p < end;)
    out.push_back(static_cast<char>(next_decoded_byte(p, end)));
}

// --- hashing -----------------------------------------------------------------
// A wyhash-style hash: one 64x64->128 multiply per 16 bytes, unaligned loads
// that never read outside [p, p + n). Literal segments are short, so this is
// a handful of cycles where a byte-at-a-time hash would cost one per byte.
// Percent-encoded segments are decoded into a buffer first (see RouteTrie),
// so one function serves raw and decoded bytes alike.

inline std::uint64_t load_le64(const char *p) noexcept {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  w = __builtin_bswap64(w);
#endif
  return w;
}

inline std::uint64_t load_le32(const char *p) noexcept {
  std::uint32_t w;
  std::memcpy(&w, p, sizeof w);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  w = __builtin_bswap32(w);
#endif
  return w;
}

/// 64x64 -> 128-bit multiply, folded: the mixing step of wyhash.
inline std::uint64_t hash_mix(std::uint64_t a, std::uint64_t b) noexcept {
#if defined(__SIZEOF_INT128__)
  __extension__ typedef unsigned __int128 u128; // not ISO C++; quiet under -Wpedantic
  const u128 r = static_cast<u128>(a) * b;
  return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
#else
  const std::uint64_t lo_a = a & 0xffffffffu, hi_a = a >> 32;
  const std::uint64_t lo_b = b & 0xffffffffu, hi_b = b >> 32;
  const std::uint64_t ll = lo_a * lo_b, lh = lo_a * hi_b, hl = hi_a * lo_b, hh = hi_a * hi_b;
  const std::uint64_t mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
  const std::uint64_t lo = (mid << 32) | (ll & 0xffffffffu);
  const std::uint64_t hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
  return lo ^ hi;
#endif
}

inline constexpr std::uint64_t kDefaultHashSeed = 0x9E3779B97F4A7C15ULL;
inline constexpr std::uint64_t kHashSecret1 = 0xe7037ed1a0b428dbULL;
inline constexpr std::uint64_t kHashSecret2 = 0x8ebc6af09c88c6e3ULL;

LABELGUARD_ALWAYS_INLINE std::uint64_t hash_bytes(const char *p, std::size_t n,
                                std::uint64_t seed = kDefaultHashSeed) noexcept {
  std::uint64_t a, b;
  if (n <= 16) {
    if (n >= 4) {
      // Two (possibly overlapping) 4-byte loads from each end cover 4..16.
      const std::size_t quarter = (n >> 3) << 2;
      a = (load_le32(p) << 32) | load_le32(p + quarter);
      b = (load_le32(p + n - 4) << 32) | load_le32(p + n - 4 - quarter);
    } else if (n > 0) {
      a = (static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
          (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) |
          static_cast<unsigned char>(p[n - 1]);
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    std::size_t i = n;
    for (; i > 16; i -= 16, p += 16)
      seed = hash_mix(load_le64(p) ^ kHashSecret1, load_le64(p + 8) ^ seed);
    a = load_le64(p + i - 16);
    b = load_le64(p + i - 8);
  }
  // One multiply less than wyhash's finish: these hashes only pick a slot in
  // tables of developer-chosen keys, and every candidate's key is compared.
  return hash_mix(a ^ kHashSecret1 ^ n, b ^ seed ^ kHashSecret2);
}

inline std::uint64_t hash_bytes(std::string_view s,
                                std::uint64_t seed = kDefaultHashSeed) noexcept {
  return hash_bytes(s.data(), s.size(), seed);
}

/// Equality of two byte ranges of the same length `n`, inline: the keys are
/// short, and a call to memcmp costs more than comparing them.
LABELGUARD_ALWAYS_INLINE bool same_bytes(const char *a, const char *b, std::size_t n) noexcept {
  for (; n >= 8; n -= 8, a += 8, b += 8)
    if (load_le64(a) != load_le64(b))
      return false;
  for (; n > 0; --n, ++a, ++b)
    if (*a != *b)
      return false;
  return true;
}

/// True when the percent-decoded bytes of [begin, end) equal `key`.
inline bool decoded_equals(const char *begin, const char *end,
                           std::string_view key) noexcept {
  std::size_t i = 0;
  for (const char *p = begin; p < end; ++i) {
    if (i == key.size() ||
        next_decoded_byte(p, end) != static_cast<unsigned char>(key[i]))
      return false;
  }
  return i == key.size();
}

// --- finding segment ends ------------------------------------------------------

/// Bytes of `w` equal to `c` as 0x80 in their lane. Lanes above a true match
/// may be false positives (the subtraction borrows), so only the lowest set
/// bit is meaningful, which is all we use.
inline std::uint64_t lanes_equal(std::uint64_t w, unsigned char c) noexcept {
  const std::uint64_t x = w ^ (0x0101010101010101ULL * c);
  return (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
}

inline unsigned lowest_lane(std::uint64_t mask) noexcept {
  return static_cast<unsigned>(__builtin_ctzll(mask)) >> 3;
}

/// The end of the segment starting at `p`: the first '/', '?' or '#' in
/// [p, end), or `end`. Sets `percent` if a '%' comes before it. Eight bytes
/// per step: request paths carry long ids, and this loop sees every byte.
LABELGUARD_ALWAYS_INLINE const char *segment_end(const char *p, const char *end, bool &percent) noexcept {
  while (end - p >= 8) {
    const std::uint64_t w = load_le64(p);
    const std::uint64_t stop = lanes_equal(w, '/') | lanes_equal(w, '?') | lanes_equal(w, '#');
    const std::uint64_t pct = lanes_equal(w, '%');
    if (stop != 0) {
      const unsigned at = lowest_lane(stop);
      if (pct != 0 && lowest_lane(pct) < at)
        percent = true;
      return p + at;
    }
    percent = percent || pct != 0;
    p += 8;
  }
  for (; p < end; ++p) {
    const char c = *p;
    if (c == '/' || c == '?' || c == '#')
      return p;
    percent = percent || c == '%';
  }
  return end;
}

// --- numeric classes -----------------------------------------------------------

/// The most specific typed parameter a segment satisfies. Each class is a
/// subset of the next (every uint is an int, every int a double), which is
/// what makes "most specific typed parameter first" a total order.
enum class NumericClass : std::uint8_t {
  unsigned_integer, ///< `<uint>`: one or more ASCII digits
  signed_integer,   ///< `<int>`: an optional '+' or '-', then digits
  decimal,          ///< `<double>`/`<float>`: [sign] digits[.digits] or .digits, [e[sign]digits]
  text,             ///< none of the above
};

/// Classifies the decoded bytes of [begin, end). One pass, no allocation; no
/// locale, no strtod (which would also accept "inf", "nan" and hex floats).
inline NumericClass classify_number(const char *begin, const char *end) noexcept {
  const char *p = begin;
  if (p == end)
    return NumericClass::text;
  unsigned char c = next_decoded_byte(p, end);
  bool sign = false;
  if (c == '+' || c == '-') {
    sign = true;
    if (p == end)
      return NumericClass::text;
    c = next_decoded_byte(p, end);
  }
  bool int_digits = false, dot = false, frac_digits = false, exponent = false;
  for (;;) {
    if (c >= '0' && c <= '9') {
      (dot ? frac_digits : int_digits) = true;
    } else if (c == '.' && !dot) {
      dot = true;
    } else if ((c == 'e' || c == 'E') && (int_digits || frac_digits)) {
      exponent = true;
      break;
    } else {
      return NumericClass::text;
    }
    if (p == end)
      break;
    c = next_decoded_byte(p, end);
  }
  if (exponent) {
    if (p == end)
      return NumericClass::text;
    c = next_decoded_byte(p, end);
    if (c == '+' || c == '-') {
      if (p == end)
        return NumericClass::text;
      c = next_decoded_byte(p, end);
    }
    for (;;) {
      if (c < '0' || c > '9')
        return NumericClass::text;
      if (p == end)
        break;
      c = next_decoded_byte(p, end);
    }
    return NumericClass::decimal;
  }
  if (!int_digits && !frac_digits)
    return NumericClass::text;
  if (dot)
    return NumericClass::decimal;
  return sign ? NumericClass::signed_integer : NumericClass::unsigned_integer;
}

} // namespace labelguard::detail

#endif // LABELGUARD_DETAIL_SEGMENT_TEXT_HPP
