// Stub of Drogon's lib/inc/drogon/drogon_callbacks.h (v1.9): the middleware
// callbacks.
#pragma once

#include <functional>
#include <memory>

namespace drogon {
class HttpResponse;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;

using MiddlewareCallback = std::function<void(const HttpResponsePtr &)>;
using MiddlewareNextCallback =
    std::function<void(std::function<void(const HttpResponsePtr &)> &&)>;
} // namespace drogon
