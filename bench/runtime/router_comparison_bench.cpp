// labelguard's matcher side by side with two real routers Debian packages,
// on the same route sets, in one run:
//   - r3 (libr3-dev), a C URL router that compiles routes into a tree;
//   - Pistache's router (libpistache-dev): Rest::SegmentTreeNode::findRoute,
//     the tree Rest::Router::route() searches (driven without a socket; the
//     full route() also sanitizes the resource with a std::regex first).
// Route sets: 100 and 1,000 REST-like templates (literals and parameters, so
// that all three can express them), and the hardening issue's adversarial
// set (every combination of `1`, <uint>, <int>, <double> and :s over six
// segments: 15,625 templates), which only labelguard and r3 can express
// (Pistache has no typed parameters). Every path is first matched by every
// router and the answers compared: a benchmark whose routers disagree on a
// match says so and is not timed.
//
//   build/bin/router_comparison_bench [--rounds=N]   (default 11)
//
// A comparator missing at build time is skipped with a message.
#include <labelguard/route_table.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#if LABELGUARD_BENCH_HAVE_R3
#include <r3.h>
#endif
#if LABELGUARD_BENCH_HAVE_PISTACHE
#include <pistache/router.h>
#endif

// --- counting allocations: every malloc, so C (r3) and C++ (new) alike ----------

extern "C" void *__libc_malloc(std::size_t);
extern "C" void *__libc_calloc(std::size_t, std::size_t);
extern "C" void *__libc_realloc(void *, std::size_t);
extern "C" void __libc_free(void *);

namespace {
std::uint64_t g_allocations = 0; // the benchmark is single-threaded
}

extern "C" void *malloc(std::size_t n) {
  ++g_allocations;
  return __libc_malloc(n);
}
extern "C" void *calloc(std::size_t n, std::size_t m) {
  ++g_allocations;
  return __libc_calloc(n, m);
}
extern "C" void *realloc(void *p, std::size_t n) {
  ++g_allocations;
  return __libc_realloc(p, n);
}
extern "C" void free(void *p) { __libc_free(p); }

