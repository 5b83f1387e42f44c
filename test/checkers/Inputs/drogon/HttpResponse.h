// Stub of Drogon's lib/inc/drogon/HttpResponse.h.
#pragma once

#include <memory>
#include <string>
#include <drogon/HttpTypes.h>

namespace drogon {
class HttpResponse;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;

class HttpResponse {
public:
  virtual void addHeader(std::string field, const std::string &value) = 0;
  virtual void setBody(const std::string &body) = 0;
  virtual void setStatusCode(HttpStatusCode code) = 0;
  // Pure virtual in Drogon; declared here without '= 0' so that classes
  // deriving from this stub stay concrete.
  virtual HttpStatusCode statusCode() const;
  HttpStatusCode getStatusCode() const { return statusCode(); }
  static HttpResponsePtr newHttpResponse();
  virtual ~HttpResponse() {}
};
} // namespace drogon
