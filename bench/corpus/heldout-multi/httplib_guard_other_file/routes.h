// shaped after: zerotier/ZeroTierOne service/OneService.cpp (noAuthEndpoints checked with std::find);
//               triton-inference-server/server src/http_server.cc (requests resolved against loaded models)
#pragma once

#include <string>

namespace ctl {

void register_path(const std::string &path);
bool is_registered(const std::string &path);
// The registered path itself, or "unmatched".
const std::string &route_of(const std::string &path);

} // namespace ctl
