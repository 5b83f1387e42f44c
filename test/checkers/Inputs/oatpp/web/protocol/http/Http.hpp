// Stub of Oat++'s src/oatpp/web/protocol/http/Http.hpp (1.3).
#pragma once

#include "oatpp/core/data/share/LazyStringMap.hpp"
#include "oatpp/core/data/share/MemoryLabel.hpp"

namespace oatpp {
namespace web {
namespace protocol {
namespace http {

struct RequestStartingLine {
  oatpp::data::share::StringKeyLabel method;
  oatpp::data::share::StringKeyLabel path;
  oatpp::data::share::StringKeyLabel protocol;
};

typedef data::share::LazyStringMultimap<data::share::StringKeyLabelCI> Headers;
typedef data::share::LazyStringMultimap<data::share::StringKeyLabel> QueryParams;

} // namespace http
} // namespace protocol
} // namespace web
} // namespace oatpp
