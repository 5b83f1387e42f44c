// Stub of opencensus-cpp's opencensus/stats/recording.h.
#pragma once

#include <initializer_list>
#include "opencensus/stats/measure.h"
#include "opencensus/tags/tag_map.h"

namespace opencensus {
namespace stats {
void Record(std::initializer_list<Measurement> measurements);
void Record(std::initializer_list<Measurement> measurements,
            opencensus::tags::TagMap tags);
} // namespace stats
} // namespace opencensus
