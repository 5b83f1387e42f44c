// Stub of cpp-httplib's httplib.h for the check's tests: the names and
// signatures of 0.11.4 (Debian 12) that the check knows, nothing else.
#pragma once

#include <functional>
#include <map>
#include <regex>
#include <string>

namespace httplib {

namespace detail {
struct ci {
  bool operator()(const std::string &s1, const std::string &s2) const;
};
} // namespace detail

using Headers = std::multimap<std::string, std::string, detail::ci>;
using Params = std::multimap<std::string, std::string>;
using Match = std::smatch;

struct Request {
  std::string method;
  std::string path;
  Headers headers;
  std::string body;

  std::string remote_addr;
  int remote_port = -1;
  std::string local_addr;
  int local_port = -1;

  std::string version;
  std::string target;
  Params params;
  Match matches;

  bool has_header(const std::string &key) const;
  std::string get_header_value(const std::string &key, size_t id = 0) const;
  size_t get_header_value_count(const std::string &key) const;
  bool has_param(const std::string &key) const;
  std::string get_param_value(const std::string &key, size_t id = 0) const;
  size_t get_param_value_count(const std::string &key) const;
};

struct Response {
  int status = -1;
  std::string body;
  void set_content(const std::string &s, const char *content_type);
};

// Route declarations (0.11.4: every pattern is a std::regex).
class Server {
public:
  using Handler = std::function<void(const Request &, Response &)>;
  Server &Get(const std::string &pattern, Handler handler);
  Server &Post(const std::string &pattern, Handler handler);
  Server &Put(const std::string &pattern, Handler handler);
  Server &Patch(const std::string &pattern, Handler handler);
  Server &Delete(const std::string &pattern, Handler handler);
  Server &Options(const std::string &pattern, Handler handler);
  bool listen(const char *host, int port, int socket_flags = 0);
};

} // namespace httplib
