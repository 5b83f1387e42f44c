// Stub of the parts of Crow (CrowCpp/Crow, include/crow/app.h, routing.h)
// that labelguard's Crow adapter touches. Written from Crow's documented API,
// not copied: the qualified names, the macros' expansions and the member
// signatures are Crow's; the bodies only record what they are given.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace crow {

enum class HTTPMethod : char { Delete = 0, Get, Head, Post, Put, Connect, Options, Trace, Patch };

constexpr HTTPMethod operator"" _method(const char *str, std::size_t len) {
  return len == 4 && str[0] == 'P' ? HTTPMethod::Post : HTTPMethod::Get;
}

namespace black_magic {
// Crow computes a type tag from the parameters of the URL at compile time;
// the stub only needs it to be a constant expression.
constexpr std::uint64_t get_parameter_tag(const char *s, unsigned p = 0) {
  return s[p] == 0 ? 0 : (s[p] == '<' ? 1 : 0) + get_parameter_tag(s, p + 1);
}
} // namespace black_magic

class BaseRule {
public:
  explicit BaseRule(std::string rule) : rule_(std::move(rule)) {}
  virtual ~BaseRule() = default;
  const std::string &rule() { return rule_; }
  bool has_handler() const { return has_handler_; }
  std::uint32_t methods() const { return methods_; }

protected:
  std::uint32_t methods_{1u << static_cast<int>(HTTPMethod::Get)};
  std::string rule_;
  bool has_handler_ = false;
};

template <typename... Args> class TaggedRule : public BaseRule {
public:
  using self_t = TaggedRule<Args...>;
  explicit TaggedRule(std::string rule) : BaseRule(std::move(rule)) {}

  template <typename... MethodArgs> self_t &methods(HTTPMethod method, MethodArgs... args) {
    methods_ = 1u << static_cast<int>(method);
    ((methods_ |= 1u << static_cast<int>(args)), ...);
    return *this;
  }
  template <typename Func> void operator()(Func &&) { has_handler_ = true; }
};

class Router {
public:
  template <std::uint64_t N> TaggedRule<> &new_rule_tagged(const std::string &rule) {
    rules_.push_back(std::make_unique<TaggedRule<>>(rule));
    return static_cast<TaggedRule<> &>(*rules_.back());
  }
  std::vector<std::unique_ptr<BaseRule>> rules_;
};

class Blueprint {
public:
  explicit Blueprint(const std::string &prefix) : prefix_(prefix) {}
  std::string prefix() const { return prefix_; }
  template <std::uint64_t N> TaggedRule<> &new_rule_tagged(const std::string &rule) {
    std::string new_rule = '/' + prefix_ + rule;
    rules_.push_back(std::make_unique<TaggedRule<>>(std::move(new_rule)));
    return static_cast<TaggedRule<> &>(*rules_.back());
  }
  std::vector<std::unique_ptr<BaseRule>> rules_;

private:
  std::string prefix_;
};

template <typename... Middlewares> class Crow {
public:
  template <std::uint64_t Tag> TaggedRule<> &route(const std::string &rule) {
    return router_.new_rule_tagged<Tag>(rule);
  }
  Router router_;
};

using SimpleApp = Crow<>;

} // namespace crow

#define CROW_ROUTE(app, url) app.template route<crow::black_magic::get_parameter_tag(url)>(url)
#define CROW_BP_ROUTE(blueprint, url)                                            \
  blueprint.new_rule_tagged<crow::black_magic::get_parameter_tag(url)>(url)
