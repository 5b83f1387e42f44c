// Stub of Abseil's absl/strings/str_cat.h (LTS 2023-08-02): StrCat lives in
// the inline namespace absl::lts_20230802 and takes AlphaNum pieces.
#pragma once

#include <string>
#include <string_view>

namespace absl {
inline namespace lts_20230802 {
class AlphaNum {
public:
  AlphaNum(int x);
  AlphaNum(const char *c_str);
  AlphaNum(std::string_view pc);
  AlphaNum(const std::string &str);
};
std::string StrCat(const AlphaNum &a);
std::string StrCat(const AlphaNum &a, const AlphaNum &b);
std::string StrCat(const AlphaNum &a, const AlphaNum &b, const AlphaNum &c);
void StrAppend(std::string *dest, const AlphaNum &a);
} // namespace lts_20230802
} // namespace absl
