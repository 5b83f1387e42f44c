// Registration and lookup from many threads at once. Built plainly, under
// ASan+UBSan, and under ThreadSanitizer (the `tsan` label), which is what
// finds a missing acquire/release here; the assertions check what a reader
// may see while writers publish.
#include <labelguard/route_guard.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace {

using labelguard::unregistered_label;

#ifdef LABELGUARD_TEST_SANITIZED
constexpr int kRoutesPerWriter = 1000;
#else
constexpr int kRoutesPerWriter = 2000;
#endif
constexpr int kWriters = 4;
constexpr int kReaders = 4; // 8 threads in all

std::string route(int writer, int i) {
  return "/cc/w" + std::to_string(writer) + "/r" + std::to_string(i) + "/:id";
}
std::string path(int writer, int i) {
  return "/cc/w" + std::to_string(writer) + "/r" + std::to_string(i) + "/42?q";
}

TEST(Concurrency, RegistrationAndLookupFromEightThreads) {
  labelguard::register_route("/cc/stable/<int>");
  std::atomic<int> writers_done{0};
  std::atomic<bool> wrong{false};
  std::atomic<long> lookups{0};
  std::vector<std::thread> threads;

  for (int w = 0; w < kWriters; ++w) {
    threads.emplace_back([w, &writers_done] {
      for (int i = 0; i < kRoutesPerWriter; ++i) {
        if (i % 50 == 0) // batches take the other code path
          labelguard::register_routes({route(w, i)});
        else
          labelguard::register_route(route(w, i));
      }
      writers_done.fetch_add(1);
    });
  }
  for (int r = 0; r < kReaders; ++r) {
    threads.emplace_back([r, &writers_done, &wrong, &lookups] {
      unsigned n = static_cast<unsigned>(r);
      long local = 0;
      while (writers_done.load() < kWriters || local < 1000) {
        const int w = static_cast<int>(n % kWriters);
        const int i = static_cast<int>((n / kWriters) % kRoutesPerWriter);
        n = n * 1103515245u + 12345u;
        const std::string &label = labelguard::route_label(path(w, i));
        // Before its registration is published a path is unregistered; after,
        // it is its own template. Never another one, never garbage.
        if (&label != &unregistered_label() && label != route(w, i))
          wrong = true;
        if (labelguard::route_label("/cc/stable/7") != "/cc/stable/<int>")
          wrong = true;
        ++local;
      }
      lookups += local;
    });
  }
  for (auto &t : threads)
    t.join();

  EXPECT_FALSE(wrong.load());
  EXPECT_GT(lookups.load(), 0);
  for (int w = 0; w < kWriters; ++w)
    for (int i = 0; i < kRoutesPerWriter; ++i)
      ASSERT_EQ(labelguard::route_label(path(w, i)), route(w, i));
}

// Issue #15: ten writers registering while ten readers match. Some readers
// also take registered_routes() snapshots, whose documented answer under
// racing registrations is checked: a snapshot lists exactly the templates
// whose registration finished before it was taken, in registration order,
// each once; a batch is in it whole or not at all; a later snapshot extends
// an earlier one; and route_label() finds every template a snapshot listed.
#ifdef LABELGUARD_TEST_SANITIZED
constexpr int kStormRoutes = 150;
#else
constexpr int kStormRoutes = 600;
#endif

std::string storm_route(int writer, int i) {
  return "/storm/w" + std::to_string(writer) + "/r" + std::to_string(i) + "/<int>";
}

