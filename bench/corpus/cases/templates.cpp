// corpus: framework=crow metrics=prometheus shape=template
// Function templates, class templates and CRTP handlers that move request
// data into labels; instantiated for Crow and cpp-httplib requests.
#include <crow.h>
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/registry.h>

#include <string>

using Family = prometheus::Family<prometheus::Counter>;

template <class Fam> void bump(Fam &fam, const std::string &value) { fam.Add({{"value", value}}).Increment(); }

template <class Req> void count_url(Family &fam, const Req &r) {
  fam.Add({{"url", r.url}}).Increment(); // LEAK: path
}

template <class Req> void count_body(Family &fam, const Req &r) {
  fam.Add({{"body", r.body}}).Increment(); // LEAK: body
}

template <class Metric> class Recorder {
public:
  explicit Recorder(prometheus::Family<Metric> &fam) : fam_(fam) {}
  void record(const std::string &route) { fam_.Add({{"route", route}}); }

private:
  prometheus::Family<Metric> &fam_;
};

template <class... Parts> std::string join(const Parts &...parts) {
  std::string out;
  (out.append(parts), ...);
  return out;
}

template <class Derived> class Handler {
public:
  void serve(const crow::request &r) { static_cast<Derived *>(this)->record(r.url); } // LEAK: path
  void serve_fixed() { static_cast<Derived *>(this)->record("/fixed"); } // SAFE
};

class UsersHandler : public Handler<UsersHandler> {
public:
  explicit UsersHandler(Family &fam) : fam_(fam) {}
  void record(const std::string &p) { fam_.Add({{"path", p}}).Increment(); }

private:
  Family &fam_;
};

void crow_handler(const crow::request &req, Family &fam, prometheus::Family<prometheus::Gauge> &gauges) {
  bump(fam, req.url); // LEAK: path
  bump(gauges, req.get_header_value("X-Tenant")); // LEAK: header
  bump(fam, "/fixed"); // SAFE
  count_url(fam, req);
  count_body(fam, req);

  Recorder<prometheus::Counter> rec(fam);
  rec.record(req.raw_url); // LEAK: target
  rec.record("/orders"); // SAFE

  fam.Add({{"k", join(std::string("/api"), req.url)}}).Increment(); // LEAK: path
  fam.Add({{"k", join(std::string("/api"), std::string("/v1"))}}).Increment(); // SAFE

  UsersHandler users(fam);
  users.serve(req);
  users.serve_fixed();
}

void httplib_handler(const httplib::Request &req, Family &fam) {
  count_body(fam, req);
  bump(fam, req.remote_addr); // LEAK: address framework=httplib
}
