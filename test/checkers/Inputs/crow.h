// Stub of Crow's include/crow.h (the umbrella header).
#pragma once

#include "crow/app.h"
#include "crow/common.h"
#include "crow/http_request.h"
#include "crow/http_response.h"
#include "crow/middleware_context.h"
#include "crow/middlewares/cookie_parser.h"
#include "crow/query_string.h"
#include "crow/routing.h"
