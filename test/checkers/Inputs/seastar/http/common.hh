// Stub of Seastar's include/seastar/http/common.hh: the router's captures.
#pragma once

#include <unordered_map>
#include <seastar/core/sstring.hh>

namespace seastar {
namespace httpd {

class parameters {
  std::unordered_map<sstring, sstring> params;

public:
  const sstring &path(const sstring &key) const;
  sstring operator[](const sstring &key) const;
  const sstring &at(const sstring &key) const;
  sstring get_decoded_param(const sstring &key) const;
  bool exists(const sstring &key) const;
  void set(const sstring &key, const sstring &value);
  void clear();
};

enum operation_type { GET, POST, PUT, DELETE, HEAD, OPTIONS, TRACE, CONNECT, NUM_OPERATION };

} // namespace httpd
} // namespace seastar
