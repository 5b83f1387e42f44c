// Stub of Oat++'s src/oatpp/web/protocol/http/outgoing/Response.hpp (1.3):
// the status and the response headers.
#pragma once

#include "oatpp/core/Types.hpp"
#include "oatpp/web/protocol/http/Http.hpp"

namespace oatpp {
namespace web {
namespace protocol {
namespace http {
namespace outgoing {

class Response {
public:
  const Status &getStatus() const;
  void putHeader(const oatpp::String &key, const oatpp::String &value);
  bool putHeaderIfNotExists(const oatpp::String &key, const oatpp::String &value);
};

} // namespace outgoing
} // namespace http
} // namespace protocol
} // namespace web
} // namespace oatpp
