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
// Word-at-a-time over little-endian words, so that hashing raw bytes in one
// pass and feeding decoded bytes one at a time give the same value: the fast
// path (no '%') never has to copy the segment.

inline std::uint64_t hash_mix(std::uint64_t h, std::uint64_t word) noexcept {
  h ^= word;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 32;
  return h;
}

inline std::uint64_t hash_finish(std::uint64_t h, std::size_t length) noexcept {
  h ^= static_cast<std::uint64_t>(length);
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

inline std::uint64_t load_le64(const char *p) noexcept {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  w = __builtin_bswap64(w);
#endif
  return w;
}

inline constexpr std::uint64_t kDefaultHashSeed = 0x9E3779B97F4A7C15ULL;

inline std::uint64_t hash_bytes(const char *p, std::size_t n,
                                std::uint64_t seed = kDefaultHashSeed) noexcept {
  std::uint64_t h = seed;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8)
    h = hash_mix(h, load_le64(p + i));
  if (i < n) {
    std::uint64_t w = 0;
    for (unsigned k = 0; i + k < n; ++k)
      w |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i + k])) << (8 * k);
    h = hash_mix(h, w);
  }
  return hash_finish(h, n);
}

inline std::uint64_t hash_bytes(std::string_view s,
                                std::uint64_t seed = kDefaultHashSeed) noexcept {
  return hash_bytes(s.data(), s.size(), seed);
}

/// The same hash, fed one byte at a time.
class StreamingHash {
public:
  explicit StreamingHash(std::uint64_t seed = kDefaultHashSeed) noexcept : h_(seed) {}
  void push(unsigned char c) noexcept {
    word_ |= static_cast<std::uint64_t>(c) << (8 * fill_);
    ++length_;
    if (++fill_ == 8) {
      h_ = hash_mix(h_, word_);
      word_ = 0;
      fill_ = 0;
    }
  }
  std::size_t length() const noexcept { return length_; }
  std::uint64_t finish() const noexcept {
    std::uint64_t h = h_;
    if (fill_ != 0)
      h = hash_mix(h, word_);
    return hash_finish(h, length_);
  }

private:
  std::uint64_t h_;
  std::uint64_t word_ = 0;
  unsigned fill_ = 0;
  std::size_t length_ = 0;
};

/// Hash of the percent-decoded bytes of [begin, end); also reports the decoded
/// length.
inline std::uint64_t hash_decoded(const char *begin, const char *end,
                                  std::size_t &decoded_length) noexcept {
  StreamingHash h;
  for (const char *p = begin; p < end;)
    h.push(next_decoded_byte(p, end));
  decoded_length = h.length();
  return h.finish();
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
