// The cpp-httplib adapter against Debian's cpp-httplib 0.11.4, serving real
// requests on 127.0.0.1.
#include <labelguard/adapters/httplib.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

TEST(HttplibAdapter, DebianVersionRoutesByRegex) {
  static_assert(labelguard::detail::kHttplibVersion == 11, "Debian 12 ships 0.11.4");
  httplib::Server server;
  labelguard::HttplibRoutes routes(server);
  auto h = [](const httplib::Request &, httplib::Response &) {};
  try {
    routes.Get("/v/:id", h);
    FAIL() << "0.11.4 cannot route ':id'";
  } catch (const std::invalid_argument &e) {
    EXPECT_NE(std::string(e.what()).find("Get(route_template, regex, handler)"), std::string::npos)
        << e.what();
  }
  EXPECT_EQ(labelguard::route_label("/v/1"), labelguard::unregistered_label());
}

TEST(HttplibAdapter, RealRequestsGetTheirTemplateAsLabel) {
  httplib::Server server;
  labelguard::HttplibRoutes routes(server);
  std::mutex mutex;
  std::vector<std::string> labels;
  auto record = [&](const httplib::Request &req, httplib::Response &res) {
    std::lock_guard<std::mutex> lock(mutex);
    labels.push_back(labelguard::route_label(req.path));
    res.set_content("ok", "text/plain");
  };
  routes.Get("/users/:id", R"(/users/(\d+))", record)
      .Get("/orders/:id/items/<int>", R"(/orders/(\d+)/items/(\d+))", record)
      .Get("/accounts/<uint>", R"(/accounts/(\d+))", record)
      .Post("/users", record)
      .Get("/health", record);
  server.set_error_handler([&](const httplib::Request &req, httplib::Response &) {
    std::lock_guard<std::mutex> lock(mutex);
    labels.push_back(labelguard::route_label(req.path));
  });

  const int port = server.bind_to_any_port("127.0.0.1");
  ASSERT_GT(port, 0);
  std::thread serve([&] { server.listen_after_bind(); });
  // 0.11.4 has no wait_until_ready(); poll, bounded.
  for (int i = 0; i < 500 && !server.is_running(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  ASSERT_TRUE(server.is_running());

  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(5);
  client.set_read_timeout(5);
  EXPECT_EQ(client.Get("/users/42")->status, 200);
  EXPECT_EQ(client.Get("/orders/7/items/3?expand=1")->status, 200);
  EXPECT_EQ(client.Post("/users", "{}", "application/json")->status, 200);
  EXPECT_EQ(client.Get("/health")->status, 200);
  EXPECT_EQ(client.Get("/wp-admin/install.php")->status, 404);
  // The guard matches the template, not cpp-httplib's regex: a template
  // looser than its regex labels the 404 with the template (still bounded);
  // a typed one agrees with the regex.
  EXPECT_EQ(client.Get("/users/alice")->status, 404);
  EXPECT_EQ(client.Get("/accounts/bob")->status, 404);
  EXPECT_EQ(client.Get("/accounts/7")->status, 200);

  server.stop();
  serve.join();
  const std::vector<std::string> expected{
      "/users/:id", "/orders/:id/items/<int>", "/users", "/health",
      "unregistered-path", "/users/:id", "unregistered-path", "/accounts/<uint>"};
  EXPECT_EQ(labels, expected);
}

// What the check's fix produces on Debian's cpp-httplib 0.11.4: each pattern
// wrapped in declare_httplib_route(), where 0.11 reads every pattern as a
// regex. Real requests; the logger labels each with route_label(req.path).
TEST(DeclareHttplibRoute, RegexRoutesOnTheRealServer) {
  httplib::Server server;
  std::mutex mutex;
  std::vector<std::string> labels;
  auto ok = [](const httplib::Request &, httplib::Response &res) {
    res.set_content("ok", "text/plain");
  };
  server.Get(labelguard::declare_httplib_route(R"(/dh/users/(\d+))"), ok);
  server.Get(labelguard::declare_httplib_route(R"(/dh/users/(\d+)/posts/([^/]+))"), ok);
  server.Get(labelguard::declare_httplib_route(R"(/dh/static/(.*))"), ok);
  server.Get(labelguard::declare_httplib_route("/dh/health"), ok);
  server.Post(labelguard::declare_httplib_route(std::string("/dh/users")), ok);
  server.Get(labelguard::declare_httplib_route(R"(/dh/(a|b)/x)"), ok); // served, not labelled
  server.set_logger([&](const httplib::Request &req, const httplib::Response &) {
    std::lock_guard<std::mutex> lock(mutex);
    labels.push_back(labelguard::route_label(req.path));
  });

  const int port = server.bind_to_any_port("127.0.0.1");
  ASSERT_GT(port, 0);
  std::thread serve([&] { server.listen_after_bind(); });
  for (int i = 0; i < 500 && !server.is_running(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  ASSERT_TRUE(server.is_running());

  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(5);
  client.set_read_timeout(5);
  EXPECT_EQ(client.Get("/dh/users/42")->status, 200);
  EXPECT_EQ(client.Get("/dh/users/42/posts/hello?x=1")->status, 200);
  EXPECT_EQ(client.Get("/dh/static/css/site.css")->status, 200);
  EXPECT_EQ(client.Get("/dh/static/")->status, 200);
  EXPECT_EQ(client.Get("/dh/health")->status, 200);
  EXPECT_EQ(client.Post("/dh/users", "{}", "application/json")->status, 200);
  EXPECT_EQ(client.Get("/dh/users/alice")->status, 404); // (\d+): the regex and the template agree
  EXPECT_EQ(client.Get("/dh/a/x")->status, 200);
  EXPECT_EQ(client.Get("/wp-login.php")->status, 404);
  server.stop();
  serve.join();

  // The logger runs after the response has gone out, on the server's
  // threads: requests are logged in any order.
  std::vector<std::string> expected{
      "/dh/users/<uint>", "/dh/users/<uint>/posts/:2", "/dh/static/*", "/dh/static/*",
      "/dh/health", "/dh/users", "unregistered-path", "unregistered-path", "unregistered-path"};
  std::sort(labels.begin(), labels.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(labels, expected);
  const auto rejected = labelguard::rejected_routes();
  EXPECT_NE(std::find(rejected.begin(), rejected.end(), R"(/dh/(a|b)/x)"), rejected.end());
}

TEST(HttplibAdapter, TheRegexAloneIsEnoughOn011) {
  httplib::Server server;
  labelguard::HttplibRoutes routes(server);
  auto h = [](const httplib::Request &, httplib::Response &) {};
  routes.Get(R"(/ra/orders/(\d+)/items/(-?\d+))", h).Delete(R"(/ra/tags/([a-z0-9-]+))", h);
  EXPECT_EQ(labelguard::route_label("/ra/orders/7/items/-2"), "/ra/orders/<uint>/items/<int>");
  EXPECT_EQ(labelguard::route_label("/ra/tags/a-1"), "/ra/tags/:1");
  EXPECT_THROW(routes.Get(R"(/ra/(x|y))", h), std::invalid_argument);
}

} // namespace
