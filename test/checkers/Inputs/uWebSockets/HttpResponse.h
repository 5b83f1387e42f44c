// Stub of uWebSockets' src/HttpResponse.h.
#pragma once

#include <string_view>
#include "AsyncSocket.h"

namespace uWS {
template <bool SSL> struct HttpResponse : public AsyncSocket<SSL> {
  HttpResponse *writeStatus(std::string_view status);
  HttpResponse *writeHeader(std::string_view key, std::string_view value);
  void end(std::string_view data = {}, bool closeConnection = false);
};
} // namespace uWS
