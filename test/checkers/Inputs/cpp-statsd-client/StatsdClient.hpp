// Stub of cpp-statsd-client's include/cpp-statsd-client/StatsdClient.hpp
// (the release line with DogStatsD tags): the key and the tags.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace Statsd {

class StatsdClient {
public:
  StatsdClient(const std::string &host, const uint16_t port,
               const std::string &prefix, const uint64_t batchsize = 0,
               const uint64_t sendInterval = 1000) noexcept;

  void increment(const std::string &key, float frequency = 1.0f,
                 const std::vector<std::string> &tags = {}) const noexcept;
  void decrement(const std::string &key, float frequency = 1.0f,
                 const std::vector<std::string> &tags = {}) const noexcept;
  void count(const std::string &key, const int delta, float frequency = 1.0f,
             const std::vector<std::string> &tags = {}) const noexcept;
  void gauge(const std::string &key, const unsigned int value,
             float frequency = 1.0f,
             const std::vector<std::string> &tags = {}) const noexcept;
  void timing(const std::string &key, const unsigned int ms,
              float frequency = 1.0f,
              const std::vector<std::string> &tags = {}) const noexcept;
  void set(const std::string &key, const unsigned int sum,
           float frequency = 1.0f,
           const std::vector<std::string> &tags = {}) const noexcept;
  void flush() noexcept;
  const std::string &errorMessage() const noexcept;
};

} // namespace Statsd
