// corpus: framework=proxygen metrics=statsd shape=direct
// A Proxygen RequestHandler that reports DogStatsD counters with tags taken
// from the HTTPMessage.
#include <cpp-statsd-client/StatsdClient.hpp>
#include <proxygen/lib/http/HTTPMessage.h>

#include <memory>
#include <string>

class StatsHandler {
public:
  explicit StatsHandler(const Statsd::StatsdClient &statsd) : statsd_(statsd) {}

  void onRequest(std::unique_ptr<proxygen::HTTPMessage> headers) noexcept {
    statsd_.increment("http.requests", 1.0f, {"path:" + headers->getPath()}); // LEAK: path
    statsd_.increment("http.requests", 1.0f, {headers->getURL()}); // LEAK: target
    statsd_.increment("http.requests", 1.0f, {"qs:" + headers->getQueryString()}); // LEAK: query
    statsd_.increment("http.requests", 1.0f, {"q:" + headers->getQueryParam("q")}); // LEAK: query
    statsd_.increment("http.requests", 1.0f, {"dq:" + headers->getDecodedQueryParam("dq")}); // LEAK: query
    statsd_.increment("http.requests", 1.0f, {"ua:" + headers->getHeaders().getSingleOrEmpty("User-Agent")}); // LEAK: header
    statsd_.increment("http.requests", 1.0f, {"ip:" + headers->getClientIP()}); // LEAK: address
    statsd_.increment("http.requests", 1.0f, {"peer:" + headers->getClientAddress().getAddressStr()}); // LEAK: address
    statsd_.increment("http.requests", 1.0f, {"sid:" + headers->getCookie("sid").str()}); // LEAK: cookie
    statsd_.increment("http.requests", 1.0f, {"p:" + headers->getPathAsStringPiece().str()}); // LEAK: path
    statsd_.count("http.bytes", 1, 1.0f, {"page:" + std::to_string(headers->getIntQueryParam("page", 1))}); // LEAK: query
    statsd_.increment("http.requests", 1.0f, {"method:" + headers->getMethodString()}); // SAFE
    statsd_.increment("http.requests", 1.0f, {"secure:" + std::string(headers->isSecure() ? "1" : "0")}); // SAFE
    statsd_.increment("http.requests", 1.0f, {"service:edge"}); // SAFE
    statsd_.timing("http.latency", 12, 1.0f, {"version:" + headers->getVersionString()}); // SAFE
  }

private:
  const Statsd::StatsdClient &statsd_;
};
