// corpus: framework=httplib metrics=prometheus shape=optional-iter
// shaped after: valhalla/valhalla src/worker.cc (query parameters folded into the request document);
//               xyra-python/xyra xyra/native/bindings.cpp (header loop with a cap)
//
// Loops over the request's parameters and headers, lookups with find and
// equal_range, and optionals.

#include <optional>
#include <set>
#include <string>

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

namespace iter {

std::optional<std::string> header_opt(const httplib::Request &req, const std::string &key) {
  if (!req.has_header(key))
    return std::nullopt;
  return req.get_header_value(key);
}

void count(prometheus::Family<prometheus::Counter> &f, const httplib::Request &req) {
  static const std::set<std::string> known_params{"json", "format", "units", "language"};

  for (const auto &kv : req.params) {
    if (kv.first == "json" || kv.first.empty() || kv.second.empty())
      continue;
    f.Add({{"param", known_params.count(kv.first) ? kv.first : "other"}}).Increment(); // SAFE shape=guarded
    f.Add({{"param_value", kv.second}}).Increment(); // LEAK: query
  }

  int seen = 0;
  for (const auto &h : req.headers) {
    if (++seen > 20)
      break;
    if (h.first == "X-Feature")
      f.Add({{"feature", h.second}}).Increment(); // LEAK: header
  }

  auto range = req.params.equal_range("tag");
  for (auto it = range.first; it != range.second; ++it)
    f.Add({{"tag", it->second}}).Increment(); // LEAK: query

  auto units = req.params.find("units");
  f.Add({{"units", units == req.params.end() ? "default" : "explicit"}}).Increment(); // SAFE

  auto tenant = header_opt(req, "X-Tenant");
  f.Add({{"tenant", tenant.value_or("none")}}).Increment(); // LEAK: header shape=helper-return
  f.Add({{"has_tenant", tenant.has_value() ? "yes" : "no"}}).Increment(); // SAFE
}

} // namespace iter
