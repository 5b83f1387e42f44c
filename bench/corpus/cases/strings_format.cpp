// corpus: framework=crow metrics=prometheus shape=strings
// Crow handlers formatting label values with fmt, absl::StrCat,
// std::to_string and string_view slicing.
#include <crow.h>
#include <absl/strings/str_cat.h>
#include <fmt/format.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <string>
#include <string_view>

using Family = prometheus::Family<prometheus::Counter>;

void formatted(const crow::request &req, Family &fam) {
  fam.Add({{"endpoint", fmt::format("{} {}", crow::method_name(req.method), req.url)}}).Increment(); // LEAK: path
  fam.Add({{"route", absl::StrCat("/api", req.url)}}).Increment(); // LEAK: path

  std::string key;
  absl::StrAppend(&key, req.get_header_value("X-Api-Key"));
  fam.Add({{"key", key}}).Increment(); // LEAK: header

  const std::string s = fmt::format("{}:{}", req.remote_ip_address, 8080);
  fam.Add({{"peer", s}}).Increment(); // LEAK: address

  std::string_view url = req.raw_url;
  std::string_view query = url.substr(url.find('?') + 1);
  fam.Add({{"query", std::string(query)}}).Increment(); // LEAK: target

  const char *page = req.url_params.get("page");
  std::string page_label = std::to_string(page ? std::stoi(page) : 1);
  fam.Add({{"page", page_label}}).Increment(); // LEAK: query

  fam.Add({{"endpoint", fmt::format("{} {}", "GET", "/health")}}).Increment(); // SAFE
  fam.Add({{"status", absl::StrCat("code_", 200)}}).Increment(); // SAFE
  fam.Add({{"method", fmt::format("{}", crow::method_name(req.method))}}).Increment(); // SAFE
}

crow::response handler(const crow::request &req, Family &fam) {
  std::string msg = "hello " + req.body;
  fam.Add({{"greeting", msg}}).Increment(); // LEAK: body
  std::string greeting = "hello";
  greeting += " world";
  fam.Add({{"greeting", greeting}}).Increment(); // SAFE
  return crow::response(msg);
}
