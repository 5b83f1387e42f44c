// Stub of Drogon's lib/inc/drogon/HttpSimpleController.h (v1.9): PATH_ADD
// and the registration it expands to, with the real names and signatures.
#pragma once

#include <functional>
#include <string>
#include <vector>
#include <drogon/HttpAppFramework.h>

#define PATH_LIST_BEGIN                                                       \
  static void initPathRouting() {
#define PATH_ADD(path, ...) registerSelf__(path, {__VA_ARGS__})
#define PATH_LIST_END }

namespace drogon {
class HttpSimpleControllerBase {
public:
  virtual void
  asyncHandleHttpRequest(const HttpRequestPtr &req,
                         std::function<void(const HttpResponsePtr &)> &&callback) = 0;
  virtual ~HttpSimpleControllerBase() {}
};

template <typename T, bool AutoCreation = true>
class HttpSimpleController : public HttpSimpleControllerBase {
public:
  static const bool isAutoCreation = AutoCreation;
  static const std::string &classTypeName();

protected:
  static void
  registerSelf__(const std::string &path,
                 const std::vector<internal::HttpConstraint> &constraints);
};
} // namespace drogon
