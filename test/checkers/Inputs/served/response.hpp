// Stub of served's src/served/response.hpp.
#pragma once

#include <string>

namespace served {
class response {
public:
  void set_header(std::string const &header, std::string const &value);
  void set_body(std::string const &body);
  void set_status(int status_code);
};
} // namespace served
