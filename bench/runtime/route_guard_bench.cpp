// Route lookup: labelguard's trie against the two designs it replaces, a
// std::regex per template tried in turn (what cpp-httplib 0.11.4 and most
// hand-rolled routers do) and a linear scan of parsed templates.
//
//   build/bin/route_guard_bench
//
// prints Google Benchmark's table (mean, median, stddev, cv and min of 5
// repetitions per benchmark) and then a side-by-side summary of the medians,
// in CPU nanoseconds per lookup.
#include <labelguard/route_guard.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <map>
#include <mutex>
#include <random>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace {

// --- a realistic route set and realistic traffic -------------------------------

const char *const kWords[] = {"users", "orders", "items", "invoices", "accounts", "carts",
                              "products", "reviews", "sessions", "teams", "projects",
                              "tickets", "payments", "shipments", "webhooks", "reports"};
constexpr std::size_t kWordCount = sizeof kWords / sizeof *kWords;

std::string resource(std::size_t i) {
  return std::string(kWords[i % kWordCount]) + (i < kWordCount ? "" : std::to_string(i / kWordCount));
}

std::vector<std::string> make_templates(std::size_t n) {
  std::vector<std::string> t;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string r = resource(i);
    switch (i % 6) {
    case 0: t.push_back("/api/v1/" + r); break;
    case 1: t.push_back("/api/v1/" + r + "/:id"); break;
    case 2: t.push_back("/api/v1/" + r + "/:id/" + kWords[(i / 7) % kWordCount] + "/<int>"); break;
    case 3: t.push_back("/api/v2/" + r + "/{id}/history"); break;
    case 4: t.push_back("/internal/" + r + "/<uint>/status"); break;
    default: t.push_back("/static/" + r + "/*"); break;
    }
  }
  return t;
}

/// A path that matches template `i` (a hit), with realistic values.
std::string hit_path(const std::string &tmpl, std::mt19937 &rng) {
  static const char *const ids[] = {"42", "1873462", "alice", "550e8400-e29b-41d4-a716-446655440000", "x9"};
  std::string path;
  std::size_t pos = 1;
  while (pos <= tmpl.size()) {
    std::size_t end = tmpl.find('/', pos);
    if (end == std::string::npos)
      end = tmpl.size();
    const std::string seg = tmpl.substr(pos, end - pos);
    path += '/';
    if (seg == "<int>" || seg == "<uint>")
      path += std::to_string(rng() % 100000);
    else if (seg == "*")
      path += "css/site/main.css";
    else if (seg[0] == ':' || seg[0] == '{')
      path += ids[rng() % 5];
    else
      path += seg;
    pos = end + 1;
  }
  if (rng() % 4 == 0)
    path += "?page=2&sort=desc";
  return path;
}

/// Paths that match nothing: scanner probes and near misses.
std::string miss_path(std::size_t i, const std::vector<std::string> &templates, std::mt19937 &rng) {
  static const char *const probes[] = {"/wp-admin/setup-config.php", "/.env", "/.git/config",
                                       "/cgi-bin/luci/;stok=/locale", "/vendor/phpunit/eval-stdin.php",
                                       "/actuator/health", "/api/v3/users/1", "/favicon.ico"};
  switch (i % 3) {
  case 0: return probes[rng() % 8];
  case 1: return "/api/v1/" + resource(rng() % (templates.size() + 7)) + "/1/unknown/deeper";
  default: return "/internal/" + resource(rng() % templates.size()) + "/not-a-number/status";
  }
}

struct Workload {
  std::vector<std::string> templates;
  std::vector<std::string> hits, misses; // 1024 each, cycled through
};

