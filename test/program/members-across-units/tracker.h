#pragma once
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

// An RAII tracker: the constructor keeps the path, the destructor labels with
// it. Both are defined in tracker.cpp.
class Tracker {
public:
  Tracker(prometheus::Family<prometheus::Counter> &family, const std::string &path);
  ~Tracker();

private:
  prometheus::Family<prometheus::Counter> &family_;
  std::string path_;
};

// A recorder whose setter and flush live in two other units.
class Recorder {
public:
  void setRoute(const std::string &route);
  void flush(prometheus::Family<prometheus::Counter> &family);

private:
  std::string route_;
};