namespace {

// --- route sets ------------------------------------------------------------------

const char *const kWords[] = {"users", "orders", "items", "invoices", "accounts", "carts",
                              "products", "reviews", "sessions", "teams", "projects",
                              "tickets", "payments", "shipments", "webhooks", "reports"};
constexpr std::size_t kWordCount = sizeof kWords / sizeof *kWords;

std::string resource(std::size_t i) {
  return std::string(kWords[i % kWordCount]) + (i < kWordCount ? "" : std::to_string(i / kWordCount));
}

/// A template as a list of segments: "" for a parameter, else a literal; or,
/// for the adversarial set, a kind per segment.
enum class Kind { literal, uint_param, int_param, double_param, param };
struct Segment {
  Kind kind;
  std::string text; // for literals
};
using Template = std::vector<Segment>;

std::vector<Template> rest_like(std::size_t n) {
  std::vector<Template> out;
  auto lit = [](std::string s) { return Segment{Kind::literal, std::move(s)}; };
  const Segment p{Kind::param, ""};
  for (std::size_t i = 0; i < n; ++i) {
    const std::string r = resource(i);
    switch (i % 6) {
    case 0: out.push_back({lit("api"), lit("v1"), lit(r)}); break;
    case 1: out.push_back({lit("api"), lit("v1"), lit(r), p}); break;
    case 2: out.push_back({lit("api"), lit("v1"), lit(r), p, lit(kWords[(i / 7) % kWordCount]), p}); break;
    case 3: out.push_back({lit("api"), lit("v2"), lit(r), p, lit("history")}); break;
    case 4: out.push_back({lit("internal"), lit(r), p, lit("status")}); break;
    default: out.push_back({lit("static"), lit(r), p}); break;
    }
  }
  return out;
}

std::vector<Template> mixed_kinds() {
  const Segment kinds[] = {{Kind::literal, "1"}, {Kind::uint_param, ""}, {Kind::int_param, ""},
                           {Kind::double_param, ""}, {Kind::param, ""}};
  std::vector<Template> out{{}};
  for (int level = 0; level < 6; ++level) {
    std::vector<Template> next;
    for (const Template &t : out)
      for (const Segment &k : kinds) {
        next.push_back(t);
        next.back().push_back(k);
      }
    out.swap(next);
  }
  return out;
}

std::string labelguard_syntax(const Template &t) {
  std::string s;
  int n = 0;
  for (const Segment &seg : t) {
    s += '/';
    switch (seg.kind) {
    case Kind::literal: s += seg.text; break;
    case Kind::uint_param: s += "<uint>"; break;
    case Kind::int_param: s += "<int>"; break;
    case Kind::double_param: s += "<double>"; break;
    case Kind::param: s += ":p" + std::to_string(n++); break;
    }
  }
  return s.empty() ? "/" : s;
}

// r3's slugs: {name} is [^/]+; {name:regex} a PCRE (r3 turns \d+ into an opcode).
std::string r3_syntax(const Template &t) {
  std::string s;
  int n = 0;
  for (const Segment &seg : t) {
    s += '/';
    const std::string name = "p" + std::to_string(n++);
    switch (seg.kind) {
    case Kind::literal: s += seg.text; break;
    case Kind::uint_param: s += "{" + name + ":\\d+}"; break;
    case Kind::int_param: s += "{" + name + ":[-+]?\\d+}"; break;
    case Kind::double_param:
      s += "{" + name + ":[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?}";
      break;
    case Kind::param: s += "{" + name + "}"; break;
    }
  }
  return s.empty() ? "/" : s;
}

// Pistache: no leading '/', :name parameters, nothing typed.
std::string pistache_syntax(const Template &t) {
  std::string s;
  int n = 0;
  for (const Segment &seg : t) {
    if (!s.empty())
      s += '/';
    s += seg.kind == Kind::literal ? seg.text : ":p" + std::to_string(n++);
  }
  return s;
}

bool typed(const std::vector<Template> &set) {
  for (const Template &t : set)
    for (const Segment &s : t)
      if (s.kind != Kind::literal && s.kind != Kind::param)
        return true;
  return false;
}

// --- traffic -----------------------------------------------------------------------

std::string hit_path(const Template &t, std::mt19937 &rng) {
  static const char *const ids[] = {"42", "1873462", "alice", "550e8400-e29b-41d4-a716-446655440000", "x9"};
  std::string p;
  for (const Segment &seg : t) {
    p += '/';
    switch (seg.kind) {
    case Kind::literal: p += seg.text; break;
    case Kind::uint_param: p += std::to_string(rng() % 100000); break;
    case Kind::int_param: p += "-" + std::to_string(rng() % 1000); break;
    case Kind::double_param: p += "2.5"; break;
    case Kind::param: p += ids[rng() % 5]; break;
    }
  }
  if (rng() % 4 == 0)
    p += "?page=2&sort=desc";
  return p;
}

std::string miss_path(std::size_t i, std::size_t n, std::mt19937 &rng, bool adversarial) {
  if (adversarial) { // eight segments against six: every prefix is live
    static const char *const segs[] = {"1", "2", "-3", "4.5", "x"};
    std::string p;
    for (int k = 0; k < 8; ++k)
      p += std::string("/") + segs[(i + static_cast<std::size_t>(k) * (rng() % 2)) % 5];
    return p;
  }
  static const char *const probes[] = {"/wp-admin/setup-config.php", "/.env", "/.git/config",
                                       "/cgi-bin/luci/;stok=/locale", "/vendor/phpunit/eval-stdin.php",
                                       "/actuator/health", "/api/v3/users/1", "/favicon.ico"};
  switch (i % 3) {
  case 0: return probes[rng() % 8];
  case 1: return "/api/v1/" + resource(rng() % (n + 7)) + "/1/unknown/deeper";
  default: return "/internal/" + resource(rng() % n) + "/7/unknown";
  }
}

// --- the routers, each answering a template index or -1 ------------------------------

constexpr long kNone = -1;

std::string_view path_only(std::string_view raw) {
  const std::size_t q = raw.find_first_of("?#");
  return q == std::string_view::npos ? raw : raw.substr(0, q);
}

struct Router {
  std::string name;
  std::function<long(std::string_view)> match;
  double register_ms = 0;
  std::function<void()> destroy;
};

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

Router make_labelguard(const std::vector<Template> &set) {
  auto table = std::make_shared<labelguard::RouteTable>();
  const auto start = Clock::now();
  for (const Template &t : set)
    table->add(labelguard_syntax(t));
  Router r{"labelguard", nullptr, ms_since(start), nullptr};
  r.match = [table](std::string_view p) -> long {
    const std::size_t i = table->find(p);
    return i == labelguard::RouteTable::npos ? kNone : static_cast<long>(i);
  };
  return r;
}

#if LABELGUARD_BENCH_HAVE_R3
bool make_r3(const std::vector<Template> &set, Router &out) {
  const auto start = Clock::now();
  node *tree = r3_tree_create(10);
  std::vector<std::string> patterns; // r3 keeps pointers into the strings it is given
  patterns.reserve(set.size());
  for (std::size_t i = 0; i < set.size(); ++i) {
    patterns.push_back(r3_syntax(set[i]));
    char *err = nullptr;
    r3_tree_insert_pathl_ex(tree, patterns.back().c_str(), static_cast<int>(patterns.back().size()),
                            nullptr, reinterpret_cast<void *>(i + 1), &err);
    if (err != nullptr) {
      std::printf("  r3: cannot insert %s: %s\n", patterns.back().c_str(), err);
      std::free(err);
      return false;
    }
  }
  char *err = nullptr;
  if (r3_tree_compile(tree, &err) != 0) {
    std::printf("  r3: compile failed: %s\n", err ? err : "?");
    return false;
  }
  out.name = "r3";
  out.register_ms = ms_since(start);
  auto keep = std::make_shared<std::vector<std::string>>(std::move(patterns));
  out.match = [tree, keep](std::string_view raw) -> long {
    const std::string_view p = path_only(raw);
    // No match_entry: r3 then captures nothing (and allocates nothing).
    const node *n = r3_tree_matchl(tree, p.data(), static_cast<int>(p.size()), nullptr);
    return n != nullptr && n->data != nullptr ? reinterpret_cast<long>(n->data) - 1 : kNone;
  };
  // Never freed: r3 1.3.4's r3_tree_free() frees some edges twice (glibc
  // aborts with "double free or corruption"), and the process ends anyway.
  return true;
}
#endif

#if LABELGUARD_BENCH_HAVE_PISTACHE
bool make_pistache(const std::vector<Template> &set, Router &out) {
  if (typed(set))
    return false;
  auto tree = std::make_shared<Pistache::Rest::SegmentTreeNode>();
  std::vector<const Pistache::Rest::Route *> routes;
  std::mt19937 rng(1);
  const auto start = Clock::now();
  for (const Template &t : set) {
    const std::string s = pistache_syntax(t);
    std::shared_ptr<char> ref(new char[s.size() + 1], std::default_delete<char[]>());
    std::memcpy(ref.get(), s.c_str(), s.size() + 1);
    tree->addRoute(std::string_view(ref.get(), s.size()),
                   [](const Pistache::Rest::Request &, Pistache::Http::ResponseWriter) {
                     return Pistache::Rest::Route::Result::Ok;
                   },
                   ref);
  }
  const double ms = ms_since(start);
  // Which Route is which template: each template's own path finds it.
  for (const Template &t : set) {
    std::string p = pistache_syntax(t);
    for (char &c : p)
      if (c == ':')
        c = 'v'; // ":p0" -> "vp0", a value
    routes.push_back(std::get<0>(tree->findRoute(p)).get());
  }
  out.name = "Pistache";
  out.register_ms = ms;
  out.match = [tree, routes](std::string_view raw) -> long {
    std::string_view p = path_only(raw);
    while (!p.empty() && p.front() == '/')
      p.remove_prefix(1);
    while (!p.empty() && p.back() == '/')
      p.remove_suffix(1);
    if (p.empty())
      return kNone; // findRoute throws on ""
    const auto found = std::get<0>(tree->findRoute(p));
    if (!found)
      return kNone;
    const auto it = std::find(routes.begin(), routes.end(), found.get());
    return it == routes.end() ? kNone : static_cast<long>(it - routes.begin());
  };
  return true;
}
#endif

// --- measuring ------------------------------------------------------------------------

struct Result {
  double ns = 0;          // median ns per lookup
  double allocations = 0; // per lookup
};

/// Median over `rounds` of the mean ns per lookup over the paths, the
/// routers interleaved round by round so that load hits them alike.
std::vector<Result> measure(const std::vector<Router> &routers, const std::vector<std::string> &paths,
                            int rounds) {
  std::vector<std::vector<double>> samples(routers.size());
  std::vector<Result> out(routers.size());
  long sink = 0;
  for (std::size_t r = 0; r < routers.size(); ++r) { // warm-up, and allocations
    for (const std::string &p : paths)
      sink += routers[r].match(p);
    const std::uint64_t before = g_allocations;
    for (const std::string &p : paths)
      sink += routers[r].match(p);
    out[r].allocations = static_cast<double>(g_allocations - before) / static_cast<double>(paths.size());
  }
  const int repeat = 100; // ~50 ms a sample: long enough to outlast a scheduler tick
  for (int round = 0; round < rounds; ++round)
    for (std::size_t r = 0; r < routers.size(); ++r) {
      const auto start = Clock::now();
      for (int k = 0; k < repeat; ++k)
        for (const std::string &p : paths)
          sink += routers[r].match(p);
      samples[r].push_back(std::chrono::duration<double, std::nano>(Clock::now() - start).count() /
                           (repeat * static_cast<double>(paths.size())));
    }
  for (std::size_t r = 0; r < routers.size(); ++r) {
    std::sort(samples[r].begin(), samples[r].end());
    out[r].ns = samples[r][samples[r].size() / 2];
  }
  if (sink == 42)
    std::printf(" ");
  return out;
}

/// Every router gives the same answer for every path, or the first
/// disagreement is printed.
bool agree(const std::vector<Router> &routers, const std::vector<std::string> &paths,
           const std::vector<Template> &set) {
  for (const std::string &p : paths) {
    const long first = routers[0].match(p);
    for (std::size_t r = 1; r < routers.size(); ++r) {
      const long other = routers[r].match(p);
      if (other != first) {
        std::printf("  DISAGREE on %s: %s says %s, %s says %s\n", p.c_str(), routers[0].name.c_str(),
                    first == kNone ? "no match" : labelguard_syntax(set[static_cast<std::size_t>(first)]).c_str(),
                    routers[r].name.c_str(),
                    other == kNone ? "no match" : labelguard_syntax(set[static_cast<std::size_t>(other)]).c_str());
        return false;
      }
    }
  }
  return true;
}

struct Row {
  std::string set, traffic, router;
  Result result;
  double register_ms;
};

void run_set(const std::string &name, const std::vector<Template> &set, bool adversarial, int rounds,
             std::vector<Row> &rows) {
  std::printf("%s: %zu templates\n", name.c_str(), set.size());
  std::vector<Router> routers{make_labelguard(set)};
#if LABELGUARD_BENCH_HAVE_R3
  Router r3;
  if (make_r3(set, r3))
    routers.push_back(r3);
#endif
#if LABELGUARD_BENCH_HAVE_PISTACHE
  Router pistache;
  if (make_pistache(set, pistache))
    routers.push_back(pistache);
  else
    std::printf("  Pistache: skipped (it has no typed parameters to express this set)\n");
#endif
  std::mt19937 rng(static_cast<unsigned>(set.size()));
  std::vector<std::string> hits, misses;
  for (std::size_t i = 0; i < 1024; ++i) {
    hits.push_back(hit_path(set[rng() % set.size()], rng));
    misses.push_back(miss_path(i, set.size(), rng, adversarial));
  }
  for (const auto &[traffic, paths] : {std::pair<const char *, const std::vector<std::string> *>{"hit", &hits},
                                       {"miss", &misses}}) {
    std::vector<Router> agreeing{routers[0]};
    for (std::size_t r = 1; r < routers.size(); ++r) {
      if (agree({routers[0], routers[r]}, *paths, set))
        agreeing.push_back(routers[r]);
      else
        std::printf("  %s: not timed on %s paths (answers differ from labelguard's)\n",
                    routers[r].name.c_str(), traffic);
    }
    if (std::string(traffic) == "miss")
      for (const std::string &p : *paths)
        if (routers[0].match(p) != kNone)
          std::printf("  (a miss path matched: %s)\n", p.c_str());
    const std::vector<Result> results = measure(agreeing, *paths, rounds);
    for (std::size_t r = 0; r < agreeing.size(); ++r)
      rows.push_back({name, traffic, agreeing[r].name, results[r], agreeing[r].register_ms});
  }
  for (Router &r : routers)
    if (r.destroy)
      r.destroy();
}

std::string load_average() {
  std::FILE *f = std::fopen("/proc/loadavg", "r");
  char buf[128] = "(unknown)\n";
  if (f != nullptr) {
    if (std::fgets(buf, sizeof buf, f) == nullptr)
      std::snprintf(buf, sizeof buf, "(unknown)\n");
    std::fclose(f);
  }
  return buf;
}

} // namespace

