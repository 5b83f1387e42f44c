#include "tracker.h"

Tracker::Tracker(prometheus::Family<prometheus::Counter> &family, const std::string &path)
    : family_(family), path_(path) {}

Tracker::~Tracker() { family_.Add({{"path", path_}}).Increment(); }
