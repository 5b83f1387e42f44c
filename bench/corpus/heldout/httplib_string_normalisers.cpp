// corpus: framework=httplib metrics=prometheus shape=strings
// shaped after: xyra-python/xyra xyra/native/bindings.cpp (lower-casing loop over header names);
//               zerotier/ZeroTierOne service/OneService.cpp (request line built with snprintf)
//
// String handling around labels: lower-casing, a request line built with a
// stream, a host with its port stripped, and two normalisers that do map to
// a fixed set (a user-agent family and an allow-listed language).

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <sstream>
#include <string>

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

namespace strs {

std::string lower(std::string s) {
  for (auto &c : s)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

const char *agent_family(const std::string &ua) {
  std::string l = lower(ua);
  if (l.find("curl") != std::string::npos) return "curl";
  if (l.find("bot") != std::string::npos || l.find("spider") != std::string::npos) return "bot";
  if (l.find("mozilla") != std::string::npos) return "browser";
  return "other";
}

void count(prometheus::Family<prometheus::Counter> &f, const httplib::Request &req,
           const httplib::Response &res) {
  std::string ua = req.get_header_value("User-Agent");
  f.Add({{"agent_family", agent_family(ua)}}).Increment(); // SAFE shape=bounded
  f.Add({{"agent", lower(ua)}}).Increment(); // LEAK: header

  std::ostringstream line;
  line << req.method << ' ' << req.path;
  f.Add({{"request", line.str()}}).Increment(); // LEAK: path

  char status[16];
  std::snprintf(status, sizeof(status), "%d", res.status);
  f.Add({{"status", status}}).Increment(); // SAFE

  std::string host = req.get_header_value("Host");
  auto colon = host.find(':');
  if (colon != std::string::npos)
    host.erase(colon);
  f.Add({{"host", host}}).Increment(); // LEAK: header

  std::string lang = req.get_param_value("lang");
  std::transform(lang.begin(), lang.end(), lang.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lang != "en" && lang != "de" && lang != "fr")
    lang = "other";
  f.Add({{"lang", lang}}).Increment(); // SAFE shape=guarded

  std::string trimmed = req.get_param_value("tag");
  while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back())))
    trimmed.pop_back();
  f.Add({{"tag", trimmed}}).Increment(); // LEAK: query

  std::string key;
  key.reserve(64);
  key.append("route:").append(req.target.substr(0, req.target.find('?')));
  f.Add({{"key", key}}).Increment(); // LEAK: target
}

} // namespace strs
