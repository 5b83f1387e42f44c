// Stub of muduo's HTTP request (chenshuo/muduo, muduo/net/http/HttpRequest.h):
// the qualified names and signatures a handler uses.
#pragma once

#include <map>
#include <string>

namespace muduo {
using string = std::string;
namespace net {

class HttpRequest {
public:
  enum Method { kInvalid, kGet, kPost, kHead, kPut, kDelete };
  Method method() const;
  const char *methodString() const;
  const string &path() const;
  const string &query() const;
  string getHeader(const string &field) const;
  const std::map<string, string> &headers() const;
};

} // namespace net
} // namespace muduo
