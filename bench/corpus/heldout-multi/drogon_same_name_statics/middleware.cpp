// shaped after: cvedix/edge_ai_api src/core/request_middleware.cpp
#include <iostream>
#include <string>

#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>

#include "families.h"

namespace edge {
namespace {

// Here record() only logs and count() labels.
void record(const std::string &endpoint) { std::clog << "middleware saw " << endpoint << "\n"; }

void count(const std::string &endpoint) {
  endpointFamily().Add({{"endpoint", endpoint}, {"source", "middleware"}}).Increment();
}

} // namespace

void before(const drogon::HttpRequestPtr &req) {
  record(req->path()); // SAFE
  count(req->getOriginalPath()); // LEAK: path
  count("/v1/core/health"); // SAFE
}

} // namespace edge
