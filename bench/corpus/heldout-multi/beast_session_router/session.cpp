// shaped after: jiannanya/chmicro src/http/http_server.cpp (HttpSession::OnRead);
//               boostorg/beast example/http/server/async/http_server_async.cpp
#include <string>
#include <string_view>

#include <boost/beast/http.hpp>

#include "router.h"

namespace http = boost::beast::http;

namespace microsvc {

std::string_view ExtractPath(std::string_view target) {
  auto q = target.find('?');
  return q == std::string_view::npos ? target : target.substr(0, q);
}

void OnRead(http::request<http::string_body> &req, const Router &router) {
  std::string path(ExtractPath(std::string_view(req.target().data(), req.target().size())));
  Response resp;
  if (!router.Handle(req.method(), path, resp)) { // SAFE
    router.CountMiss(path); // LEAK: target
    router.CountMiss("unmatched"); // SAFE
  }
}

} // namespace microsvc
