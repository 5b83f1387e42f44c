// Stub of served's src/served/multiplexer.hpp and methods_handler.hpp.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <tuple>
#include <vector>
#include <served/request.hpp>
#include <served/response.hpp>

namespace served {
using served_req_handler = std::function<void(response &, const request &)>;

class methods_handler {
public:
  methods_handler &get(served_req_handler handler);
  methods_handler &post(served_req_handler handler);
};

typedef std::function<void(response &, request &)> served_plugin_req_handler;

using served_method_list = std::tuple<std::string, std::vector<std::string>>;
using served_endpoint_list = std::map<std::string, served_method_list>;

class multiplexer {
public:
  methods_handler &handle(const std::string &path, const std::string info = "");
  const served_endpoint_list get_endpoint_list();
  void use_before(served_plugin_req_handler plugin);
  void use_after(served_plugin_req_handler plugin);
};
} // namespace served
