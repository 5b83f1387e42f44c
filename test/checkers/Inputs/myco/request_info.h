// A service's own header: a struct other translation units include, so any
// of them may read its members.
#pragma once

#include <string>

namespace myco {
struct RequestInfo {
  std::string area;
};
} // namespace myco
