// Stub of Drogon's lib/inc/drogon/HttpController.h (v1.9): the controller
// macros and the registration they expand to, with the real names and
// signatures. METHOD_ADD prefixes the pattern with the class's name at run
// time; ADD_METHOD_TO takes the path as written.
#pragma once

#include <string>
#include <vector>
#include <drogon/HttpAppFramework.h>

#define METHOD_LIST_BEGIN                                                     \
  static void initPathRouting() {
#define METHOD_ADD(method, pattern, ...)                                      \
  registerMethod(&method, pattern, {__VA_ARGS__}, true, #method)
#define ADD_METHOD_TO(method, path_pattern, ...)                              \
  registerMethod(&method, path_pattern, {__VA_ARGS__}, false, #method)
#define ADD_METHOD_VIA_REGEX(method, regex, ...)                              \
  registerMethodViaRegex(&method, regex, {__VA_ARGS__}, #method)
#define METHOD_LIST_END                                                       \
  return;                                                                     \
  }

namespace drogon {
class HttpControllerBase {};

template <typename T, bool AutoCreation = true>
class HttpController : public HttpControllerBase {
public:
  static constexpr bool isAutoCreation = AutoCreation;
  static const std::string &classTypeName();

protected:
  template <typename FUNCTION>
  static void
  registerMethod(FUNCTION &&function, const std::string &pattern,
                 const std::vector<internal::HttpConstraint> &constraints = {},
                 bool classNameInPath = true,
                 const std::string &handlerName = "") {
    app().registerHandler(classNameInPath ? "/" + classTypeName() + pattern
                                          : pattern,
                          function, constraints, handlerName);
  }

  template <typename FUNCTION>
  static void registerMethodViaRegex(
      FUNCTION &&function, const std::string &regExp,
      const std::vector<internal::HttpConstraint> &constraints =
          std::vector<internal::HttpConstraint>{},
      const std::string &handlerName = "") {
    app().registerHandlerViaRegex(regExp, function, constraints, handlerName);
  }
};
} // namespace drogon
