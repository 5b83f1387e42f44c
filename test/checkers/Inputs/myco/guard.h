// A team's own guard, for the GuardFunction and GuardHeader options.
#pragma once

#include <string>
#include <string_view>

namespace myco {
const std::string &route_of(std::string_view raw) noexcept;
} // namespace myco
