// The check against the real Debian 12 headers: cpp-httplib 0.11.4 and
// prometheus-cpp 1.0.1 (packages libcpp-httplib-dev, prometheus-cpp-dev).
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -DCPPHTTPLIB_OPENSSL_SUPPORT -DCPPHTTPLIB_ZLIB_SUPPORT -DCPPHTTPLIB_BROTLI_SUPPORT

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
// CHECK-FIXES: {{^}}{{$}}
void handlers(httplib::Server &server, prometheus::Registry &registry) {
  auto &requests = prometheus::BuildCounter().Name("http_requests_total").Register(registry);
  auto &sizes = prometheus::BuildHistogram().Name("http_response_bytes").Register(registry);

  server.set_logger([&](const httplib::Request &req, const httplib::Response &res) {
    requests.Add({{"method", req.method}, {"path", req.path}}).Increment();
    // CHECK-NOTES: :[[@LINE-1]]:52: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-2]]:14: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-3]]:52: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
    // CHECK-NOTES: :35:14: note: the fix also registers the route pattern the service declares, where it is declared, through 'labelguard::declare_httplib_route'
    // CHECK-FIXES: {{^}}    requests.Add({{[{][{]}}"method", req.method}, {"path", labelguard::route_label(req.path)}}).Increment();{{$}}
    const std::string target = req.target;
    sizes.Add({{"target", target}}, prometheus::Histogram::BucketBoundaries{64, 1024})
    // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-3]]:32: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-4]]:23: note: flows into 'target' here
    // CHECK-NOTES: :[[@LINE-4]]:11: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-5]]:27: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
    // CHECK-FIXES: {{^}}    sizes.Add({{[{][{]}}"target", labelguard::route_label(target)}}, prometheus::Histogram::BucketBoundaries{64, 1024}){{$}}
        .Observe(static_cast<double>(res.body.size()));
  });

  // Bounded: a constant route label is what the fix produces.
  server.Get(R"(/users/(\d+))", [&](const httplib::Request &, httplib::Response &) {
  // CHECK-FIXES: {{^}}  server.Get(labelguard::declare_httplib_route(R"(/users/(\d+))"), [&](const httplib::Request &, httplib::Response &) {{[{]}}{{$}}
    requests.Add({{"path", "/users/:id"}}).Increment();
  });
}
