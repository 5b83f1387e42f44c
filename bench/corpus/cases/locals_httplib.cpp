// corpus: framework=httplib metrics=prometheus shape=locals
// Request data copied through local variables, references, views and
// reassignments before it reaches the label set.
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <string>
#include <string_view>
#include <utility>

using Family = prometheus::Family<prometheus::Counter>;

void copies(const httplib::Request &req, Family &fam) {
  const std::string path = req.path;
  fam.Add({{"path", path}}).Increment(); // LEAK: path

  const auto &target = req.target;
  fam.Add({{"target", target}}).Increment(); // LEAK: target

  std::string_view view = req.path;
  fam.Add({{"path", std::string(view)}}).Increment(); // LEAK: path

  const char *raw = req.path.c_str();
  fam.Add({{"path", raw}}).Increment(); // LEAK: path

  std::string a = req.get_header_value("X-Client");
  std::string b = a;
  auto c = b;
  fam.Add({{"client", c}}).Increment(); // LEAK: header

  std::string braced{req.remote_addr};
  fam.Add({{"peer", braced}}).Increment(); // LEAK: address

  std::string parens(req.body);
  fam.Add({{"body", parens}}).Increment(); // LEAK: body
}

void assignments(const httplib::Request &req, Family &fam) {
  std::string q;
  q = req.get_param_value("q");
  fam.Add({{"q", q}}).Increment(); // LEAK: query

  std::string overwritten = req.path;
  overwritten = "/fixed";
  fam.Add({{"path", overwritten}}).Increment(); // SAFE

  std::string fallback = "/";
  if (!req.path.empty())
    fallback = req.path;
  fam.Add({{"path", fallback}}).Increment(); // LEAK: path

  std::string tenant = req.get_header_value("X-Tenant");
  if (tenant.empty())
    tenant = "none";
  fam.Add({{"tenant", tenant}}).Increment(); // LEAK: header

  std::string picked = req.has_param("v") ? req.get_param_value("v") : std::string("none");
  fam.Add({{"v", picked}}).Increment(); // LEAK: query

  std::string kept = req.body;
  std::string moved = std::move(kept);
  fam.Add({{"body", moved}}).Increment(); // LEAK: body

  std::string first = req.path, second = "other";
  std::swap(first, second);
  fam.Add({{"path", second}}).Increment(); // LEAK: path
  fam.Add({{"path", first}}).Increment(); // SAFE

  auto [raw_path, fixed] = std::make_pair(req.path, std::string("static"));
  fam.Add({{"path", raw_path}}).Increment(); // LEAK: path
  fam.Add({{"kind", fixed}}).Increment(); // SAFE

  std::string path = "/static";
  fam.Add({{"path", path}}).Increment(); // SAFE

  std::string method = req.method;
  fam.Add({{"method", method}}).Increment(); // SAFE
}

void loops(const httplib::Request &req, Family &fam) {
  std::string last;
  for (int i = 0; i < 3; ++i) {
    fam.Add({{"last", last}}).Increment(); // LEAK: header
    last = req.get_header_value("X-Hop", i);
  }

  std::string label = "start";
  for (int i = 0; i < 3; ++i)
    label = "iteration";
  fam.Add({{"label", label}}).Increment(); // SAFE
}
