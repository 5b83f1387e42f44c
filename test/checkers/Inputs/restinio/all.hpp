// Stub of RESTinio's dev/restinio/all.hpp (the umbrella header).
#pragma once

#include <restinio/cast_to.hpp>
#include <restinio/http_headers.hpp>
#include <restinio/request_handler.hpp>
#include <restinio/router/express.hpp>
#include <restinio/uri_helpers.hpp>
#include <restinio/value_or.hpp>
