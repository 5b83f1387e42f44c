// corpus: framework=httplib metrics=prometheus shape=optional-iter
// Request data reached through iterators, range-for loops, std::optional
// and algorithms before it is used as a label.
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>

using Family = prometheus::Family<prometheus::Counter>;

void iterate(const httplib::Request &req, Family &fam) {
  auto it = req.headers.find("X-Tenant");
  if (it != req.headers.end())
    fam.Add({{"tenant", it->second}}).Increment(); // LEAK: header

  auto p = std::find_if(req.params.begin(), req.params.end(),
                        [](const auto &kv) { return kv.first == "campaign"; });
  if (p != req.params.end())
    fam.Add({{"campaign", p->second}}).Increment(); // LEAK: query

  for (const auto &[name, value] : req.headers)
    fam.Add({{"header", name}}).Increment(); // LEAK: header

  auto range = req.params.equal_range("tag");
  for (auto i = range.first; i != range.second; ++i)
    fam.Add({{"tag", i->second}}).Increment(); // LEAK: query

  auto first = req.params.begin();
  if (first != req.params.end()) {
    const std::string &first_key = first->first;
    fam.Add({{"first_param", first_key}}).Increment(); // LEAK: query
  }

  std::optional<std::string> tenant;
  if (req.has_header("X-Tenant"))
    tenant = req.get_header_value("X-Tenant");
  fam.Add({{"tenant", tenant.value_or("none")}}).Increment(); // LEAK: header

  std::optional<std::string> maybe_path = req.path;
  if (maybe_path)
    fam.Add({{"path", *maybe_path}}).Increment(); // LEAK: path

  fam.Add({{"tenant_present", it != req.headers.end() ? "yes" : "no"}}).Increment(); // SAFE
  fam.Add({{"params", std::to_string(std::distance(req.params.begin(), req.params.end()))}}).Increment(); // SAFE
  fam.Add({{"headers", std::to_string(req.headers.size())}}).Increment(); // SAFE

  std::optional<std::string> none;
  fam.Add({{"none", none.value_or("unset")}}).Increment(); // SAFE
}
