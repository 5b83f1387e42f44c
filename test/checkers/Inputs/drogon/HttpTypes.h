// Stub of Drogon's lib/inc/drogon/HttpTypes.h.
#pragma once

namespace drogon {
enum HttpMethod { Get = 0, Post, Head, Put, Delete, Options, Patch, Invalid };
enum HttpStatusCode { k200OK = 200, k404NotFound = 404 };
} // namespace drogon
