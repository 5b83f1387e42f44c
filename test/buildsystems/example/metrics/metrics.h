// The service's metrics helper: one counter per request, labelled with the
// path it is given. It is called with raw request data in server/handler.cpp.
#pragma once

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

void record_request(prometheus::Family<prometheus::Counter> &family,
                    const std::string &path);
