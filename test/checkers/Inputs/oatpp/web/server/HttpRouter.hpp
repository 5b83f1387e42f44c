// Stub of Oat++'s src/oatpp/web/server/HttpRouter.hpp (1.3): addController
// routes every endpoint of the controller by its info()->method and
// info()->path.
#pragma once

#include <memory>
#include "oatpp/web/server/api/ApiController.hpp"

namespace oatpp {
namespace web {
namespace server {

class HttpRouter {
public:
  static std::shared_ptr<HttpRouter> createShared();
  std::shared_ptr<server::api::ApiController>
  addController(const std::shared_ptr<server::api::ApiController> &controller);
};

} // namespace server
} // namespace web
} // namespace oatpp
