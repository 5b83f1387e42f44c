#!/usr/bin/env bash
# Installs what the benchmarks in bench/leak and bench/overhead need, on top of
# scripts/install-deps.sh (which stays the build-and-test list: nothing here is
# needed by scripts/test.sh or CI). All from Debian 12's own packages.
#   bench/install-bench-deps.sh            wrk, gnuplot, GNU time, perf, r3
#   bench/install-bench-deps.sh --prometheus   also the Prometheus server
# Runs apt-get as root, or through sudo. Does nothing when all is present.
set -euo pipefail

packages=(
  # bench/leak: the HTTP load generator (driven by a Lua script) and the plot.
  wrk gnuplot-nox
  # bench/overhead: wall time and peak memory per run (GNU time), and perf,
  # used to say where the check's time goes (docs/performance.md).
  time linux-perf
  # bench/overhead parses real servers: Boost.Beast, POCO and cpprestsdk
  # (also in scripts/install-deps.sh, listed here so this script stands alone).
  libboost-dev libpoco-dev libcpprest-dev libcpp-httplib-dev prometheus-cpp-dev
  clang-19 clang-tidy-19 clangd-19 python3
  # bench/runtime/router_comparison_bench: r3, a C URL router, as a peer of
  # the runtime guard's matcher (Pistache's router comes with libpistache-dev
  # from scripts/install-deps.sh).
  libr3-dev
)
# Optional: a real Prometheus server scraping both services on loopback.
[ "${1:-}" = --prometheus ] && packages+=(prometheus)

exec "$(dirname "$0")/../scripts/apt-install.sh" install-bench-deps "${packages[@]}"
