// corpus: framework=httplib metrics=prometheus shape=helper-return
// Helpers that read or reshape request data and return it; the caller puts
// the result into the label set (the finding is at the caller's label).
#include <httplib.h>
#include <labelguard/route_guard.hpp>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <map>
#include <optional>
#include <string>
#include <utility>

using Family = prometheus::Family<prometheus::Counter>;

namespace {

std::string route_of(const httplib::Request &r) { return r.path; }

std::string tenant_of(const httplib::Request &r) { return r.get_header_value("X-Tenant"); }

std::string strip_slash(const std::string &p) {
  std::string out = p;
  if (!out.empty() && out.back() == '/')
    out.pop_back();
  return out;
}

std::string lower(std::string s) {
  for (auto &c : s)
    c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

std::optional<std::string> campaign(const httplib::Request &r) {
  if (!r.has_param("utm_campaign"))
    return std::nullopt;
  return r.get_param_value("utm_campaign");
}

std::pair<std::string, std::string> split_target(const std::string &target) {
  auto q = target.find('?');
  return {target.substr(0, q), q == std::string::npos ? "" : target.substr(q + 1)};
}

struct ClientInfo {
  std::string ip;
  std::string agent;
};

ClientInfo client_of(const httplib::Request &r) {
  return ClientInfo{r.remote_addr, r.get_header_value("User-Agent")};
}

const char *classify(const std::string &path) {
  if (path.rfind("/api/", 0) == 0)
    return "api";
  if (path.rfind("/static/", 0) == 0)
    return "static";
  return "other";
}

const std::string &guarded_route(const httplib::Request &r) { return labelguard::route_label(r.path); }

const std::string &product_line(const std::string &sku) {
  static const std::map<std::string, std::string> lines{{"A", "appliances"}, {"B", "books"}};
  static const std::string unknown = "unknown";
  auto it = lines.find(sku.substr(0, 1));
  return it == lines.end() ? unknown : it->second;
}

std::string service_name() { return "orders"; }

} // namespace

void handle(const httplib::Request &req, Family &fam) {
  fam.Add({{"path", route_of(req)}}).Increment(); // LEAK: path
  fam.Add({{"tenant", tenant_of(req)}}).Increment(); // LEAK: header
  fam.Add({{"path", strip_slash(req.path)}}).Increment(); // LEAK: path
  fam.Add({{"path", lower(strip_slash(req.path))}}).Increment(); // LEAK: path
  fam.Add({{"campaign", campaign(req).value_or("none")}}).Increment(); // LEAK: query
  fam.Add({{"path", split_target(req.target).first}}).Increment(); // LEAK: target
  fam.Add({{"query", split_target(req.target).second}}).Increment(); // LEAK: target
  fam.Add({{"ip", client_of(req).ip}}).Increment(); // LEAK: address
  fam.Add({{"agent", client_of(req).agent}}).Increment(); // LEAK: header

  auto info = client_of(req);
  fam.Add({{"agent", info.agent}}).Increment(); // LEAK: header

  fam.Add({{"class", classify(req.path)}}).Increment(); // SAFE
  fam.Add({{"route", guarded_route(req)}}).Increment(); // SAFE
  fam.Add({{"line", product_line(req.get_param_value("sku"))}}).Increment(); // SAFE
  fam.Add({{"service", service_name()}}).Increment(); // SAFE
  fam.Add({{"path", strip_slash("/health/")}}).Increment(); // SAFE
}
