// Stub of Envoy's header map (envoyproxy/envoy, envoy/http/header_map.h):
// the qualified names and signatures a filter uses to read a request's
// headers. Bodies are left out; only declarations matter to the check.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace Envoy {
namespace Http {

class LowerCaseString {
public:
  explicit LowerCaseString(const std::string &new_string) : string_(new_string) {}
  explicit LowerCaseString(const char *new_string) : string_(new_string) {}
  const std::string &get() const { return string_; }

private:
  std::string string_;
};

class HeaderString {
public:
  std::string_view getStringView() const;
  bool empty() const;
};

class HeaderEntry {
public:
  virtual ~HeaderEntry() = default;
  virtual const HeaderString &key() const = 0;
  virtual const HeaderString &value() const = 0;
};

class HeaderMap {
public:
  // The entries of one header name, possibly several.
  class GetResult {
  public:
    bool empty() const;
    size_t size() const;
    const HeaderEntry *operator[](size_t i) const;
  };
  virtual ~HeaderMap() = default;
  virtual GetResult get(const LowerCaseString &key) const = 0;
};

class RequestHeaderMap : public HeaderMap {
public:
  // The pseudo-headers of HTTP/2 and their HTTP/1 equivalents.
  virtual std::string_view getPathValue() const = 0;
  virtual std::string_view getHostValue() const = 0;
  virtual std::string_view getMethodValue() const = 0;
  virtual const HeaderEntry *Path() const = 0;
  virtual const HeaderEntry *Host() const = 0;
};

} // namespace Http
} // namespace Envoy
