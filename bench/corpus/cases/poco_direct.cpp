// corpus: framework=poco metrics=poco-prometheus shape=direct
// A POCO HTTPServer request handler counting requests with the POCO
// Prometheus module (Poco::Prometheus, POCO >= 1.13).
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Prometheus/Counter.h>
#include <Poco/Prometheus/Gauge.h>
#include <Poco/URI.h>

#include <string>

using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

Poco::Prometheus::Counter g_requests("http_requests_total");
Poco::Prometheus::Gauge g_active("http_active_requests");

class ApiHandler : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &request, HTTPServerResponse &response) override {
    g_requests.labels({request.getURI()}).inc(); // LEAK: target
    g_requests.labels({Poco::URI(request.getURI()).getPath()}).inc(); // LEAK: path
    g_requests.labels({Poco::URI(request.getURI()).getQuery()}).inc(); // LEAK: query
    g_requests.labels({Poco::URI(request.getURI()).getPathAndQuery()}).inc(); // LEAK: target
    g_requests.labels({request.get("User-Agent", "unknown")}).inc(); // LEAK: header
    g_requests.labels({request["X-Forwarded-For"]}).inc(); // LEAK: header
    g_requests.labels({request.getHost()}).inc(); // LEAK: header
    g_requests.labels({request.clientAddress().host().toString()}).inc(); // LEAK: address
    g_requests.labels({request.clientAddress().toString()}).inc(); // LEAK: address
    g_requests.labels({request.getMethod()}).inc(); // SAFE
    g_active.labels({"api"}).inc(); // SAFE
    response.setStatus(Poco::Net::HTTPResponse::HTTP_OK);
    response.send() << "ok";
    g_active.labels({"api"}).dec(); // SAFE
  }
};

class FormHandler : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &request, HTTPServerResponse &response) override {
    Poco::Net::HTMLForm form(request, request.stream());
    g_requests.labels({form.get("username", "")}).inc(); // LEAK: body
    g_requests.labels({Poco::URI(request.getURI()).getQueryParameters().at(0).second}).inc(); // LEAK: query
    g_requests.labels({request.getContentType()}).inc(); // LEAK: header
    g_requests.labels({std::to_string(response.getStatus())}).inc(); // SAFE
    response.send() << "thanks";
  }
};