const Workload &workload(std::size_t n) {
  static std::map<std::size_t, Workload> cache;
  auto it = cache.find(n);
  if (it != cache.end())
    return it->second;
  Workload w;
  w.templates = make_templates(n);
  std::mt19937 rng(static_cast<unsigned>(n));
  for (std::size_t i = 0; i < 1024; ++i) {
    w.hits.push_back(hit_path(w.templates[rng() % n], rng));
    w.misses.push_back(miss_path(i, w.templates, rng));
  }
  return cache.emplace(n, std::move(w)).first->second;
}

std::string_view strip_query(std::string_view p) {
  const std::size_t q = p.find_first_of("?#");
  return q == std::string_view::npos ? p : p.substr(0, q);
}

// --- baseline 1: one std::regex per template, tried in order ------------------

std::string to_regex(const std::string &tmpl) {
  std::string re;
  std::size_t pos = 1;
  while (pos <= tmpl.size()) {
    std::size_t end = tmpl.find('/', pos);
    if (end == std::string::npos)
      end = tmpl.size();
    const std::string seg = tmpl.substr(pos, end - pos);
    re += '/';
    if (seg == "<int>")
      re += R"([-+]?\d+)";
    else if (seg == "<uint>")
      re += R"(\d+)";
    else if (seg == "*")
      re += ".+";
    else if (seg[0] == ':' || seg[0] == '{')
      re += "[^/]+";
    else
      for (char c : seg)
        re += std::isalnum(static_cast<unsigned char>(c)) ? std::string(1, c) : std::string("\\") + c;
    pos = end + 1;
  }
  return re;
}

struct RegexRouter {
  explicit RegexRouter(const std::vector<std::string> &templates) : templates(templates) {
    for (const std::string &t : templates)
      regexes.emplace_back(to_regex(t), std::regex::ECMAScript | std::regex::optimize);
  }
  const std::string &match(std::string_view raw) const {
    const std::string_view path = strip_query(raw);
    for (std::size_t i = 0; i < regexes.size(); ++i)
      if (std::regex_match(path.begin(), path.end(), regexes[i]))
        return templates[i];
    return labelguard::unregistered_label();
  }
  const std::vector<std::string> &templates;
  std::vector<std::regex> regexes;
};

// --- baseline 2: a linear scan over pre-split templates ------------------------

struct LinearRouter {
  struct Segment {
    enum Kind { literal, integer, any, rest } kind;
    std::string text;
  };
  explicit LinearRouter(const std::vector<std::string> &templates) : templates(templates) {
    for (const std::string &t : templates) {
      std::vector<Segment> segs;
      std::size_t pos = 1;
      while (pos <= t.size()) {
        std::size_t end = t.find('/', pos);
        if (end == std::string::npos)
          end = t.size();
        const std::string seg = t.substr(pos, end - pos);
        if (seg == "<int>" || seg == "<uint>")
          segs.push_back({Segment::integer, {}});
        else if (seg == "*")
          segs.push_back({Segment::rest, {}});
        else if (seg[0] == ':' || seg[0] == '{')
          segs.push_back({Segment::any, {}});
        else
          segs.push_back({Segment::literal, seg});
        pos = end + 1;
      }
      parsed.push_back(std::move(segs));
    }
  }
  const std::string &match(std::string_view raw) const {
    std::array<std::string_view, 32> parts;
    std::size_t count = 0;
    const std::string_view path = strip_query(raw);
    std::size_t pos = 1;
    while (pos <= path.size() && count < parts.size()) {
      std::size_t end = path.find('/', pos);
      if (end == std::string_view::npos)
        end = path.size();
      parts[count++] = path.substr(pos, end - pos);
      pos = end + 1;
    }
    for (std::size_t t = 0; t < parsed.size(); ++t) {
      const auto &segs = parsed[t];
      bool ok = true;
      std::size_t i = 0;
      for (; ok && i < segs.size(); ++i) {
        if (segs[i].kind == Segment::rest) {
          ok = i < count;
          i = count;
          break;
        }
        if (i >= count) {
          ok = false;
          break;
        }
        const std::string_view p = parts[i];
        switch (segs[i].kind) {
        case Segment::literal: ok = p == segs[i].text; break;
        case Segment::integer:
          ok = !p.empty() && p.find_first_not_of("0123456789") == std::string_view::npos;
          break;
        default: ok = !p.empty(); break;
        }
      }
      if (ok && i == count)
        return templates[t];
    }
    return labelguard::unregistered_label();
  }
  const std::vector<std::string> &templates;
  std::vector<std::vector<Segment>> parsed;
};

