// corpus: framework=httplib metrics=prometheus shape=thread
// shaped after: 4evour/Tour-Pass src/api.cpp (TripJobStore::submit from a handler)
//
// Work leaves the handler: a job store runs submitted work on a pool and
// counts it by kind; handlers also post small tasks of their own.

#include <functional>
#include <future>
#include <string>
#include <thread>

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

namespace jobs {

class JobStore {
public:
  JobStore(httplib::ThreadPool &pool, prometheus::Family<prometheus::Counter> &done)
      : pool_(pool), done_(done) {}

  void submit(std::string kind, std::function<void()> work) {
    pool_.enqueue([this, kind, work] {
      work();
      done_.Add({{"kind", kind}}).Increment();
    });
  }

private:
  httplib::ThreadPool &pool_;
  prometheus::Family<prometheus::Counter> &done_;
};

void install(httplib::Server &server, JobStore &store, httplib::ThreadPool &pool,
             prometheus::Family<prometheus::Counter> &lookups,
             prometheus::Family<prometheus::Counter> &seen,
             prometheus::Family<prometheus::Counter> &hits) {
  server.Post("/trip/jobs", [&](const httplib::Request &req, httplib::Response &res) {
    store.submit("plan", [] {}); // SAFE shape=helper-param
    store.submit(req.get_param_value("kind"), [] {}); // LEAK: query shape=helper-param
    res.status = 202;
  });

  server.Get(R"(/trip/jobs/([A-Za-z0-9\-]+))", [&](const httplib::Request &req, httplib::Response &res) {
    std::string id = req.matches[1];
    pool.enqueue([id, &lookups] { lookups.Add({{"job", id}}).Increment(); }); // LEAK: pathparam
    std::thread([path = req.path, &seen] { seen.Add({{"path", path}}).Increment(); }).detach(); // LEAK: path
    auto done = std::async(std::launch::async, [&hits] { hits.Add({{"endpoint", "jobs"}}).Increment(); }); // SAFE
    done.wait();
    std::thread([&hits, status = res.status] { hits.Add({{"status", std::to_string(status)}}).Increment(); }).join(); // SAFE
  });
}

} // namespace jobs
