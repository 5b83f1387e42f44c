// Stub of Proxygen's proxygen/lib/http/HTTPMessage.h (main): the
// request getters.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <folly/Range.h>
#include <folly/SocketAddress.h>
#include <proxygen/lib/http/HTTPHeaders.h>

namespace proxygen {
class HTTPMessage {
public:
  HTTPMessage();
  const folly::SocketAddress &getClientAddress() const;
  const std::string &getClientIP() const;
  const std::string &getClientPort() const;
  const folly::SocketAddress &getDstAddress() const;
  const std::string &getDstIP() const;
  const std::string &getMethodString() const;
  const std::string &getURL() const;
  const std::string &getPath() const;
  folly::StringPiece getPathAsStringPiece() const;
  const std::string &getQueryString() const;
  folly::StringPiece getQueryStringAsStringPiece() const;
  const std::string &getVersionString() const;
  HTTPHeaders &getHeaders();
  const HTTPHeaders &getHeaders() const;
  HTTPHeaders &&extractHeaders();
  HTTPHeaders *getTrailers();
  void setStatusCode(uint16_t status);
  uint16_t getStatusCode() const;
  bool hasQueryParam(const std::string &name) const;
  const std::string *getQueryParamPtr(const std::string &name) const;
  const std::string &getQueryParam(const std::string &name) const;
  int getIntQueryParam(const std::string &name) const;
  int getIntQueryParam(const std::string &name, int defval) const;
  std::string getDecodedQueryParam(const std::string &name) const;
  const std::map<std::string, std::string> &getQueryParams() const;
  const folly::StringPiece getCookie(const std::string &name) const;
  bool isSecure() const;
};
} // namespace proxygen
