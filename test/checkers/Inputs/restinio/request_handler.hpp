// Stub of RESTinio's dev/restinio/request_handler.hpp (0.6/0.7).
#pragma once

#include <memory>
#include <string>
#include <asio/ip_tcp.hpp>
#include <restinio/http_headers.hpp>

namespace restinio {
namespace asio_ns = ::asio;
using endpoint_t = asio_ns::ip::tcp::endpoint;

enum class request_handling_status_t : std::uint8_t { accepted, rejected, not_handled };

struct no_extra_data_factory_t {
  struct data_t {};
};

template <typename Extra_Data>
class generic_request_t final
    : public std::enable_shared_from_this<generic_request_t<Extra_Data>> {
public:
  const http_request_header_t &header() const noexcept;
  const std::string &body() const noexcept;
  auto request_id() const noexcept { return 0u; }
  const endpoint_t &remote_endpoint() const noexcept;
};

using request_t = generic_request_t<no_extra_data_factory_t::data_t>;
using request_handle_t = std::shared_ptr<request_t>;
} // namespace restinio
