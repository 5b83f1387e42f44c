// corpus: framework=httplib metrics=prometheus shape=bounded
// shaped after: 4evour/Tour-Pass src/api.cpp (limit parsed from the query);
//               Stiffstream/restinio dev/sample/express_router/main.cpp (numbers parsed from the path)
//
// Values derived from request data: some are bounded (buckets, modulo,
// sizes, booleans), some only look bounded.

#include <functional>
#include <string>

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

namespace derived {

void count(prometheus::Family<prometheus::Counter> &f, const httplib::Request &req) {
  int limit = 10;
  if (req.has_param("limit"))
    limit = std::stoi(req.get_param_value("limit"));
  f.Add({{"limit", std::to_string(limit)}}).Increment(); // LEAK: query
  f.Add({{"limit_bucket", limit > 100 ? "large" : limit > 10 ? "medium" : "small"}}).Increment(); // SAFE

  f.Add({{"shard", std::to_string(std::hash<std::string>{}(req.path) % 16)}}).Increment(); // SAFE
  f.Add({{"fingerprint", std::to_string(std::hash<std::string>{}(req.get_header_value("Authorization")))}}).Increment(); // LEAK: header

  f.Add({{"has_body", req.body.empty() ? "no" : "yes"}}).Increment(); // SAFE
  f.Add({{"body_kib", std::to_string(req.body.size() / 1024)}}).Increment(); // SAFE

  if (req.matches.size() > 1)
    f.Add({{"id_prefix", req.matches[1].str().substr(0, 4)}}).Increment(); // LEAK: pathparam

  std::string q = req.get_param_value("q");
  f.Add({{"query", q.empty() ? "none" : q}}).Increment(); // LEAK: query
  f.Add({{"query_long", q.size() > 32 ? "true" : "false"}}).Increment(); // SAFE

  int page = req.has_param("page") ? std::stoi(req.get_param_value("page")) : 0;
  f.Add({{"page_mod", std::to_string(page % 10)}}).Increment(); // SAFE
  f.Add({{"params", std::to_string(req.params.size())}}).Increment(); // SAFE
}

} // namespace derived
