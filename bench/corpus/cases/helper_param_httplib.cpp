// corpus: framework=httplib metrics=prometheus shape=helper-param
// Request data handed to helper functions whose parameter reaches the label
// set. The finding belongs at the handler's call; the helpers are also called
// with constants, which must stay silent.
#include <httplib.h>
#include <labelguard/route_guard.hpp>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <string>
#include <string_view>

using Family = prometheus::Family<prometheus::Counter>;

namespace metrics {

void count_path(Family &fam, const std::string &path) {
  fam.Add({{"path", path}}).Increment();
}

void count_view(Family &fam, std::string_view v) {
  fam.Add({{"value", std::string(v)}}).Increment();
}

void count_cstr(Family &fam, const char *v) {
  fam.Add({{"value", v}}).Increment();
}

void count_two(Family &fam, const std::string &method, const std::string &route) {
  fam.Add({{"method", method}, {"route", route}}).Increment();
}

void count_default(Family &fam, const std::string &tenant = "default") {
  fam.Add({{"tenant", tenant}}).Increment();
}

// Forwards to count_path: only the outermost call site is reported.
void record(Family &fam, const std::string &p) {
  count_path(fam, p);
}

void record_twice(Family &fam, const std::string &p) {
  record(fam, p);
}

void count_guarded(Family &fam, const std::string &raw) {
  fam.Add({{"path", labelguard::route_label(raw)}}).Increment();
}

void count_length(Family &fam, const std::string &raw) {
  fam.Add({{"len", raw.size() > 64 ? "long" : "short"}}).Increment();
}

// Reads the request itself: the flow stays inside this function.
void count_request(Family &fam, const httplib::Request &r) {
  fam.Add({{"path", r.path}}).Increment(); // LEAK: path
}

struct Recorder {
  static void by_agent(Family &fam, std::string agent) {
    fam.Add({{"agent", agent}}).Increment();
  }
};

void declared_later(Family &fam, const std::string &v);

} // namespace metrics

void handle(const httplib::Request &req, Family &fam) {
  metrics::count_path(fam, req.path); // LEAK: path
  metrics::count_path(fam, "/health"); // SAFE
  metrics::count_path(fam, "/api" + req.path); // LEAK: path
  metrics::count_view(fam, req.target); // LEAK: target
  metrics::count_view(fam, "static"); // SAFE
  metrics::count_cstr(fam, req.remote_addr.c_str()); // LEAK: address
  metrics::count_cstr(fam, "unknown"); // SAFE
  metrics::count_two(fam, req.method, req.path); // LEAK: path
  metrics::count_two(fam, "GET", "/users/:id"); // SAFE
  metrics::count_default(fam, req.get_header_value("X-Tenant")); // LEAK: header
  metrics::count_default(fam); // SAFE
  metrics::record(fam, req.get_param_value("q")); // LEAK: query
  metrics::record_twice(fam, req.body); // LEAK: body
  metrics::record_twice(fam, "/static"); // SAFE
  metrics::count_guarded(fam, req.path); // SAFE
  metrics::count_length(fam, req.path); // SAFE
  metrics::count_request(fam, req); // SAFE
  metrics::Recorder::by_agent(fam, req.get_header_value("User-Agent")); // LEAK: header
  metrics::declared_later(fam, req.path); // LEAK: path

  void (*fn)(Family &, const std::string &) = &metrics::count_path;
  fn(fam, req.path); // LEAK: path
}

void metrics::declared_later(Family &fam, const std::string &v) {
  fam.Add({{"late", v}}).Increment();
}
