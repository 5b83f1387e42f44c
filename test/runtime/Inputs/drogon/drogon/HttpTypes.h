// Stub of drogon/HttpTypes.h (drogonframework/drogon, lib/inc/drogon): only
// the HttpMethod enumeration, with Drogon's enumerators and order.
#pragma once

namespace drogon {
enum HttpMethod { Get = 0, Post, Head, Put, Delete, Options, Patch, Invalid };
} // namespace drogon
