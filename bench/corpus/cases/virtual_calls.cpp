// corpus: framework=httplib metrics=prometheus shape=virtual
// A metrics interface with a Prometheus implementation, called through base
// references and smart pointers; and a request abstraction whose virtual
// accessors return raw data.
#include <httplib.h>
#include <labelguard/route_guard.hpp>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <memory>
#include <string>

using Family = prometheus::Family<prometheus::Counter>;

class MetricsSink {
public:
  virtual ~MetricsSink() = default;
  virtual void on_request(const std::string &route, int status) = 0;
};

class PrometheusSink final : public MetricsSink {
public:
  explicit PrometheusSink(Family &fam) : fam_(fam) {}
  void on_request(const std::string &route, int status) override {
    fam_.Add({{"route", route}, {"status", std::to_string(status)}}).Increment();
  }

private:
  Family &fam_;
};

class NullSink final : public MetricsSink {
public:
  void on_request(const std::string &, int) override {}
};

// Every implementation of this one maps the raw path onto a template first.
class RouteSink {
public:
  virtual ~RouteSink() = default;
  virtual void on_route(const std::string &raw_path) = 0;
};

class GuardedRouteSink final : public RouteSink {
public:
  explicit GuardedRouteSink(Family &fam) : fam_(fam) {}
  void on_route(const std::string &raw_path) override {
    fam_.Add({{"route", labelguard::route_label(raw_path)}}).Increment();
  }

private:
  Family &fam_;
};

class RequestView {
public:
  virtual ~RequestView() = default;
  virtual std::string path() const = 0;
  virtual std::string tenant() const = 0;
  virtual std::string service() const { return "orders"; }
};

class HttplibRequestView final : public RequestView {
public:
  explicit HttplibRequestView(const httplib::Request &req) : req_(req) {}
  std::string path() const override { return req_.path; }
  std::string tenant() const override { return req_.get_header_value("X-Tenant"); }

private:
  const httplib::Request &req_;
};

void handle(const httplib::Request &req, MetricsSink &sink, RouteSink &routes,
            const std::unique_ptr<MetricsSink> &owned, Family &fam) {
  sink.on_request(req.path, 200); // LEAK: path
  sink.on_request("/users/:id", 200); // SAFE
  owned->on_request(req.target, 404); // LEAK: target
  MetricsSink *ptr = &sink;
  ptr->on_request(req.get_header_value("X-Route"), 200); // LEAK: header
  routes.on_route(req.path); // SAFE

  HttplibRequestView view(req);
  const RequestView &base = view;
  fam.Add({{"path", base.path()}}).Increment(); // LEAK: path
  fam.Add({{"tenant", base.tenant()}}).Increment(); // LEAK: header
  fam.Add({{"service", base.service()}}).Increment(); // SAFE
}