int main(int argc, char **argv) {
  int rounds = 11;
  for (int i = 1; i < argc; ++i)
    if (std::strncmp(argv[i], "--rounds=", 9) == 0)
      rounds = std::max(1, std::atoi(argv[i] + 9));
#if !LABELGUARD_BENCH_HAVE_R3
  std::printf("r3: skipped (libr3-dev was not found when this was built; bench/install-bench-deps.sh installs it)\n");
#endif
#if !LABELGUARD_BENCH_HAVE_PISTACHE
  std::printf("Pistache: skipped (libpistache-dev was not found when this was built)\n");
#endif
  std::printf("load average at the start: %s", load_average().c_str());
  std::vector<Row> rows;
  run_set("REST-like, 100", rest_like(100), false, rounds, rows);
  run_set("REST-like, 1000", rest_like(1000), false, rounds, rows);
  run_set("mixed kinds, 15625", mixed_kinds(), true, rounds, rows);

  std::printf("load average at the end: %s", load_average().c_str());
  std::printf("\nMedian of %d interleaved rounds, ns per lookup (1,024 paths x 100 per round);\n"
              "allocations per lookup; time to register the whole set (one run):\n", rounds);
  std::printf("| route set | paths | router | ns per lookup | allocations per lookup | registration (ms) |\n");
  std::printf("|---|---|---|---:|---:|---:|\n");
  for (const Row &r : rows)
    std::printf("| %s | %s | %s | %.1f | %.2f | %.2f |\n", r.set.c_str(), r.traffic.c_str(),
                r.router.c_str(), r.result.ns, r.result.allocations, r.register_ms);
  return 0;
}
