#pragma once
#include <functional>
#include <string>

// A hook installed in one unit and fired in another.
struct Server {
  std::function<void(const std::string &)> onRequest;
};
