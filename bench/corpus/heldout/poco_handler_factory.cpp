// corpus: framework=poco metrics=poco shape=members
// shaped after: pocoproject/poco Net/samples/HTTPTimeServer/src/HTTPTimeServer.cpp
//
// The factory picks a handler per request and hands it the route it should
// count under; the handler stores it and labels with it when it runs.

#include <string>
#include <vector>

#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Prometheus/Counter.h>
#include <Poco/URI.h>

using Poco::Net::HTTPRequestHandler;
using Poco::Net::HTTPRequestHandlerFactory;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

namespace timesvc {

class CountingHandler : public HTTPRequestHandler {
public:
  CountingHandler(std::string route, Poco::Prometheus::Counter &requests,
                  Poco::Prometheus::Counter &clients)
      : route_(std::move(route)), requests_(requests), clients_(clients) {}

  void handleRequest(HTTPServerRequest &request, HTTPServerResponse &response) override {
    requests_.labels({route_}).inc();
    Poco::Logger::get("http").information("Request from " + request.clientAddress().toString()); // SAFE shape=lookalike
    clients_.labels({request.clientAddress().host().toString()}).inc(); // LEAK: address shape=direct
    response.setContentType("text/plain");
    response.send() << "ok";
  }

private:
  std::string route_;
  Poco::Prometheus::Counter &requests_;
  Poco::Prometheus::Counter &clients_;
};

class RouterFactory : public HTTPRequestHandlerFactory {
public:
  RouterFactory()
      : requests_("http_requests_total"), clients_("http_clients_total"),
        segments_("http_first_segment_total"), langs_("http_requests_by_lang_total") {
    requests_.labelNames({"route"});
    clients_.labelNames({"client"});
    segments_.labelNames({"segment"});
    langs_.labelNames({"lang"});
  }

  HTTPRequestHandler *createRequestHandler(const HTTPServerRequest &request) override {
    Poco::URI uri(request.getURI());
    if (uri.getPath() == "/time")
      return new CountingHandler("/time", requests_, clients_); // SAFE

    std::vector<std::string> segments;
    uri.getPathSegments(segments);
    if (!segments.empty())
      segments_.labels({segments.front()}).inc(); // LEAK: path shape=out-param

    for (const auto &param : uri.getQueryParameters()) {
      if (param.first == "lang")
        langs_.labels({param.second}).inc(); // LEAK: query shape=optional-iter
    }
    std::string agent = request.get("User-Agent", "none");
    langs_.labels({agent == "none" ? "no-agent" : "agent"}).inc(); // SAFE shape=bounded

    return new CountingHandler(request.getURI(), requests_, clients_); // LEAK: target
  }

private:
  Poco::Prometheus::Counter requests_;
  Poco::Prometheus::Counter clients_;
  Poco::Prometheus::Counter segments_;
  Poco::Prometheus::Counter langs_;
};

} // namespace timesvc
