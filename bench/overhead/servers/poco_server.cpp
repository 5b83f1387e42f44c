// bench/overhead: a small POCO Net HTTP server metered with prometheus-cpp,
// written the way such services are (a request-handler factory, handler
// classes, a metering base class). Parsed, never linked.
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/URI.h>
#include <Poco/Util/ServerApplication.h>
#include <labelguard/route_guard.hpp>
#include <prometheus/counter.h>
#include <prometheus/exposer.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <chrono>
#include <memory>
#include <iostream>
#include <ostream>
#include <string>

using Poco::Net::HTTPRequestHandler;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

namespace {

struct Metrics {
  prometheus::Family<prometheus::Counter> *requests = nullptr;
  prometheus::Family<prometheus::Histogram> *latency = nullptr;
  prometheus::Family<prometheus::Counter> *queries = nullptr;
};
Metrics g_metrics;

std::string path_of(const HTTPServerRequest &req) {
  return Poco::URI(req.getURI()).getPath();
}

class MeteredHandler : public HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &req, HTTPServerResponse &res) override {
    const auto start = std::chrono::steady_clock::now();
    serve(req, res);
    const std::string uri = req.getURI();
    g_metrics.requests
        ->Add({{"method", req.getMethod()},
               {"uri", uri},
               {"status", std::to_string(static_cast<int>(res.getStatus()))}})
        .Increment();
    const double seconds = std::chrono::duration<double>(
                               std::chrono::steady_clock::now() - start)
                               .count();
    g_metrics.latency
        ->Add({{"route", labelguard::route_label(uri)}},
              prometheus::Histogram::BucketBoundaries{0.001, 0.01, 0.1, 1})
        .Observe(seconds);
  }

protected:
  virtual void serve(HTTPServerRequest &req, HTTPServerResponse &res) = 0;
};

class UserHandler : public MeteredHandler {
  void serve(HTTPServerRequest &req, HTTPServerResponse &res) override {
    const std::string path = path_of(req);
    res.setContentType("application/json");
    res.send() << "{\"user\":\"" << path.substr(7) << "\"}";
  }
};

class SearchHandler : public MeteredHandler {
  void serve(HTTPServerRequest &req, HTTPServerResponse &res) override {
    Poco::Net::HTMLForm form(req);
    const std::string term = form.get("q", "");
    g_metrics.queries->Add({{"term", term}}).Increment();
    res.setContentType("application/json");
    res.send() << "{\"results\":[]}";
  }
};

class NotFoundHandler : public MeteredHandler {
  void serve(HTTPServerRequest &req, HTTPServerResponse &res) override {
    res.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NOT_FOUND);
    res.send() << "not found: " << path_of(req);
  }
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
public:
  HTTPRequestHandler *createRequestHandler(const HTTPServerRequest &req) override {
    const std::string path = path_of(req);
    if (path.rfind("/users/", 0) == 0)
      return new UserHandler;
    if (path == "/search")
      return new SearchHandler;
    return new NotFoundHandler;
  }
};

class Server : public Poco::Util::ServerApplication {
protected:
  int main(const std::vector<std::string> &) override {
    labelguard::register_routes({"/users/{id}", "/search"});
    auto registry = std::make_shared<prometheus::Registry>();
    g_metrics.requests = &prometheus::BuildCounter()
                              .Name("http_requests_total")
                              .Help("Requests by method, URI and status")
                              .Register(*registry);
    g_metrics.latency = &prometheus::BuildHistogram()
                             .Name("http_request_duration_seconds")
                             .Help("Latency by route")
                             .Register(*registry);
    g_metrics.queries = &prometheus::BuildCounter()
                             .Name("search_queries_total")
                             .Help("Searches by term")
                             .Register(*registry);
    prometheus::Exposer exposer{"127.0.0.1:9464"};
    exposer.RegisterCollectable(registry);

    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 8080));
    Poco::Net::HTTPServer server(new Factory, socket, new Poco::Net::HTTPServerParams);
    server.start();
    waitForTerminationRequest();
    server.stop();
    return Application::EXIT_OK;
  }
};

} // namespace

POCO_SERVER_MAIN(Server)
