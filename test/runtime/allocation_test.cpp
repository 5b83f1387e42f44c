// Lookups never allocate: every global operator new is counted while they
// run. (A test of its own, and never sanitized: the sanitizers replace
// operator new themselves.)
#include <labelguard/route_guard.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

namespace {
std::atomic<long> g_allocations{0};
}

void *operator new(std::size_t n) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void *p = std::malloc(n == 0 ? 1 : n))
    return p;
  throw std::bad_alloc();
}
void *operator new[](std::size_t n) { return operator new(n); }
void *operator new(std::size_t n, const std::nothrow_t &) noexcept {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(n == 0 ? 1 : n);
}
void *operator new[](std::size_t n, const std::nothrow_t &t) noexcept { return operator new(n, t); }
void operator delete(void *p) noexcept { std::free(p); }
void operator delete[](void *p) noexcept { std::free(p); }
void operator delete(void *p, std::size_t) noexcept { std::free(p); }
void operator delete[](void *p, std::size_t) noexcept { std::free(p); }

namespace {

class CountAllocations {
public:
  CountAllocations() : start_(g_allocations.load()) {}
  long count() const { return g_allocations.load() - start_; }

private:
  long start_;
};

TEST(Allocations, TheCounterSeesAllocations) {
  // Otherwise the zero below would prove nothing.
  CountAllocations c;
  auto *s = new std::string(100, 'x');
  delete s;
  EXPECT_GE(c.count(), 1);
}

TEST(Allocations, LookupsHitOrMissAllocateNothing) {
  std::vector<std::string> templates;
  for (int i = 0; i < 1000; ++i)
    templates.push_back("/api/v1/r" + std::to_string(i) + "/:id/items/<int>");
  templates.push_back("/static/*");
  labelguard::register_routes(templates);
  labelguard::RouteTable table;
  for (const auto &t : templates)
    table.add(t);
  labelguard::CardinalityLimiter limit(2);
  limit("a");
  limit("b");
  labelguard::matched_route_label("/framework/{reported}");

  // Built before counting: the inputs, and the first-use statics.
  const std::vector<std::string> paths{
      "/api/v1/r17/alice/items/42?x=1", "/api/v1/r999/u/items/-7",
      "/static/css/site.css", "/api/v1/r17/alice/items/nope",
      "/nothing/here", "/", "http://h/api/v1/r5/x/items/1",
      "/api/v1/r%31%37/alice/items/42", std::string(4096, 'z'),
      "/" + std::string(300, '/')};
  (void)labelguard::route_label("/warm-up");
  (void)labelguard::method_label("GET");

  CountAllocations c;
  std::size_t sink = 0;
  for (int round = 0; round < 100; ++round) {
    for (const std::string &p : paths) {
      sink += labelguard::route_label(p).size();
      sink += table.match(p).size();
      sink += table.find(p);
      sink += labelguard::route_label(p.c_str()).size();
    }
    sink += labelguard::matched_route_label("/api/v1/r3/:id/items/<int>").size();
    sink += labelguard::matched_route_label("/framework/{reported}").size();
    sink += labelguard::matched_route_label("").size();
    sink += labelguard::method_label("PATCH").size();
    sink += labelguard::method_label("BREW").size();
    sink += limit("a").size();
    sink += limit("zzz").size();
  }
  EXPECT_EQ(c.count(), 0);
  EXPECT_GT(sink, 0u);
}

} // namespace
