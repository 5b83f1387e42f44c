// Stub of Drogon's lib/inc/drogon/HttpRequest.h (v1.9): the accessors the
// check knows, with their real signatures.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
#include <drogon/HttpTypes.h>
#include <trantor/net/InetAddress.h>

namespace Json {
class Value;
} // namespace Json

namespace drogon {
namespace utils {
namespace internal {
struct SafeStringHash {
  std::size_t operator()(const std::string &s) const;
};
} // namespace internal
template <typename T> T fromString(const std::string &p);
} // namespace utils

template <typename T>
using SafeStringMap =
    std::unordered_map<std::string, T, utils::internal::SafeStringHash>;

class HttpRequest;
using HttpRequestPtr = std::shared_ptr<HttpRequest>;

class HttpRequest {
public:
  virtual const char *methodString() const = 0;
  const char *getMethodString() const { return methodString(); }
  virtual HttpMethod method() const = 0;
  HttpMethod getMethod() const { return method(); }

  virtual const std::string &getHeader(std::string key) const = 0;
  virtual void addHeader(std::string field, const std::string &value) = 0;
  virtual const std::string &getCookie(const std::string &field) const = 0;
  virtual const SafeStringMap<std::string> &headers() const = 0;
  const SafeStringMap<std::string> &getHeaders() const { return headers(); }
  virtual const SafeStringMap<std::string> &cookies() const = 0;
  const SafeStringMap<std::string> &getCookies() const { return cookies(); }

  virtual const std::string &query() const = 0;
  const std::string &getQuery() const { return query(); }

  std::string_view body() const {
    return std::string_view(bodyData(), bodyLength());
  }
  std::string_view getBody() const { return body(); }
  virtual const char *bodyData() const = 0;
  virtual size_t bodyLength() const = 0;

  virtual const std::string &path() const = 0;
  virtual const std::string &getOriginalPath() const = 0;
  const std::string &getPath() const { return path(); }

  std::string_view getMatchedPathPattern() const {
    return matchedPathPattern();
  }
  std::string_view matchedPathPattern() const {
    return std::string_view(matchedPathPatternData(),
                            matchedPathPatternLength());
  }
  virtual const std::vector<std::string> &getRoutingParameters() const = 0;
  virtual const char *matchedPathPatternData() const = 0;
  virtual size_t matchedPathPatternLength() const = 0;

  virtual const SafeStringMap<std::string> &parameters() const = 0;
  const SafeStringMap<std::string> &getParameters() const {
    return parameters();
  }
  virtual const std::string &getParameter(const std::string &key) const = 0;
  template <typename T>
  std::optional<T> getOptionalParameter(const std::string &key) {
    auto &params = getParameters();
    auto it = params.find(key);
    if (it != params.end())
      return std::optional<T>(drogon::utils::fromString<T>(it->second));
    return std::optional<T>{};
  }

  virtual const trantor::InetAddress &peerAddr() const = 0;
  const trantor::InetAddress &getPeerAddr() const { return peerAddr(); }
  virtual const trantor::InetAddress &localAddr() const = 0;

  virtual const std::shared_ptr<Json::Value> &jsonObject() const = 0;
  const std::shared_ptr<Json::Value> &getJsonObject() const {
    return jsonObject();
  }

  virtual ~HttpRequest() {}
};

} // namespace drogon
