// corpus: framework=httplib metrics=prometheus shape=thread
// Metrics recorded off the request thread: std::thread, std::async, a
// small task queue and boost::asio::post.
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <functional>
#include <future>
#include <mutex>
#include <queue>
#include <string>
#include <thread>

using Family = prometheus::Family<prometheus::Counter>;

class TaskQueue {
public:
  void post(std::function<void()> task) {
    std::lock_guard<std::mutex> lock(mu_);
    tasks_.push(std::move(task));
  }
  void run_one() {
    std::function<void()> task;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (tasks_.empty())
        return;
      task = std::move(tasks_.front());
      tasks_.pop();
    }
    task();
  }

private:
  std::mutex mu_;
  std::queue<std::function<void()>> tasks_;
};

void count_path(Family &fam, const std::string &path) { fam.Add({{"path", path}}).Increment(); }

void handle(const httplib::Request &req, Family &fam, TaskQueue &queue, boost::asio::io_context &ioc) {
  std::thread t1([path = req.path, &fam] {
    fam.Add({{"path", path}}).Increment(); // LEAK: path
  });
  t1.detach();

  std::thread t2(count_path, std::ref(fam), req.path); // LEAK: path
  t2.join();

  std::thread t3(count_path, std::ref(fam), std::string("/health")); // SAFE
  t3.join();

  auto done = std::async(std::launch::async, [target = req.target, &fam] {
    fam.Add({{"target", target}}).Increment(); // LEAK: target
  });
  done.wait();

  std::string tenant = req.get_header_value("X-Tenant");
  queue.post([tenant, &fam] {
    fam.Add({{"tenant", tenant}}).Increment(); // LEAK: header
  });

  queue.post([&fam] {
    fam.Add({{"tenant", "background"}}).Increment(); // SAFE
  });

  httplib::Request copy = req;
  boost::asio::post(ioc, [copy, &fam] {
    fam.Add({{"ip", copy.remote_addr}}).Increment(); // LEAK: address
  });

  std::string q = req.get_param_value("q");
  std::thread([&fam](std::string v) { fam.Add({{"q", v}}).Increment(); }, q).detach(); // LEAK: query
}
