// corpus: framework=httplib metrics=prometheus shape=strings
// Label values built from request data with concatenation, append, insert,
// substr, streams and formatting.
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <sstream>
#include <string>

using Family = prometheus::Family<prometheus::Counter>;

void build(const httplib::Request &req, Family &fam) {
  fam.Add({{"endpoint", req.method + " " + req.path}}).Increment(); // LEAK: path

  std::string key = "api:";
  key += req.path;
  fam.Add({{"key", key}}).Increment(); // LEAK: path

  std::string tenant_route;
  tenant_route.append(req.get_header_value("X-Tenant")).append(":").append("/orders");
  fam.Add({{"tenant_route", tenant_route}}).Increment(); // LEAK: header

  std::string prefixed = "/v1";
  prefixed.insert(0, req.get_param_value("region"));
  fam.Add({{"region", prefixed}}).Increment(); // LEAK: query

  std::string no_query = req.target.substr(0, req.target.find('?'));
  fam.Add({{"path", no_query}}).Increment(); // LEAK: target

  std::string first_segment = req.path.substr(0, req.path.find('/', 1));
  fam.Add({{"segment", first_segment}}).Increment(); // LEAK: path

  std::ostringstream os;
  os << "client=" << req.remote_addr;
  fam.Add({{"client", os.str()}}).Increment(); // LEAK: address

  std::stringstream ss;
  ss << req.get_header_value("User-Agent");
  std::string agent;
  ss >> agent;
  fam.Add({{"agent", agent}}).Increment(); // LEAK: header

  char buf[256];
  std::snprintf(buf, sizeof buf, "%s", req.path.c_str());
  fam.Add({{"path", buf}}).Increment(); // LEAK: path

  std::string lowered = req.path;
  std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  fam.Add({{"path", lowered}}).Increment(); // LEAK: path

  std::string trimmed = req.path;
  while (!trimmed.empty() && trimmed.back() == '/')
    trimmed.pop_back();
  fam.Add({{"path", trimmed}}).Increment(); // LEAK: path

  std::string joined = std::string("GET ") + "/health";
  fam.Add({{"endpoint", joined}}).Increment(); // SAFE

  std::ostringstream fixed;
  fixed << "status_" << 200;
  fam.Add({{"status", fixed.str()}}).Increment(); // SAFE

  char code[16];
  std::snprintf(code, sizeof code, "%d", 404);
  fam.Add({{"code", code}}).Increment(); // SAFE
}
