// Stub of uWebSockets' src/HttpParser.h (v20.x): the request.
#pragma once

#include <string_view>
#include <utility>

namespace uWS {
struct HttpRequest {
private:
  struct Header {
    std::string_view key, value;
  } headers[50];

public:
  struct HeaderIterator {
    Header *ptr;
    bool operator!=(const HeaderIterator &other) const;
    HeaderIterator &operator++();
    std::pair<std::string_view, std::string_view> operator*() const;
  };

  bool isAncient();
  bool getYield();
  void setYield(bool yield);
  HeaderIterator begin();
  HeaderIterator end();
  std::string_view getHeader(std::string_view lowerCasedHeader);
  std::string_view getUrl();
  std::string_view getFullUrl();
  std::string_view getCaseSensitiveMethod();
  std::string_view getMethod();
  std::string_view getQuery();
  std::string_view getQuery(std::string_view key);
  std::string_view getParameter(unsigned short index);
  std::string_view getParameter(std::string_view name);
};
} // namespace uWS