// --- the benchmarks --------------------------------------------------------------

template <class Router> void run(benchmark::State &state, const Router &router, bool hits) {
  const Workload &w = workload(static_cast<std::size_t>(state.range(0)));
  const std::vector<std::string> &paths = hits ? w.hits : w.misses;
  std::size_t i = 0;
  for (auto _ : state) {
    const std::string &label = router.match(paths[i++ & 1023]);
    benchmark::DoNotOptimize(&label);
  }
}

void BM_Trie_Hit(benchmark::State &state) {
  labelguard::RouteTable table;
  for (const auto &t : workload(static_cast<std::size_t>(state.range(0))).templates)
    table.add(t);
  run(state, table, true);
}
void BM_Trie_Miss(benchmark::State &state) {
  labelguard::RouteTable table;
  for (const auto &t : workload(static_cast<std::size_t>(state.range(0))).templates)
    table.add(t);
  run(state, table, false);
}
void BM_Regex_Hit(benchmark::State &state) {
  const RegexRouter router(workload(static_cast<std::size_t>(state.range(0))).templates);
  run(state, router, true);
}
void BM_Regex_Miss(benchmark::State &state) {
  const RegexRouter router(workload(static_cast<std::size_t>(state.range(0))).templates);
  run(state, router, false);
}
void BM_Linear_Hit(benchmark::State &state) {
  const LinearRouter router(workload(static_cast<std::size_t>(state.range(0))).templates);
  run(state, router, true);
}
void BM_Linear_Miss(benchmark::State &state) {
  const LinearRouter router(workload(static_cast<std::size_t>(state.range(0))).templates);
  run(state, router, false);
}

/// The process-wide route_label() at 1,000 templates: the trie plus the
/// global table's indirection and (on a miss) its counter.
struct GlobalRouter {
  const std::string &match(std::string_view raw) const { return labelguard::route_label(raw); }
};
void BM_RouteLabel_Hit(benchmark::State &state) {
  labelguard::register_routes(workload(static_cast<std::size_t>(state.range(0))).templates);
  run(state, GlobalRouter{}, true);
}
void BM_RouteLabel_Miss(benchmark::State &state) {
  labelguard::register_routes(workload(static_cast<std::size_t>(state.range(0))).templates);
  run(state, GlobalRouter{}, false);
}

/// 10,000 templates registered one by one, into a RouteTable and into the
/// process-wide shape (a mutex per registration).
void BM_Register_OneByOne(benchmark::State &state) {
  const auto &templates = workload(static_cast<std::size_t>(state.range(0))).templates;
  for (auto _ : state) {
    labelguard::RouteTable table;
    for (const auto &t : templates)
      table.add(t);
    benchmark::DoNotOptimize(table.size());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(templates.size()));
}
void BM_Register_LockedOneByOne(benchmark::State &state) {
  const auto &templates = workload(static_cast<std::size_t>(state.range(0))).templates;
  for (auto _ : state) {
    labelguard::detail::RouteTrie trie;
    std::mutex mutex;
    for (const auto &t : templates) {
      std::lock_guard<std::mutex> lock(mutex);
      trie.add(t, nullptr);
    }
    benchmark::DoNotOptimize(trie.labels().size());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(templates.size()));
}

double min_of(const std::vector<double> &v) { return *std::min_element(v.begin(), v.end()); }

void lookup_args(benchmark::internal::Benchmark *b) {
  b->Arg(10)->Arg(100)->Arg(1000)->Arg(10000)->Repetitions(5)->ReportAggregatesOnly(true)
      ->ComputeStatistics("min", min_of)->Unit(benchmark::kNanosecond);
}

