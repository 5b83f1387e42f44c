// Stub of served's src/served/served.hpp (the umbrella header).
#pragma once

#include <served/multiplexer.hpp>
#include <served/request.hpp>
#include <served/response.hpp>
