// Stub of drogon/HttpAppFramework.h (drogonframework/drogon, lib/inc/drogon)
// for labelguard's Drogon adapter: HttpHandlerInfo, the virtual
// getHandlersInfo() const, instance() and app() have Drogon's names and
// signatures. The tests set the handler list the real framework would build.
#pragma once

#include <drogon/HttpTypes.h>

#include <string>
#include <tuple>
#include <vector>

namespace drogon {

using HttpHandlerInfo = std::tuple<std::string, HttpMethod, std::string>;

class HttpAppFramework {
public:
  virtual ~HttpAppFramework() = default;
  static HttpAppFramework &instance();

  /// Get information about the handlers registered to drogon: the path
  /// pattern, the method and a description.
  virtual std::vector<HttpHandlerInfo> getHandlersInfo() const { return handlers_; }

  // Not Drogon's: how the tests play the framework's router.
  std::vector<HttpHandlerInfo> handlers_;
};

inline HttpAppFramework &HttpAppFramework::instance() {
  static HttpAppFramework app;
  return app;
}

inline HttpAppFramework &app() { return HttpAppFramework::instance(); }

} // namespace drogon