BENCHMARK(BM_Trie_Hit)->Apply(lookup_args);
BENCHMARK(BM_Trie_Miss)->Apply(lookup_args);
BENCHMARK(BM_Linear_Hit)->Apply(lookup_args);
BENCHMARK(BM_Linear_Miss)->Apply(lookup_args);
BENCHMARK(BM_Regex_Hit)->Apply(lookup_args);
BENCHMARK(BM_Regex_Miss)->Apply(lookup_args);
BENCHMARK(BM_RouteLabel_Hit)->Arg(1000)->Repetitions(5)->ReportAggregatesOnly(true)
    ->ComputeStatistics("min", min_of)->Unit(benchmark::kNanosecond);
BENCHMARK(BM_RouteLabel_Miss)->Arg(1000)->Repetitions(5)->ReportAggregatesOnly(true)
    ->ComputeStatistics("min", min_of)->Unit(benchmark::kNanosecond);
BENCHMARK(BM_Register_OneByOne)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Register_LockedOneByOne)->Arg(10000)->Unit(benchmark::kMillisecond);

/// Google Benchmark's console output, plus a note of every median so that
/// the summary can put the designs side by side.
class SummaryReporter : public benchmark::ConsoleReporter {
public:
  void ReportRuns(const std::vector<Run> &runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run &run : runs) {
      if (run.aggregate_name != "median")
        continue;
      const std::string &name = run.run_name.function_name; // "BM_Trie_Hit"
      const long templates = std::stol(run.run_name.args);
      // CPU time, not wall time: on a shared machine wall time also counts the
      // time the thread was descheduled. Both are in the table above.
      medians_[name][templates] = run.GetAdjustedCPUTime(); // ns: every lookup benchmark uses kNanosecond
    }
  }

  void PrintSummary() const {
    auto get = [&](const char *name, long n) {
      auto a = medians_.find(name);
      if (a == medians_.end())
        return -1.0;
      auto b = a->second.find(n);
      return b == a->second.end() ? -1.0 : b->second;
    };
    std::printf("\nMedian CPU ns per lookup (5 repetitions):\n");
    std::printf("%10s %10s %10s %12s %12s %12s %12s %10s %10s %11s %11s\n", "templates",
                "trie hit", "trie miss", "linear hit", "linear miss", "regex hit",
                "regex miss", "regex/trie", "regex/trie", "linear/trie", "linear/trie");
    std::printf("%10s %10s %10s %12s %12s %12s %12s %10s %10s %11s %11s\n", "", "", "", "", "",
                "", "", "(hit)", "(miss)", "(hit)", "(miss)");
    for (long n : {10L, 100L, 1000L, 10000L}) {
      const double th = get("BM_Trie_Hit", n), tm = get("BM_Trie_Miss", n);
      const double lh = get("BM_Linear_Hit", n), lm = get("BM_Linear_Miss", n);
      const double rh = get("BM_Regex_Hit", n), rm = get("BM_Regex_Miss", n);
      std::printf("%10ld %10.1f %10.1f %12.1f %12.1f %12.0f %12.0f %9.0fx %9.0fx %10.1fx %10.1fx\n", n,
                  th, tm, lh, lm, rh, rm, rh / th, rm / tm, lh / th, lm / tm);
    }
    const double gh = get("BM_RouteLabel_Hit", 1000), gm = get("BM_RouteLabel_Miss", 1000);
    if (gh > 0)
      std::printf("route_label() at 1000 templates: %.1f ns hit, %.1f ns miss\n", gh, gm);
  }

private:
  std::map<std::string, std::map<long, double>> medians_;
};

} // namespace

int main(int argc, char **argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv))
    return 1;
  SummaryReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.PrintSummary();
  benchmark::Shutdown();
  return 0;
}
