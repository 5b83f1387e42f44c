// corpus: framework=userver metrics=userver shape=members
// shaped after: userver-framework/userver core/src/server/handlers/http_handler_base.cpp,
//               core/src/server/handlers/http_handler_base_statistics.cpp
//
// A handler registers its own statistics writer the way HttpHandlerBase
// does (labels from the handler's name and configured path), then counts
// requests into member maps that the writer dumps at scrape time.

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <variant>
#include <vector>

#include <userver/server/handlers/http_handler_base.hpp>
#include <userver/server/http/http_request.hpp>
#include <userver/utils/statistics/storage.hpp>
#include <userver/utils/statistics/writer.hpp>

namespace catalog {

namespace stats = userver::utils::statistics;
using userver::server::handlers::FallbackHandler;

template <class... Ts> struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

// Regions the service is deployed in; anything else is one bucket.
std::string NormalizeRegion(const std::string &raw) {
  if (raw == "eu" || raw == "us" || raw == "asia")
    return raw;
  return "other";
}

class CatalogHandler final : public userver::server::handlers::HttpHandlerBase {
public:
  explicit CatalogHandler(stats::Storage &storage) {
    std::vector<stats::Label> labels{{"http_handler", HandlerName()}}; // SAFE
    auto prefix = std::visit(
        Overloaded{[&](const std::string &path) {
                     labels.emplace_back("http_path", path); // SAFE
                     return std::string{"catalog"};
                   },
                   [](FallbackHandler) { return std::string{"catalog.by-fallback"}; }},
        GetConfig().path);
    holder_ = storage.RegisterWriter(
        std::move(prefix), [this](stats::Writer &writer) { Dump(writer); },
        std::move(labels));
  }

  std::string HandleRequestThrow(const userver::server::http::HttpRequest &request,
                                 userver::server::request::RequestContext &) const override {
    std::lock_guard<std::mutex> lock(mutex_);
    ++by_client_[request.GetHeader("X-Client-Name")];
    ++by_path_[request.GetRequestPath()];
    ++by_method_[request.GetMethodStr()];
    ++by_region_[NormalizeRegion(request.GetArg("region"))];
    ++total_;
    return "{}";
  }

private:
  void Dump(stats::Writer &writer) const {
    std::lock_guard<std::mutex> lock(mutex_);
    for (const auto &[client, n] : by_client_)
      writer["requests"].ValueWithLabels(n, {"client", client}); // LEAK: header
    for (const auto &[path, n] : by_path_)
      writer["by-path"][path] = n; // LEAK: path shape=name
    for (const auto &[method, n] : by_method_)
      writer["requests"].ValueWithLabels(n, {"http_method", method}); // SAFE
    for (const auto &[region, n] : by_region_)
      writer["requests"].ValueWithLabels(n, {"region", region}); // SAFE
    writer["total"].ValueWithLabels(total_, {"http_handler", HandlerName()}); // SAFE
  }

  mutable std::mutex mutex_;
  mutable std::map<std::string, std::uint64_t> by_client_;
  mutable std::map<std::string, std::uint64_t> by_path_;
  mutable std::map<std::string, std::uint64_t> by_method_;
  mutable std::map<std::string, std::uint64_t> by_region_;
  mutable std::uint64_t total_ = 0;
  stats::Entry holder_;
};

} // namespace catalog
