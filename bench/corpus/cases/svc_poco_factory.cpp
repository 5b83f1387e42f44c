// corpus: framework=poco metrics=prometheus shape=helper-return
// A POCO HTTPRequestHandlerFactory that routes on the URI path and a
// handler base class that meters with prometheus-cpp.
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <string>

prometheus::Family<prometheus::Counter> *g_calls;

static std::string path_of(const Poco::Net::HTTPServerRequest &req) { return Poco::URI(req.getURI()).getPath(); }

static std::string handler_name(const std::string &path) {
  if (path == "/metrics")
    return "metrics";
  if (path.rfind("/api/", 0) == 0)
    return "api";
  return "not_found";
}

class MeteredHandler : public Poco::Net::HTTPRequestHandler {
public:
  explicit MeteredHandler(std::string name) : name_(std::move(name)) {}
  void handleRequest(Poco::Net::HTTPServerRequest &req, Poco::Net::HTTPServerResponse &res) override {
    g_calls->Add({{"handler", name_}}).Increment(); // SAFE
    g_calls->Add({{"path", path_of(req)}}).Increment(); // LEAK: path
    g_calls->Add({{"kind", handler_name(path_of(req))}}).Increment(); // SAFE shape=bounded
    res.send() << "ok";
  }

private:
  std::string name_;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
public:
  Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &req) override {
    const std::string path = path_of(req);
    g_calls->Add({{"factory", handler_name(path)}}).Increment(); // SAFE shape=bounded
    g_calls->Add({{"factory_path", path}}).Increment(); // LEAK: path
    return new MeteredHandler(handler_name(path)); // SAFE shape=members
  }
};
