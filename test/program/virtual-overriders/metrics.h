#pragma once
#include <string>

// The service's metrics interface; its implementation is in another unit.
struct Metrics {
  virtual ~Metrics() = default;
  virtual void newRequest(const std::string &path) = 0;
  virtual void newError(int status) = 0;
};
