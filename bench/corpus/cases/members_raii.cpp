// corpus: framework=httplib metrics=prometheus shape=members
// Request data kept in struct fields and class members: an RAII timer that
// records on destruction, a setter-then-flush recorder, a request context
// struct, and middleware state carried from "before" to "after".
//
// Where the handler hands the raw value to a class through a call (constructor
// or setter argument) whose parameter reaches a sink, the finding belongs at
// that argument (the class is also used with bounded values). Where a method
// stores request data straight into a member and another method labels with
// it, no call carries the value, so the finding is at the label value, with
// the store as a note on the trail ("stored in member 'm' here").
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <chrono>
#include <map>
#include <string>
#include <utility>

using Counter = prometheus::Family<prometheus::Counter>;
using Histogram = prometheus::Family<prometheus::Histogram>;

class ScopedTimer {
public:
  ScopedTimer(Histogram &fam, std::string route)
      : fam_(fam), route_(std::move(route)), start_(std::chrono::steady_clock::now()) {}
  ~ScopedTimer() {
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    fam_.Add({{"route", route_}}, prometheus::Histogram::BucketBoundaries{0.01, 0.1, 1}).Observe(s);
  }

private:
  Histogram &fam_;
  std::string route_;
  std::chrono::steady_clock::time_point start_;
};

class RequestRecorder {
public:
  explicit RequestRecorder(Counter &fam) : fam_(fam) {}
  void set_path(const std::string &p) { path_ = p; }
  void set_status(int s) { status_ = s; }
  void flush() { fam_.Add({{"path", path_}, {"status", std::to_string(status_)}}).Increment(); }

private:
  Counter &fam_;
  std::string path_ = "unknown";
  int status_ = 0;
};

struct RequestContext {
  std::string route;
  std::string tenant;
  int status = 0;
};

void record_context(Counter &fam, const RequestContext &ctx) {
  fam.Add({{"route", ctx.route}, {"status", std::to_string(ctx.status)}}).Increment();
}

void handle_user(const httplib::Request &req, Counter &requests, Histogram &latency) {
  ScopedTimer timer(latency, req.path); // LEAK: path
  ScopedTimer fixed(latency, "/users/:id"); // SAFE

  RequestRecorder rec(requests);
  rec.set_path(req.path); // LEAK: path
  rec.set_status(200); // SAFE
  rec.flush();

  RequestRecorder health(requests);
  health.set_path("/health"); // SAFE
  health.flush();

  RequestContext ctx;
  ctx.route = req.get_header_value("X-Original-URI");
  ctx.tenant = "default";
  requests.Add({{"route", ctx.route}}).Increment(); // LEAK: header
  requests.Add({{"tenant", ctx.tenant}}).Increment(); // SAFE

  RequestContext agg{req.path, "acme", 200};
  requests.Add({{"route", agg.route}}).Increment(); // LEAK: path
  requests.Add({{"tenant", agg.tenant}}).Increment(); // SAFE
  record_context(requests, agg); // LEAK: path

  RequestContext bounded{"/users/:id", "acme", 200};
  record_context(requests, bounded); // SAFE
}

// Middleware with state carried from the pre-routing hook to the logger.
class MetricsMiddleware {
public:
  explicit MetricsMiddleware(Counter &fam) : fam_(fam) {}
  void before(const httplib::Request &req) {
    current_path_ = req.path;
    current_client_ = "internal"; // SAFE
  }
  void after(const httplib::Response &res) {
    fam_.Add({{"path", current_path_}, {"code", std::to_string(res.status)}}).Increment(); // LEAK: path
    fam_.Add({{"client", current_client_}}).Increment(); // SAFE
  }

private:
  Counter &fam_;
  std::string current_path_;
  std::string current_client_;
};

// Per-path hit counts accumulated in a member map and exported later.
class PathStats {
public:
  void on_request(const httplib::Request &req) {
    ++hits_[req.path];
    ++by_method_[req.method]; // SAFE
  }
  void export_to(Counter &fam) {
    for (const auto &[path, n] : hits_)
      fam.Add({{"path", path}}).Increment(static_cast<double>(n)); // LEAK: path
    for (const auto &[method, n] : by_method_)
      fam.Add({{"method", method}}).Increment(static_cast<double>(n)); // SAFE
  }

private:
  std::map<std::string, unsigned long> hits_;
  std::map<std::string, unsigned long> by_method_;
};
