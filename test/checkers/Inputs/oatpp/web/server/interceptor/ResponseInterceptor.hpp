// Stub of Oat++'s src/oatpp/web/server/interceptor/ResponseInterceptor.hpp
// (1.3).
#pragma once

#include <memory>
#include "oatpp/web/protocol/http/Http.hpp"
#include "oatpp/web/protocol/http/incoming/Request.hpp"
#include "oatpp/web/protocol/http/outgoing/Response.hpp"

namespace oatpp {
namespace web {
namespace server {
namespace interceptor {

class ResponseInterceptor {
public:
  typedef oatpp::web::protocol::http::incoming::Request IncomingRequest;
  typedef oatpp::web::protocol::http::outgoing::Response OutgoingResponse;

public:
  virtual ~ResponseInterceptor() = default;
  virtual std::shared_ptr<OutgoingResponse>
  intercept(const std::shared_ptr<IncomingRequest> &request,
            const std::shared_ptr<OutgoingResponse> &response) = 0;
};

} // namespace interceptor
} // namespace server
} // namespace web
} // namespace oatpp
