// corpus: framework=restinio metrics=otel shape=helper-param
// shaped after: Stiffstream/restinio dev/sample/express_router/main.cpp
//
// The express-router sample's book handler, instrumented with
// OpenTelemetry counters. Handlers are bound to the router with std::bind.

#include <cstdint>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <opentelemetry/metrics/meter.h>
#include <restinio/all.hpp>

namespace rr = restinio::router;
namespace metrics_api = opentelemetry::metrics;
using router_t = rr::express_router_t<>;

namespace books {

struct book_t {
  std::string m_author;
  std::string m_title;
};
using book_collection_t = std::vector<book_t>;

class books_handler_t {
public:
  books_handler_t(book_collection_t &books, metrics_api::Meter &meter)
      : m_books(books), m_lookups(meter.CreateUInt64Counter("books.lookups")),
        m_authors(meter.CreateUInt64Counter("books.author_queries")),
        m_writes(meter.CreateUInt64Counter("books.writes")) {}

  restinio::request_handling_status_t on_book_get(const restinio::request_handle_t &req,
                                                  rr::route_params_t params) {
    const std::size_t booknum = std::atoi(std::string(params["booknum"]).c_str());
    m_lookups->Add(1, {{"book", std::to_string(booknum)}}); // LEAK: pathparam shape=bounded
    m_lookups->Add(1, {{"found", booknum != 0 && booknum <= m_books.size() ? "yes" : "no"}}); // SAFE shape=bounded
    return restinio::request_handling_status_t::accepted;
  }

  restinio::request_handling_status_t on_author_get(const restinio::request_handle_t &req,
                                                    rr::route_params_t params) {
    auto author = std::string(params["author"]);
    count_author(author); // LEAK: pathparam
    for (const auto &b : m_books)
      if (b.m_author == author)
        count_author(b.m_author); // SAFE -- the collection's own value
    count_author("unknown"); // SAFE
    return restinio::request_handling_status_t::accepted;
  }

  restinio::request_handling_status_t on_new_book(const restinio::request_handle_t &req,
                                                  rr::route_params_t) {
    m_writes->Add(1, {{"target", req->header().request_target()}}); // LEAK: target shape=direct
    m_writes->Add(1, {{"method", req->header().method().c_str()}}); // SAFE shape=direct
    m_writes->Add(1, {{"peer", req->remote_endpoint().address().to_string()}}); // LEAK: address shape=direct
    m_writes->Add(1, {{"size", req->body().size() > 4096 ? "large" : "small"}}); // SAFE shape=bounded
    return restinio::request_handling_status_t::accepted;
  }

private:
  void count_author(const std::string &author) { m_authors->Add(1, {{"author", author}}); }

  book_collection_t &m_books;
  opentelemetry::nostd::unique_ptr<metrics_api::Counter<uint64_t>> m_lookups;
  opentelemetry::nostd::unique_ptr<metrics_api::Counter<uint64_t>> m_authors;
  opentelemetry::nostd::unique_ptr<metrics_api::Counter<uint64_t>> m_writes;
};

std::unique_ptr<router_t> server_handler(book_collection_t &book_collection,
                                         metrics_api::Meter &meter) {
  auto router = std::make_unique<router_t>();
  auto handler = std::make_shared<books_handler_t>(book_collection, meter);
  auto by = [&](auto method) {
    using namespace std::placeholders;
    return std::bind(method, handler, _1, _2);
  };
  router->http_get(R"(/:booknum(\d+))", by(&books_handler_t::on_book_get));
  router->http_get("/author/:author", by(&books_handler_t::on_author_get));
  router->http_post("/", by(&books_handler_t::on_new_book));
  return router;
}

} // namespace books
