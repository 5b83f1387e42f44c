// Stub of Crow's include/crow/routing.h: rules and their handler
// registration (operator()).
#pragma once

#include <functional>
#include <string>
#include <utility>
#include "crow/common.h"
#include "crow/http_request.h"
#include "crow/http_response.h"
#include "crow/utility.h"

namespace crow {

class BaseRule {
public:
  BaseRule(std::string rule) : rule_(std::move(rule)) {}
  virtual ~BaseRule() {}
  virtual void validate() = 0;
  virtual void handle(request &, response &, const routing_params &) = 0;
  const std::string &rule() { return rule_; }

protected:
  uint32_t methods_{1 << static_cast<int>(HTTPMethod::Get)};
  std::string rule_;
  std::string name_;
};

template <typename T> struct RuleParameterTraits {
  using self_t = T;
  self_t &name(std::string name) noexcept;
  self_t &methods(HTTPMethod method);
};

class DynamicRule : public BaseRule, public RuleParameterTraits<DynamicRule> {
public:
  DynamicRule(std::string rule) : BaseRule(std::move(rule)) {}
  void validate() override;
  void handle(request &req, response &res, const routing_params &params) override;

  template <typename Func> void operator()(Func f) {
    erased_handler_ = [f](request &, response &, const routing_params &) {
      (void)f;
    };
  }
  template <typename Func> void operator()(std::string name, Func &&f);

private:
  std::function<void(request &, response &, const routing_params &)> erased_handler_;
};

template <typename... Args>
class TaggedRule : public BaseRule, public RuleParameterTraits<TaggedRule<Args...>> {
public:
  using self_t = TaggedRule<Args...>;
  TaggedRule(std::string rule) : BaseRule(std::move(rule)) {}
  void validate() override;
  void handle(request &req, response &res, const routing_params &params) override;

  template <typename Func> void operator()(Func &&f) {
    handler_ = [f = std::move(f)](request &, response &res, Args... args) {
      res = response(f(args...));
    };
  }
  template <typename Func> void operator()(std::string name, Func &&f);

private:
  std::function<void(request &, response &, Args...)> handler_;
};

// A group of rules under a prefix; CROW_BP_ROUTE declares its rules, named
// "/<prefix><rule>".
class Blueprint {
public:
  Blueprint(const std::string &prefix);
  template <uint64_t N>
  typename black_magic::arguments<N>::type::template rebind<TaggedRule> &
  new_rule_tagged(const std::string &rule);
  DynamicRule &new_rule_dynamic(const std::string &rule);
};

} // namespace crow
