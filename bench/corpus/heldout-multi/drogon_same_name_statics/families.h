// shaped after: cvedix/edge_ai_api src/core/request_middleware.cpp, src/core/metrics_interceptor.cpp
//               (file-local maps and helpers with the same names in both files)
#pragma once

#include <prometheus/counter.h>
#include <prometheus/family.h>

namespace edge {
prometheus::Family<prometheus::Counter> &endpointFamily();
} // namespace edge
