#include "tracker.h"

void Recorder::setRoute(const std::string &route) { route_ = route; }
