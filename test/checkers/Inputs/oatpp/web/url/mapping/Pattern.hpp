// Stub of Oat++'s src/oatpp/web/url/mapping/Pattern.hpp (1.3).
#pragma once

#include "oatpp/core/Types.hpp"
#include "oatpp/core/data/share/MemoryLabel.hpp"

namespace oatpp {
namespace web {
namespace url {
namespace mapping {
class Pattern {
public:
  class MatchMap {
  public:
    oatpp::String getVariable(const oatpp::data::share::StringKeyLabel &key) const;
    oatpp::String getTail() const;
  };
};
} // namespace mapping
} // namespace url
} // namespace web
} // namespace oatpp
