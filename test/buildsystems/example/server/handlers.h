#pragma once

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>

void handle_hello(const httplib::Request &req, httplib::Response &res,
                  prometheus::Family<prometheus::Counter> &requests);
void handle_health(httplib::Response &res,
                   prometheus::Family<prometheus::Counter> &requests);
