// corpus: framework=crow metrics=prometheus shape=direct
// A Crow service: a metrics middleware plus handlers that label counters with
// request data directly.
#include <crow.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <chrono>
#include <string>

prometheus::Family<prometheus::Counter> *g_requests;
prometheus::Family<prometheus::Counter> *g_errors;

struct MetricsMiddleware {
  struct context {
    std::chrono::steady_clock::time_point start;
  };
  void before_handle(crow::request &req, crow::response &, context &ctx) {
    ctx.start = std::chrono::steady_clock::now();
    g_requests->Add({{"url", req.url}}).Increment(); // LEAK: path
  }
  void after_handle(crow::request &req, crow::response &res, context &) {
    g_requests->Add({{"raw_url", req.raw_url}, {"code", std::to_string(res.code)}}).Increment(); // LEAK: target
    if (res.code >= 500)
      g_errors->Add({{"peer", req.remote_ip_address}}).Increment(); // LEAK: address
    g_errors->Add({{"code", std::to_string(res.code)}}).Increment(); // SAFE
  }
};

crow::response search(const crow::request &req) {
  g_requests->Add({{"q", std::string(req.url_params.get("q"))}}).Increment(); // LEAK: query
  g_requests->Add({{"agent", req.get_header_value("User-Agent")}}).Increment(); // LEAK: header
  g_requests->Add({{"origin", crow::get_header_value(req.headers, "Origin")}}).Increment(); // LEAK: header
  g_requests->Add({{"route", "/search"}}).Increment(); // SAFE
  return crow::response(200);
}

crow::response upload(const crow::request &req) {
  g_requests->Add({{"doc", req.body}}).Increment(); // LEAK: body
  g_requests->Add({{"field", std::string(req.get_body_params().get("name"))}}).Increment(); // LEAK: body
  g_requests->Add({{"accept", req.headers.find("Accept")->second}}).Increment(); // LEAK: header
  g_requests->Add({{"method", crow::method_name(req.method)}}).Increment(); // SAFE
  return crow::response(201);
}

int main() {
  prometheus::Registry registry;
  g_requests = &prometheus::BuildCounter().Name("crow_requests_total").Help("r").Register(registry);
  g_errors = &prometheus::BuildCounter().Name("crow_errors_total").Help("e").Register(registry);

  crow::App<crow::CookieParser> app;

  CROW_ROUTE(app, "/users/<string>")([](std::string name) {
    g_requests->Add({{"user", name}}).Increment(); // LEAK: pathparam
    return std::string("ok");
  });
  CROW_ROUTE(app, "/orders/<int>/items/<string>")([](int64_t order, std::string sku) {
    g_requests->Add({{"order", std::to_string(order)}}).Increment(); // LEAK: pathparam
    g_requests->Add({{"sku", sku}}).Increment(); // LEAK: pathparam
    g_requests->Add({{"route", "/orders/<int>/items/<string>"}}).Increment(); // SAFE
    return std::string("ok");
  });
  CROW_ROUTE(app, "/static/<path>")([](std::string file) {
    g_requests->Add({{"file", file}}).Increment(); // LEAK: pathparam
    return std::string("...");
  });

  app.route_dynamic("/session")([&](const crow::request &req, crow::response &res) {
    auto &cookies = app.get_context<crow::CookieParser>(req);
    g_requests->Add({{"session", cookies.get_cookie("sid")}}).Increment(); // LEAK: cookie
    g_requests->Add({{"host", req.get_header_value("Host")}}).Increment(); // LEAK: header
    res.end();
  });
  app.route_dynamic("/search")([](const crow::request &req) { return search(req); });
  app.route_dynamic("/upload")([](const crow::request &req) { return upload(req); });
  app.port(8080).run();
}
