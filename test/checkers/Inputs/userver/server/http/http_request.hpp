// Stub of userver's core/include/userver/server/http/http_request.hpp (2.x).
#pragma once

#ifndef USERVER_NAMESPACE
#define USERVER_NAMESPACE userver
#define USERVER_NAMESPACE_BEGIN namespace USERVER_NAMESPACE {
#define USERVER_NAMESPACE_END }
#endif

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
#include <userver/engine/io/sockaddr.hpp>
#include <userver/http/header_map.hpp>

USERVER_NAMESPACE_BEGIN

namespace server::http {

class HttpResponse {
public:
  void SetHeader(std::string name, std::string value);
};

class HttpRequest final {
public:
  using HeadersMap = USERVER_NAMESPACE::http::headers::HeaderMap;
  using CookiesMap = std::unordered_map<std::string, std::string>;

  const std::string &GetMethodStr() const;
  const std::string &GetUrl() const;
  const std::string &GetRequestPath() const;
  const std::string &GetHost() const;
  const engine::io::Sockaddr &GetRemoteAddress() const;
  const std::string &GetArg(std::string_view arg_name) const;
  const std::vector<std::string> &GetArgVector(std::string_view arg_name) const;
  bool HasArg(std::string_view arg_name) const;
  size_t ArgCount() const;
  std::vector<std::string> ArgNames() const;
  const std::string &GetPathArg(std::string_view arg_name) const;
  const std::string &GetPathArg(size_t index) const;
  bool HasPathArg(std::string_view arg_name) const;
  size_t PathArgCount() const;
  const std::string &GetHeader(std::string_view header_name) const;
  bool HasHeader(std::string_view header_name) const;
  size_t HeaderCount() const;
  const HeadersMap &GetHeaders() const;
  const std::string &GetCookie(const std::string &cookie_name) const;
  bool HasCookie(const std::string &cookie_name) const;
  const CookiesMap &RequestCookies() const;
  const std::string &RequestBody() const;
  std::string ExtractRequestBody();
  HttpResponse &GetHttpResponse() const;
};

} // namespace server::http

USERVER_NAMESPACE_END
