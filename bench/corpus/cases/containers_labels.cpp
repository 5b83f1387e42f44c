// corpus: framework=httplib metrics=prometheus shape=containers
// prometheus::Labels maps built up step by step from request data.
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/labels.h>
#include <prometheus/registry.h>

#include <map>
#include <string>
#include <utility>

using Family = prometheus::Family<prometheus::Counter>;

class RequestCounter {
public:
  RequestCounter(Family &fam) : fam_(fam), base_{{"service", "orders"}, {"env", "prod"}} {}

  void on_request(const httplib::Request &req) {
    prometheus::Labels labels;
    labels["path"] = req.path;
    fam_.Add(labels).Increment(); // LEAK: path

    prometheus::Labels with_ua = base_;
    with_ua.emplace("agent", req.get_header_value("User-Agent"));
    fam_.Add(with_ua).Increment(); // LEAK: header

    std::map<std::string, std::string> by_query;
    by_query.insert({"q", req.get_param_value("q")});
    fam_.Add(by_query).Increment(); // LEAK: query

    prometheus::Labels pairs;
    pairs.insert(std::make_pair(std::string("peer"), req.remote_addr));
    fam_.Add(pairs).Increment(); // LEAK: address

    prometheus::Labels extra{{"target", req.target}};
    prometheus::Labels merged = base_;
    merged.merge(extra);
    fam_.Add(merged).Increment(); // LEAK: target

    prometheus::Labels copied(labels);
    fam_.Add(copied).Increment(); // LEAK: path

    prometheus::Labels fixed = base_;
    fixed["route"] = "/orders/:id";
    fam_.Add(fixed).Increment(); // SAFE

    std::map<std::string, std::string> debug_fields;
    debug_fields["path"] = req.path;
    fam_.Add(base_).Increment(); // SAFE

    prometheus::Labels with_method = base_;
    with_method["method"] = req.method;
    fam_.Add(with_method).Increment(); // SAFE
  }

  void on_batch(const httplib::Request &req) {
    prometheus::Labels labels = base_;
    for (const auto &kv : req.params)
      labels[kv.first] = kv.second;
    fam_.Add(labels).Increment(); // LEAK: query

    prometheus::Labels hdrs;
    for (const auto &h : req.headers)
      if (h.first.rfind("X-Label-", 0) == 0)
        hdrs[h.first.substr(8)] = h.second;
    fam_.Add(hdrs).Increment(); // LEAK: header
  }

private:
  Family &fam_;
  const prometheus::Labels base_;
};
