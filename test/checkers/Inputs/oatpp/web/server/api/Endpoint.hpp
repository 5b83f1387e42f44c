// Stub of Oat++'s src/oatpp/web/server/api/Endpoint.hpp (1.3): the
// documented route of an endpoint, and the list a controller keeps.
#pragma once

#include <list>
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
    static std::shared_ptr<Info> createShared();
  };
  std::shared_ptr<Info> info();
};

struct Endpoints {
  std::list<std::shared_ptr<Endpoint>> list;
  void append(const std::shared_ptr<Endpoint> &endpoint);
};
} // namespace api
} // namespace server
} // namespace web
} // namespace oatpp
