#include "metrics.h"
#include <prometheus/counter.h>
#include <prometheus/family.h>

struct PrometheusMetrics : Metrics {
  explicit PrometheusMetrics(prometheus::Family<prometheus::Counter> &f) : family(f) {}
  void newRequest(const std::string &path) override {
    family.Add({{"path", path}}).Increment();
  }
  void newError(int status) override {
    family.Add({{"status", status >= 500 ? "5xx" : "other"}}).Increment();
  }
  prometheus::Family<prometheus::Counter> &family;
};

Metrics *makeMetrics(prometheus::Family<prometheus::Counter> &f) {
  return new PrometheusMetrics(f);
}
