// shaped after: 4evour/Tour-Pass src/api.cpp (ServiceMetrics used from middleware and from fixed routes)
#pragma once

#include <string>

namespace trips {

void count_request(const std::string &route, int status);
void count_client(const std::string &client);
void count_cache(bool hit);

} // namespace trips
