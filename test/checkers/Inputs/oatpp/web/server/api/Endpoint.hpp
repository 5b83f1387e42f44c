// Stub of Oat++'s src/oatpp/web/server/api/Endpoint.hpp (1.3): the
// documented route of an endpoint.
#pragma once

#include <memory>
#include "oatpp/core/Types.hpp"

namespace oatpp {
namespace web {
namespace server {
namespace api {
class Endpoint {
public:
  class Info {
  public:
    oatpp::String name;
    oatpp::String summary;
    oatpp::String path;
    oatpp::String method;
  };
  std::shared_ptr<Info> info();
};
} // namespace api
} // namespace server
} // namespace web
} // namespace oatpp
