// Stub of served's src/served/request.hpp.
#pragma once

#include <string>
#include <served/parameters.hpp>
#include <served/uri.hpp>

namespace served {
enum method { GET, POST, HEAD, PUT, DELETE, OPTIONS, BREW };

class request {
public:
  uri &url();
  enum method method() const;
  const uri url() const;
  const std::string HTTP_version() const;
  const std::string source() const;
  const std::string header(std::string const &header) const;
  const std::string body() const;

  parameters params;
  parameters query;
};
} // namespace served
