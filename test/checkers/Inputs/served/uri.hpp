// Stub of served's src/served/uri.hpp.
#pragma once

#include <string>

namespace served {
class uri {
public:
  const std::string href() const;
  const std::string protocol() const;
  const std::string host() const;
  const std::string hostname() const;
  const std::string port() const;
  const std::string path() const;
  const std::string pathname() const;
  const std::string query() const;
  const std::string hash() const;
  const std::string URI() const;
};
} // namespace served
