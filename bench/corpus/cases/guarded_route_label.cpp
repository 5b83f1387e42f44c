// corpus: framework=httplib metrics=prometheus shape=guarded
// The runtime guard (labelguard::route_label and friends) applied to the raw
// value: silent. Misapplied guards (the raw value still reaches the label):
// reported.
#include <httplib.h>
#include <labelguard/cardinality_limiter.hpp>
#include <labelguard/method_label.hpp>
#include <labelguard/route_guard.hpp>
#include <labelguard/route_table.hpp>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <string>

using Family = prometheus::Family<prometheus::Counter>;

void guarded(const httplib::Request &req, Family &fam) {
  fam.Add({{"path", labelguard::route_label(req.path)}}).Increment(); // SAFE
  fam.Add({{"path", labelguard::route_label(req.target)}}).Increment(); // SAFE

  const std::string &route = labelguard::route_label(req.path);
  fam.Add({{"route", route}}).Increment(); // SAFE

  std::string copy = labelguard::route_label(req.path);
  copy += ":v1";
  fam.Add({{"route", copy}}).Increment(); // SAFE

  fam.Add({{"method", labelguard::method_label(req.method)}}).Increment(); // SAFE

  static labelguard::CardinalityLimiter tenants(100);
  fam.Add({{"tenant", tenants(req.get_header_value("X-Tenant"))}}).Increment(); // SAFE
  fam.Add({{"agent", labelguard::limit_label(req.get_header_value("User-Agent"))}}).Increment(); // SAFE

  static labelguard::RouteTable table = [] {
    labelguard::RouteTable t;
    t.add("/users/:id").add("/orders/:id/items");
    return t;
  }();
  fam.Add({{"route", table.match(req.path)}}).Increment(); // SAFE

  std::string label;
  if (req.path.rfind("/internal/", 0) == 0)
    label = "internal";
  else
    label = labelguard::route_label(req.path);
  fam.Add({{"route", label}}).Increment(); // SAFE
}

void misapplied(const httplib::Request &req, Family &fam, bool guard_enabled) {
  const std::string &unused = labelguard::route_label(req.path);
  (void)unused;
  fam.Add({{"path", req.path}}).Increment(); // LEAK: path

  std::string maybe = guard_enabled ? labelguard::route_label(req.path) : req.path;
  fam.Add({{"path", maybe}}).Increment(); // LEAK: path

  std::string with_version = labelguard::route_label(req.path) + "?v=" + req.get_param_value("v");
  fam.Add({{"route", with_version}}).Increment(); // LEAK: query

  fam.Add({{labelguard::route_label(req.path), req.body}}).Increment(); // LEAK: body

  std::string route = labelguard::route_label(req.path);
  if (route == "unregistered-path")
    route = req.path;
  fam.Add({{"route", route}}).Increment(); // LEAK: path

  std::string guarded_then_overwritten = labelguard::route_label(req.path);
  guarded_then_overwritten = req.target;
  fam.Add({{"route", guarded_then_overwritten}}).Increment(); // LEAK: target
}
