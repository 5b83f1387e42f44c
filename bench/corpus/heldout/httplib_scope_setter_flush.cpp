// corpus: framework=httplib metrics=prometheus shape=members
// shaped after: userver-framework/userver core/src/server/handlers/http_handler_base_statistics.cpp (HttpHandlerStatisticsScope);
//               redpanda-data/redpanda src/v/pandaproxy/probe.h (a measurement object)
//
// Objects that carry a label from where the request is handled to where the
// metric is written: an RAII scope (constructor, then destructor), a record
// filled by a setter and flushed later, and a session that reads the request
// itself in one method and labels in another.

#include <chrono>
#include <string>

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

namespace scopes {

using Family = prometheus::Family<prometheus::Counter>;

class RequestScope {
public:
  RequestScope(Family &f, std::string route)
      : f_(f), route_(std::move(route)), start_(std::chrono::steady_clock::now()) {}
  ~RequestScope() {
    f_.Add({{"route", route_}, {"status", std::to_string(status_)}}).Increment();
  }
  void set_status(int status) { status_ = status; }
  void set_route(std::string route) { route_ = std::move(route); }

private:
  Family &f_;
  std::string route_;
  int status_ = 200;
  std::chrono::steady_clock::time_point start_;
};

class RequestRecord {
public:
  void set_client(const std::string &client) { client_ = client; }
  void flush(Family &f) { f.Add({{"client", client_}}).Increment(); }

private:
  std::string client_;
};

class Session {
public:
  void begin(const httplib::Request &req) { agent_ = req.get_header_value("User-Agent"); }
  void end(Family &f) { f.Add({{"agent", agent_}}).Increment(); } // LEAK: header

private:
  std::string agent_;
};

void install(httplib::Server &svr, Family &f) {
  svr.Get(R"(/orders/(\d+))", [&f](const httplib::Request &req, httplib::Response &res) {
    RequestScope scope(f, "/orders/{id}"); // SAFE
    scope.set_status(res.status);
  });

  svr.Get(R"(/files/(.+))", [&f](const httplib::Request &req, httplib::Response &res) {
    RequestScope scope(f, req.path); // LEAK: path
    scope.set_status(404);
  });

  svr.Get("/report", [&f](const httplib::Request &req, httplib::Response &) {
    RequestScope scope(f, "/report");
    scope.set_route(req.get_param_value("route")); // LEAK: query
  });

  svr.set_post_routing_handler([&f](const httplib::Request &req, httplib::Response &) {
    RequestRecord rec;
    rec.set_client(req.remote_addr); // LEAK: address
    rec.flush(f);

    RequestRecord internal;
    internal.set_client("internal"); // SAFE
    internal.flush(f);

    Session s;
    s.begin(req);
    s.end(f);
  });
}

} // namespace scopes
