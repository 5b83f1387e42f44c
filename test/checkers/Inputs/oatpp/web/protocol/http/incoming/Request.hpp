// Stub of Oat++'s src/oatpp/web/protocol/http/incoming/Request.hpp (1.3):
// IncomingRequest.
#pragma once

#include <memory>
#include "oatpp/core/Types.hpp"
#include "oatpp/core/data/share/MemoryLabel.hpp"
#include "oatpp/web/protocol/http/Http.hpp"
#include "oatpp/web/url/mapping/Pattern.hpp"

namespace oatpp {
namespace data {
namespace mapping {
class ObjectMapper;
} // namespace mapping
} // namespace data

namespace web {
namespace protocol {
namespace http {
namespace incoming {

class Request {
public:
  const http::QueryParams &getQueryParameters() const;
  oatpp::String getQueryParameter(const oatpp::data::share::StringKeyLabel &name) const;
  oatpp::String getQueryParameter(const oatpp::data::share::StringKeyLabel &name,
                                  const oatpp::String &defaultValue) const;
  const http::RequestStartingLine &getStartingLine() const;
  const url::mapping::Pattern::MatchMap &getPathVariables() const;
  const http::Headers &getHeaders() const;
  void putHeader(const oatpp::String &key, const oatpp::String &value);
  oatpp::String getHeader(const oatpp::data::share::StringKeyLabelCI &headerName) const;
  oatpp::String getPathVariable(const oatpp::data::share::StringKeyLabel &name) const;
  oatpp::String getPathTail() const;
  oatpp::String readBodyToString() const;
  template <class Wrapper>
  Wrapper readBodyToDto(const std::shared_ptr<data::mapping::ObjectMapper> &objectMapper) const;
};

} // namespace incoming
} // namespace http
} // namespace protocol
} // namespace web
} // namespace oatpp
