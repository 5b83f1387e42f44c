// corpus: framework=httplib metrics=prometheus shape=bounded
// Bounded derivations of request data (sizes, emptiness, hash buckets,
// comparisons, classification into constants) are silent; derivations that
// keep the value's cardinality (an unreduced hash, a parsed number, a
// truncation, a comparison that lets the raw value through) are reported.
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>

using Family = prometheus::Family<prometheus::Counter>;

enum class Kind { Api, Static, Admin, Other };

static Kind classify(const std::string &path) {
  if (path.rfind("/api/", 0) == 0)
    return Kind::Api;
  if (path.rfind("/static/", 0) == 0)
    return Kind::Static;
  if (path.rfind("/admin", 0) == 0)
    return Kind::Admin;
  return Kind::Other;
}

static const char *kind_name(Kind k) {
  switch (k) {
  case Kind::Api: return "api";
  case Kind::Static: return "static";
  case Kind::Admin: return "admin";
  default: return "other";
  }
}

static std::string size_bucket(std::size_t n) {
  if (n < 1024)
    return "small";
  if (n < 1024 * 1024)
    return "medium";
  return "large";
}

void bounded(const httplib::Request &req, const httplib::Response &res, Family &fam) {
  fam.Add({{"path_len", std::to_string(req.path.size())}}).Increment(); // SAFE
  fam.Add({{"body", size_bucket(req.body.size())}}).Increment(); // SAFE
  fam.Add({{"has_query", req.params.empty() ? "no" : "yes"}}).Increment(); // SAFE
  fam.Add({{"shard", std::to_string(std::hash<std::string>{}(req.path) % 16)}}).Increment(); // SAFE
  fam.Add({{"health", req.path == "/health" ? "health" : "app"}}).Increment(); // SAFE
  fam.Add({{"json", req.get_header_value("Accept") == "application/json" ? "json" : "other"}}).Increment(); // SAFE
  fam.Add({{"auth", req.has_header("Authorization") ? "bearer" : "anonymous"}}).Increment(); // SAFE
  fam.Add({{"kind", kind_name(classify(req.path))}}).Increment(); // SAFE
  fam.Add({{"suspicious", req.path.find("..") != std::string::npos ? "1" : "0"}}).Increment(); // SAFE
  fam.Add({{"depth", std::to_string(std::count(req.path.begin(), req.path.end(), '/'))}}).Increment(); // SAFE
  fam.Add({{"numeric", req.path.size() > 1 && std::isdigit(static_cast<unsigned char>(req.path[1])) ? "1" : "0"}}).Increment(); // SAFE
  fam.Add({{"params", std::to_string(std::min<std::size_t>(req.params.size(), 10))}}).Increment(); // SAFE
  fam.Add({{"json_body", req.get_header_value("Content-Type").find("json") != std::string::npos ? "json" : "other"}}).Increment(); // SAFE
  fam.Add({{"status_class", std::to_string(res.status / 100) + "xx"}}).Increment(); // SAFE
  fam.Add({{"only_health", req.path == "/health" ? req.path : std::string("other")}}).Increment(); // SAFE
  fam.Add({{"user_shard", std::to_string(std::stoi(req.matches[1]) % 10)}}).Increment(); // SAFE

  const char *version;
  switch (req.path.size() > 2 ? req.path[2] : '0') {
  case '1': version = "v1"; break;
  case '2': version = "v2"; break;
  default: version = "none";
  }
  fam.Add({{"version", version}}).Increment(); // SAFE

  bool is_bot = req.get_header_value("User-Agent").find("bot") != std::string::npos;
  fam.Add({{"bot", is_bot ? "true" : "false"}}).Increment(); // SAFE
}

void unbounded(const httplib::Request &req, Family &fam) {
  fam.Add({{"path_hash", std::to_string(std::hash<std::string>{}(req.path))}}).Increment(); // LEAK: path
  fam.Add({{"user_id", std::to_string(std::stoll(req.get_param_value("user_id")))}}).Increment(); // LEAK: query
  fam.Add({{"prefix", req.path.substr(0, 12)}}).Increment(); // LEAK: path
  fam.Add({{"path", req.path.empty() ? "none" : req.path}}).Increment(); // LEAK: path
  fam.Add({{"not_health", req.path != "/health" ? req.path : std::string("health")}}).Increment(); // LEAK: path
  fam.Add({{"order", std::to_string(std::stoi(req.matches[1]))}}).Increment(); // LEAK: pathparam
  fam.Add({{"len_and_path", std::to_string(req.path.size()) + req.path}}).Increment(); // LEAK: path

  std::string agent = req.get_header_value("User-Agent");
  std::string family = agent.substr(0, agent.find('/'));
  fam.Add({{"agent_family", family}}).Increment(); // LEAK: header
}
