// corpus: framework=httplib metrics=prometheus shape=lambda
// Request data captured by lambdas, passed to them as arguments, returned
// from them, and wrapped in std::function.
#include <httplib.h>
#include <labelguard/route_guard.hpp>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <algorithm>
#include <functional>
#include <string>

using Family = prometheus::Family<prometheus::Counter>;

void captures(const httplib::Request &req, Family &fam) {
  const std::string path = req.path;
  auto by_ref = [&] {
    fam.Add({{"path", path}}).Increment(); // LEAK: path
  };
  by_ref();

  std::string tenant = req.get_header_value("X-Tenant");
  auto by_value = [tenant, &fam] {
    fam.Add({{"tenant", tenant}}).Increment(); // LEAK: header
  };
  by_value();

  auto init_capture = [q = req.get_param_value("q"), &fam] {
    fam.Add({{"q", q}}).Increment(); // LEAK: query
  };
  init_capture();

  auto reads_request = [&req, &fam] {
    fam.Add({{"ip", req.remote_addr}}).Increment(); // LEAK: address
  };
  reads_request();

  std::string later = "/initial";
  auto sees_later = [&] {
    fam.Add({{"later", later}}).Increment(); // LEAK: target
  };
  later = req.target;
  sees_later();

  const std::string &route = labelguard::route_label(req.path);
  auto guarded = [&route, &fam] {
    fam.Add({{"route", route}}).Increment(); // SAFE
  };
  guarded();

  auto constant = [&fam] {
    fam.Add({{"route", "/fixed"}}).Increment(); // SAFE
  };
  constant();
}

void arguments(const httplib::Request &req, Family &fam) {
  auto count = [&fam](const std::string &v) { fam.Add({{"v", v}}).Increment(); };
  count(req.path); // LEAK: path
  count("/static"); // SAFE

  auto generic = [&fam](const auto &v) { fam.Add({{"g", std::string(v)}}).Increment(); };
  generic(req.body); // LEAK: body
  generic("constant"); // SAFE

  std::function<void(const std::string &)> callback = [&fam](const std::string &v) {
    fam.Add({{"cb", v}}).Increment();
  };
  callback(req.get_header_value("Referer")); // LEAK: header
  callback("none"); // SAFE

  std::for_each(req.params.begin(), req.params.end(), [&fam](const auto &kv) { fam.Add({{"param", kv.second}}).Increment(); }); // LEAK: query
}

void returns(const httplib::Request &req, Family &fam) {
  auto agent = [&req] { return req.get_header_value("User-Agent"); };
  fam.Add({{"agent", agent()}}).Increment(); // LEAK: header

  fam.Add({{"path", [&] { return req.path; }()}}).Increment(); // LEAK: path

  auto fixed = [] { return std::string("fixed"); };
  fam.Add({{"fixed", fixed()}}).Increment(); // SAFE

  auto bucket = [](const std::string &p) { return p.size() < 32 ? "short" : "long"; };
  fam.Add({{"len", bucket(req.path)}}).Increment(); // SAFE
}
