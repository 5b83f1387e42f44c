// corpus: framework=httplib metrics=prometheus shape=guarded
// Hand-written allow-lists: the raw value reaches the label only when it is
// one of a fixed set of known values. Broken variants are reported.
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

using Family = prometheus::Family<prometheus::Counter>;

static const std::set<std::string> registered = {"/", "/health", "/users", "/orders"};
static const std::unordered_set<std::string> known_tenants = {"acme", "globex", "initech"};
static const std::vector<std::string> allowed_regions = {"eu", "us", "ap"};
static const std::map<std::string, std::string> route_names = {{"/users", "users"}, {"/orders", "orders"}};

void allow_lists(const httplib::Request &req, Family &fam) {
  std::string p = req.path;
  if (!registered.count(p))
    p = "unregistered-path";
  fam.Add({{"path", p}}).Increment(); // SAFE

  std::string tenant = req.get_header_value("X-Tenant");
  if (known_tenants.find(tenant) == known_tenants.end())
    tenant = "other";
  fam.Add({{"tenant", tenant}}).Increment(); // SAFE

  std::string region = req.get_param_value("region");
  if (std::find(allowed_regions.begin(), allowed_regions.end(), region) == allowed_regions.end())
    region = "unknown";
  fam.Add({{"region", region}}).Increment(); // SAFE

  const std::string label = registered.count(req.path) ? req.path : "unregistered-path";
  fam.Add({{"path", label}}).Increment(); // SAFE

  auto it = route_names.find(req.path);
  fam.Add({{"route", it != route_names.end() ? it->second : "other"}}).Increment(); // SAFE

  if (registered.count(req.path))
    fam.Add({{"path", req.path}}).Increment(); // SAFE
  else
    fam.Add({{"path", "unregistered-path"}}).Increment(); // SAFE
}

bool early_return(const httplib::Request &req, Family &fam) {
  const std::string &p = req.path;
  if (registered.find(p) == registered.end()) {
    fam.Add({{"path", "unregistered-path"}}).Increment(); // SAFE
    return false;
  }
  fam.Add({{"path", p}}).Increment(); // SAFE
  return true;
}

void broken(const httplib::Request &req, Family &fam) {
  std::string checked_only = req.path;
  if (!registered.count(checked_only))
    fam.Add({{"unknown", "1"}}).Increment(); // SAFE
  fam.Add({{"path", checked_only}}).Increment(); // LEAK: path

  std::string inverted = req.path;
  if (registered.count(inverted))
    inverted = "unregistered-path";
  fam.Add({{"path", inverted}}).Increment(); // LEAK: path

  std::string p = req.path;
  std::string q = req.get_param_value("q");
  if (!registered.count(p))
    q = "other";
  fam.Add({{"q", q}}).Increment(); // LEAK: query

  std::string rechecked = req.path;
  if (!registered.count(rechecked))
    rechecked = "unregistered-path";
  rechecked = req.target;
  fam.Add({{"path", rechecked}}).Increment(); // LEAK: target
}
