// Stub of Oat++'s src/oatpp/web/server/api/ApiController.hpp (1.3) and of
// the ENDPOINT codegen macro (src/oatpp/codegen/api_controller/
// base_define.hpp), simplified: ENDPOINT declares the endpoint (its info's
// path is the router prefix joined to PATH at run time) and the handler,
// whose parameters PATH(...) and REQUEST(...) name.
#pragma once

#include <memory>
#include "oatpp/core/Types.hpp"
#include "oatpp/web/protocol/http/incoming/Request.hpp"
#include "oatpp/web/protocol/http/outgoing/Response.hpp"
#include "oatpp/web/server/api/Endpoint.hpp"

#define PATH(TYPE, NAME, ...) TYPE NAME
#define REQUEST(TYPE, NAME) TYPE NAME
#define ENDPOINT(METHOD, PATH, NAME, ...)                                     \
  const std::shared_ptr<oatpp::web::server::api::Endpoint> Z__ENDPOINT_##NAME = \
      createEndpoint(m_endpoints, METHOD, PATH);                              \
  std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> NAME(__VA_ARGS__)

namespace oatpp {
namespace web {
namespace server {
namespace api {

class ApiController {
public:
  typedef oatpp::web::protocol::http::incoming::Request IncomingRequest;
  typedef oatpp::web::protocol::http::outgoing::Response OutgoingResponse;

protected:
  Endpoints m_endpoints;
  const oatpp::String m_routerPrefix;

  std::shared_ptr<Endpoint> createEndpoint(Endpoints &endpoints,
                                           const char *method,
                                           const char *path);

public:
  ApiController(const std::shared_ptr<oatpp::data::mapping::ObjectMapper> &defaultObjectMapper,
                const oatpp::String &routerPrefix = nullptr);
  virtual ~ApiController() = default;
  const Endpoints &getEndpoints();
};

} // namespace api
} // namespace server
} // namespace web
} // namespace oatpp
