// Stub of prometheus-cpp's core/include/prometheus/labels.h (1.0.1).
#pragma once

#include <map>
#include <string>

namespace prometheus {
using Labels = std::map<std::string, std::string>;
} // namespace prometheus
