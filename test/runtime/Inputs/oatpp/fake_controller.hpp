// A controller shaped like Oat++ 1.3's, which is not packaged in Debian 12:
// ApiController::getEndpoints() gives an Endpoints whose `list` holds
// std::shared_ptr<Endpoint>, and Endpoint::info() a std::shared_ptr<Info>
// whose `path` is an oatpp::String (a shared std::string that may be null).
// The path is the router prefix joined to ENDPOINT's literal, as Oat++'s
// codegen does.
#ifndef LABELGUARD_TEST_FAKE_OATPP_CONTROLLER_HPP
#define LABELGUARD_TEST_FAKE_OATPP_CONTROLLER_HPP

#include <list>
#include <memory>
#include <string>
#include <utility>

namespace fake_oatpp {

class String {
  std::shared_ptr<std::string> m_ptr;

public:
  String() = default;
  String(std::nullptr_t) {}
  String(const char *s) : m_ptr(std::make_shared<std::string>(s)) {}
  String(std::string s) : m_ptr(std::make_shared<std::string>(std::move(s))) {}
  const std::string &operator*() const { return *m_ptr; }
  std::string *operator->() const { return m_ptr.get(); }
  explicit operator bool() const { return m_ptr != nullptr; }
};

struct Endpoint {
  struct Info {
    String name;
    String path;
    String method;
  };
  std::shared_ptr<Info> m_info;
  int info_calls = 0;
  std::shared_ptr<Info> info() {
    ++info_calls;
    return m_info;
  }
};

struct Endpoints {
  std::list<std::shared_ptr<Endpoint>> list;
};

class ApiController {
  Endpoints m_endpoints;
  String m_routerPrefix;

public:
  explicit ApiController(String routerPrefix = nullptr)
      : m_routerPrefix(std::move(routerPrefix)) {}
  virtual ~ApiController() = default;

  /// What ENDPOINT(method, path, name) adds; a null path stands for an
  /// endpoint whose info was replaced by setEndpointInfo() without one.
  std::shared_ptr<Endpoint> endpoint(const char *method, const char *path) {
    auto e = std::make_shared<Endpoint>();
    e->m_info = std::make_shared<Endpoint::Info>();
    e->m_info->method = method;
    if (path != nullptr)
      e->m_info->path = m_routerPrefix ? *m_routerPrefix + path : std::string(path);
    m_endpoints.list.push_back(e);
    return e;
  }
  const Endpoints &getEndpoints() { return m_endpoints; }
};

} // namespace fake_oatpp

#endif // LABELGUARD_TEST_FAKE_OATPP_CONTROLLER_HPP
