// Stub of Drogon's lib/inc/drogon/HttpAppFramework.h: handler registration
// with placeholder parameters.
#pragma once

#include <functional>
#include <string>
#include <tuple>
#include <vector>
#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>

namespace drogon {
namespace internal {
class HttpConstraint {
public:
  HttpConstraint(HttpMethod method);
  HttpConstraint(const std::string &filterName);
  HttpConstraint(const char *filterName);
};
} // namespace internal

using HttpHandlerInfo = std::tuple<std::string, HttpMethod, std::string>;

class HttpAppFramework {
public:
  virtual ~HttpAppFramework();
  static HttpAppFramework &instance();

  template <typename FUNCTION>
  HttpAppFramework &registerHandler(
      const std::string &pathPattern, FUNCTION &&function,
      const std::vector<internal::HttpConstraint> &filtersAndMethods =
          std::vector<internal::HttpConstraint>{},
      const std::string &handlerName = "") {
    registerHttpController(pathPattern, handlerName);
    return *this;
  }

  template <typename FUNCTION>
  HttpAppFramework &registerHandlerViaRegex(
      const std::string &regExp, FUNCTION &&function,
      const std::vector<internal::HttpConstraint> &filtersAndMethods =
          std::vector<internal::HttpConstraint>{},
      const std::string &handlerName = "") {
    registerHttpController(regExp, handlerName);
    return *this;
  }

  virtual std::vector<HttpHandlerInfo> getHandlersInfo() const = 0;
  template <typename T> T *getPlugin();
  virtual HttpAppFramework &registerPostHandlingAdvice(
      const std::function<void(const HttpRequestPtr &, const HttpResponsePtr &)>
          &advice) = 0;

private:
  virtual void registerHttpController(const std::string &pathPattern,
                                      const std::string &handlerName) = 0;
};

inline HttpAppFramework &app() { return HttpAppFramework::instance(); }
} // namespace drogon
