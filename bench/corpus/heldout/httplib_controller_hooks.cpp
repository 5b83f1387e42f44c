// corpus: framework=httplib metrics=prometheus shape=virtual
// shaped after: abin-z/httplibDemo full_demo/controller/include/controller/base_controller.h
//
// Controllers register member functions through a base-class template that
// wraps each one with before/after hooks. The wrapper knows the registered
// pattern; the hooks are virtual and see the request.

#include <string>

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

namespace demo {

enum class HttpMethod { GET, POST, PUT, DELETE_ };

struct ControllerMetrics {
  prometheus::Family<prometheus::Counter> &handled;
  prometheus::Family<prometheus::Counter> &rejected;
  prometheus::Family<prometheus::Counter> &paths;
  prometheus::Family<prometheus::Counter> &auth_failures;
};

class BaseController {
public:
  BaseController(httplib::Server &svr, ControllerMetrics &metrics)
      : svr_(svr), metrics_(metrics) {}
  virtual ~BaseController() {}
  virtual void register_routes() = 0;

protected:
  template <typename T>
  void register_route(HttpMethod method, const std::string &path,
                      void (T::*handler)(const httplib::Request &, httplib::Response &)) {
    auto lambda = [this, handler, path](const httplib::Request &req, httplib::Response &res) {
      if (!this->before_handler(req, res)) {
        metrics_.rejected.Add({{"route", path}}).Increment(); // SAFE
        return;
      }
      (static_cast<T *>(this)->*handler)(req, res);
      metrics_.handled.Add({{"route", path}, {"status", std::to_string(res.status)}}).Increment(); // SAFE
      this->after_handler(req, res);
    };
    switch (method) {
    case HttpMethod::GET: svr_.Get(path, lambda); break;
    case HttpMethod::POST: svr_.Post(path, lambda); break;
    case HttpMethod::PUT: svr_.Put(path, lambda); break;
    case HttpMethod::DELETE_: svr_.Delete(path, lambda); break;
    }
  }

  virtual bool before_handler(const httplib::Request &, httplib::Response &) { return true; }
  virtual void after_handler(const httplib::Request &, httplib::Response &) {}

  void count_path(const std::string &p) { metrics_.paths.Add({{"path", p}}).Increment(); }

  httplib::Server &svr_;
  ControllerMetrics &metrics_;
};

class DeviceController : public BaseController {
public:
  using BaseController::BaseController;

  void register_routes() override {
    register_route<DeviceController>(HttpMethod::GET, R"(/device/(\d+))", &DeviceController::get_device);
    register_route<DeviceController>(HttpMethod::POST, "/device", &DeviceController::add_device);
  }

protected:
  bool before_handler(const httplib::Request &req, httplib::Response &res) override {
    if (!req.has_header("X-Token")) {
      metrics_.auth_failures.Add({{"client", req.remote_addr}}).Increment(); // LEAK: address
      res.status = 401;
      return false;
    }
    return true;
  }

  void after_handler(const httplib::Request &req, httplib::Response &) override {
    metrics_.paths.Add({{"path", req.path}}).Increment(); // LEAK: path
    if (req.matches.size() > 1)
      count_path(req.matches[1]); // LEAK: pathparam shape=helper-param
    count_path("/device"); // SAFE shape=helper-param
  }

private:
  void get_device(const httplib::Request &req, httplib::Response &res) {
    res.set_content("{\"id\":\"" + req.matches[1].str() + "\"}", "application/json");
  }
  void add_device(const httplib::Request &, httplib::Response &res) { res.status = 201; }
};

} // namespace demo
