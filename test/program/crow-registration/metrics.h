#pragma once
#include <string>

void record_request(const std::string &path, int status);
