// Stub of Seastar's include/seastar/http/reply.hh.
#pragma once

#include <unordered_map>
#include <seastar/core/sstring.hh>

namespace seastar {
namespace http {
struct reply {
  std::unordered_map<sstring, sstring> _headers;
  sstring _content;
  reply &add_header(const sstring &h, const sstring &value);
  void write_body(const sstring &content_type, sstring content);
};
} // namespace http
} // namespace seastar
