// Stub of uWebSockets' src/App.h: route registration.
#pragma once

#include <functional>
#include <string>
#include "HttpParser.h"
#include "HttpResponse.h"

namespace uWS {
template <bool SSL> struct TemplatedApp {
  TemplatedApp &&get(std::string pattern,
                     std::function<void(HttpResponse<SSL> *, HttpRequest *)> &&handler);
  TemplatedApp &&post(std::string pattern,
                      std::function<void(HttpResponse<SSL> *, HttpRequest *)> &&handler);
  TemplatedApp &&any(std::string pattern,
                     std::function<void(HttpResponse<SSL> *, HttpRequest *)> &&handler);
  void run();
};
typedef TemplatedApp<false> App;
typedef TemplatedApp<true> SSLApp;
} // namespace uWS
