// Stub of Oat++'s src/oatpp/web/protocol/http/Http.hpp (1.3).
#pragma once

#include <cstdint>
#include "oatpp/core/data/share/LazyStringMap.hpp"
#include "oatpp/core/data/share/MemoryLabel.hpp"

namespace oatpp {
namespace web {
namespace protocol {
namespace http {

class Status {
public:
  Status();
  Status(std::int32_t pCode, const char *pDesc);
  std::int32_t code; // v_int32 in Oat++
  const char *description;
  bool operator==(const Status &other) const;
  bool operator!=(const Status &other) const;
};

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