TEST(Concurrency, TenWritersAndTenReadersWithRegisteredRoutesSnapshots) {
  constexpr int kTenWriters = 10, kTenReaders = 10;
  std::atomic<int> writers_done{0};
  std::atomic<bool> wrong{false};
  std::atomic<int> snapshots{0};
  std::vector<std::string> why(kTenReaders);
  std::vector<std::thread> threads;
  for (int w = 0; w < kTenWriters; ++w)
    threads.emplace_back([w, &writers_done] {
      for (int i = 0; i < kStormRoutes;) {
        if (i % 10 == 0 && i + 1 < kStormRoutes) { // a batch of two
          labelguard::register_routes({storm_route(w, i), storm_route(w, i + 1)});
          i += 2;
        } else {
          labelguard::register_route(storm_route(w, i));
          ++i;
        }
      }
      writers_done.fetch_add(1);
    });
  for (int r = 0; r < kTenReaders; ++r)
    threads.emplace_back([r, &writers_done, &wrong, &snapshots, &why] {
      unsigned n = static_cast<unsigned>(r) * 7919u;
      std::vector<std::string> previous;
      int rounds = 0;
      while (writers_done.load() < kTenWriters || rounds < 3) {
        ++rounds;
        for (int k = 0; k < 200; ++k) {
          n = n * 1103515245u + 12345u;
          const int w = static_cast<int>(n % kTenWriters);
          const int i = static_cast<int>((n >> 8) % kStormRoutes);
          const std::string &label = labelguard::route_label(
              "/storm/w" + std::to_string(w) + "/r" + std::to_string(i) + "/-5?x");
          if (&label != &unregistered_label() && label != storm_route(w, i)) {
            why[static_cast<std::size_t>(r)] = "wrong label " + label;
            wrong = true;
          }
        }
        if (r % 2 != 0)
          continue; // half the readers only match
        const std::vector<std::string> all = labelguard::registered_routes();
        snapshots.fetch_add(1);
        // A later snapshot extends the earlier one.
        if (all.size() < previous.size() ||
            !std::equal(previous.begin(), previous.end(), all.begin())) {
          why[static_cast<std::size_t>(r)] = "a snapshot did not extend the previous one";
          wrong = true;
        }
        // Per writer: a prefix of its own sequence, in its order, each once;
        // batches whole.
        std::map<int, int> next; // writer -> index expected next
        for (const std::string &t : all) {
          if (t.rfind("/storm/w", 0) != 0)
            continue;
          const int w = std::stoi(t.substr(8));
          const int i = std::stoi(t.substr(t.find("/r") + 2));
          if (i != next[w]) {
            why[static_cast<std::size_t>(r)] = "out of order or repeated: " + t;
            wrong = true;
          }
          next[w] = i + 1;
        }
        for (const auto &[w, count] : next)
          if (count % 10 == 1 && count < kStormRoutes) {
            why[static_cast<std::size_t>(r)] = "half a batch of writer " + std::to_string(w);
            wrong = true;
          }
        // Listed means matched.
        for (const auto &[w, count] : next)
          if (labelguard::route_label("/storm/w" + std::to_string(w) + "/r" +
                                      std::to_string(count - 1) + "/7") !=
              storm_route(w, count - 1)) {
            why[static_cast<std::size_t>(r)] = "listed but not matched";
            wrong = true;
          }
        previous = all;
      }
    });
  for (auto &t : threads)
    t.join();
  for (const std::string &w : why)
    EXPECT_EQ(w, "");
  EXPECT_FALSE(wrong.load());
  EXPECT_GT(snapshots.load(), 0);
  const std::vector<std::string> all = labelguard::registered_routes();
  for (int w = 0; w < kTenWriters; ++w)
    for (int i = 0; i < kStormRoutes; ++i) {
      ASSERT_EQ(labelguard::route_label("/storm/w" + std::to_string(w) + "/r" +
                                        std::to_string(i) + "/3"),
                storm_route(w, i));
      ASSERT_EQ(std::count(all.begin(), all.end(), storm_route(w, i)), 1);
    }
}

TEST(Concurrency, SameTemplatesFromManyThreadsRegisterOnce) {
  const std::size_t before = labelguard::registered_routes().size();
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([] {
      for (int i = 0; i < 200; ++i)
        labelguard::register_route("/dup/" + std::to_string(i) + "/{x}");
    });
  for (auto &t : threads)
    t.join();
  EXPECT_EQ(labelguard::registered_routes().size(), before + 200);
}

TEST(Concurrency, MatchedRouteLabelFromManyThreads) {
  std::vector<std::thread> threads;
  std::vector<const std::string *> seen(8);
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([t, &seen] {
      for (int i = 0; i < 200; ++i)
        labelguard::matched_route_label("/mr/" + std::to_string(i));
      seen[static_cast<std::size_t>(t)] = &labelguard::matched_route_label("/mr/7");
    });
  for (auto &t : threads)
    t.join();
  for (const std::string *s : seen)
    EXPECT_EQ(s, seen[0]); // one interned copy, whoever got there first
}

TEST(Concurrency, CardinalityLimiterAdmitsExactlyNUnderContention) {
  labelguard::CardinalityLimiter limit(500);
  std::vector<std::thread> threads;
  constexpr int per_thread = 400;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([t, &limit] {
      for (int i = 0; i < per_thread; ++i) {
        limit("shared-" + std::to_string(i % 100)); // the same values from every thread
        limit("own-" + std::to_string(t) + "-" + std::to_string(i));
      }
    });
  for (auto &t : threads)
    t.join();
  EXPECT_EQ(limit.size(), 500u);
  // 100 shared + 3200 own distinct values were offered, 500 admitted; every
  // call with a value outside the admitted set counted as an overflow.
  std::set<std::string> admitted;
  std::uint64_t overflow_calls = 0;
  for (int i = 0; i < 100; ++i) {
    const std::string v = "shared-" + std::to_string(i);
    if (limit(v) == v)
      admitted.insert(v);
    else
      ++overflow_calls;
  }
  for (int t = 0; t < 8; ++t)
    for (int i = 0; i < per_thread; ++i) {
      const std::string v = "own-" + std::to_string(t) + "-" + std::to_string(i);
      if (limit(v) == v)
        admitted.insert(v);
      else
        ++overflow_calls;
    }
  EXPECT_EQ(admitted.size(), 500u);
  EXPECT_EQ(overflow_calls, 100u + 3200u - 500u);
}

} // namespace
