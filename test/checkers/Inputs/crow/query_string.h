// Stub of Crow's include/crow/query_string.h.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace crow {
class query_string {
public:
  query_string();
  query_string(const query_string &qs);
  query_string(std::string params, bool url = true);
  char *get(const std::string &name) const;
  char *pop(const std::string &name);
  std::vector<char *> get_list(const std::string &name, bool use_brackets = true) const;
  std::vector<char *> pop_list(const std::string &name, bool use_brackets = true);
  std::unordered_map<std::string, std::string> get_dict(const std::string &name) const;
  std::unordered_map<std::string, std::string> pop_dict(const std::string &name);
  std::vector<std::string> keys() const;

private:
  std::string url_;
  std::vector<char *> key_value_pairs_;
};
} // namespace crow
