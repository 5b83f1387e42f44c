// corpus: framework=httplib metrics=prometheus shape=template
// shaped after: boostorg/beast example/http/server/async/http_server_async.cpp (handle_request generic over the message);
//               CrowCpp/Crow include/crow/middlewares/cors.h
//
// A metrics helper shared by two front ends (cpp-httplib and Crow) reads the
// request through a traits class specialised per framework; a variadic join
// builds keys.

#include <sstream>
#include <string>

#include <crow.h>
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

namespace shared {

template <class Req> struct RequestView;

template <> struct RequestView<httplib::Request> {
  static const std::string &path(const httplib::Request &r) { return r.path; }
  static std::string agent(const httplib::Request &r) { return r.get_header_value("User-Agent"); }
  static const std::string &method(const httplib::Request &r) { return r.method; }
};

template <> struct RequestView<crow::request> {
  static const std::string &path(const crow::request &r) { return r.url; }
  static std::string agent(const crow::request &r) { return r.get_header_value("User-Agent"); }
  static std::string method(const crow::request &r) { return crow::method_name(r.method); }
};

template <class... Parts> std::string join(const Parts &...parts) {
  std::ostringstream out;
  (out << ... << parts);
  return out.str();
}

template <class Req>
void count_request(prometheus::Family<prometheus::Counter> &fam, const Req &req, int status) {
  fam.Add({{"path", RequestView<Req>::path(req)}, {"status", std::to_string(status)}}).Increment(); // LEAK: path
  fam.Add({{"agent_len", std::to_string(RequestView<Req>::agent(req).size() / 32)}}).Increment(); // SAFE shape=bounded
  fam.Add({{"key", join(RequestView<Req>::method(req), ":", RequestView<Req>::path(req))}}).Increment(); // LEAK: path
  fam.Add({{"key", join("GET", ":", "/healthz")}}).Increment(); // SAFE
}

void from_httplib(prometheus::Family<prometheus::Counter> &fam, const httplib::Request &req,
                  const httplib::Response &res) {
  count_request(fam, req, res.status);
}

void from_crow(prometheus::Family<prometheus::Counter> &fam, const crow::request &req,
               const crow::response &res) {
  count_request(fam, req, res.code);
}

} // namespace shared
