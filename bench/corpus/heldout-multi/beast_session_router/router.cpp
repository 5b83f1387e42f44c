// shaped after: jiannanya/chmicro src/http/router.cpp
#include "router.h"

namespace microsvc {

void Router::AddRoute(boost::beast::http::verb method, std::string path, Handler handler) {
  routes_[{method, std::move(path)}] = std::move(handler);
}

bool Router::Handle(boost::beast::http::verb method, const std::string &path,
                    Response &resp) const {
  auto it = routes_.find({method, path});
  if (it == routes_.end()) {
    resp.status = 404;
    return false;
  }
  routed_.Add({{"route", path}}).Increment();
  it->second(path, resp);
  return true;
}

void Router::CountMiss(const std::string &path) const {
  routed_.Add({{"miss", path}}).Increment();
}

} // namespace microsvc
