// A header of the project with a leak: its finding is reported with the
// project's header filter, whatever other sources the build has.
#pragma once

#include "metrics/metrics.h"

#include <httplib.h>

inline void handle_leaky(const httplib::Request &req,
                         prometheus::Family<prometheus::Counter> &requests) {
  record_request(requests, req.remote_addr);
}
