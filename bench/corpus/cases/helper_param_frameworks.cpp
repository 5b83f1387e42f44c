// corpus: framework=beast metrics=prometheus shape=helper-param
// Helpers shared by Beast, cpprestsdk and POCO handlers; each takes the raw
// value as a parameter and labels a counter with it.
#include <boost/beast/http.hpp>
#include <cpprest/http_listener.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/URI.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <string>

namespace http = boost::beast::http;
using Family = prometheus::Family<prometheus::Counter>;

class RouteStats {
public:
  explicit RouteStats(Family &fam) : fam_(fam) {}
  void hit(const std::string &route) { fam_.Add({{"route", route}}).Increment(); }
  void hit_view(boost::beast::string_view target) { fam_.Add({{"target", std::string(target)}}).Increment(); }
  void client(const std::string &who, int code) {
    fam_.Add({{"client", who}, {"code", std::to_string(code)}}).Increment();
  }

private:
  Family &fam_;
};

void beast_handler(const http::request<http::string_body> &req, RouteStats &stats) {
  stats.hit(std::string(req.target())); // LEAK: target
  stats.hit_view(req.target()); // LEAK: target
  stats.client(std::string(req[http::field::authorization]), 200); // LEAK: header
  stats.hit("/beast"); // SAFE
  stats.client("anonymous", 200); // SAFE
}

void cpprest_handler(const web::http::http_request &req, RouteStats &stats) {
  stats.hit(req.relative_uri().path()); // LEAK: path framework=cpprest
  stats.client(req.remote_address(), 200); // LEAK: address framework=cpprest
  stats.hit(req.method()); // SAFE framework=cpprest
}

void poco_handler(Poco::Net::HTTPServerRequest &req, RouteStats &stats) {
  Poco::URI uri(req.getURI());
  stats.hit(uri.getPath()); // LEAK: path framework=poco
  stats.client(req.get("X-Client-Id", "none"), 200); // LEAK: header framework=poco
  stats.hit(req.getMethod()); // SAFE framework=poco
}
