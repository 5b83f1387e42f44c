// Stub of Seastar's include/seastar/http/json_path.hh: swagger-generated
// route descriptions.
#pragma once

#include <vector>
#include <seastar/core/sstring.hh>
#include <seastar/http/common.hh>

namespace seastar {
namespace httpd {

struct json_operation {
  operation_type method;
  sstring nickname;
};

struct path_description {
  path_description(const sstring &path, operation_type method,
                   const sstring &nickname,
                   const std::vector<std::pair<sstring, bool>> &path_parameters,
                   const std::vector<sstring> &mandatory_params);
  sstring path;
  json_operation operations;
  std::vector<sstring> mandatory_queryparams;
};

} // namespace httpd
} // namespace seastar
