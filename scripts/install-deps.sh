#!/usr/bin/env bash
# Installs what labelguard needs on Debian 12, from Debian's own packages.
#   scripts/install-deps.sh            build, check, tests and the example
# Runs apt-get as root, or through sudo. Does nothing when all is present.
set -euo pipefail

packages=(
  # The compiler and LLVM/Clang 19: the check's headers and libraries,
  # clang-tidy-19 for the plugin, clangd's libraries, lit and FileCheck.
  clang-19 clang-tidy-19 clang-tools-19 clangd-19 libclang-19-dev llvm-19-dev
  llvm-19-tools libclang-rt-19-dev
  # labelguard-clangd links clangd's remote-index support.
  libgrpc++-dev libprotobuf-dev libabsl-dev
  # Build tools and test libraries.
  cmake ninja-build pkg-config python3 libgtest-dev libbenchmark-dev
  # The project's own style (.clang-format; the `format` test).
  clang-format-19
  # The frameworks and metrics library of the example and integration tests.
  libcpp-httplib-dev prometheus-cpp-dev libboost-dev libpoco-dev
  libcpprest-dev libpistache-dev libcivetweb-dev
  # The tests talk to the example service over loopback.
  curl
  # The integration tests' clients: an editor (Neovim's LSP client), git and
  # the pre-commit framework, and Python's YAML and JSON-schema modules
  # (labelguard-sarif reads clang-tidy's YAML exports; the SARIF test checks
  # the schema).
  neovim git pre-commit python3-yaml python3-jsonschema
  # The Bazel aspect's test (bazel/, test/bazel): Debian's Bazel 4.2.3.
  bazel-bootstrap
  # Microsoft's SARIF validator (from npm, by the test) is a .NET program
  # that loads ICU.
  libicu72
)
# The SARIF test installs Microsoft's validator with npm. Use the machine's
# Node.js if it has one: Debian's npm conflicts with other builds of Node.js.
command -v npm >/dev/null || packages+=(npm)

exec "$(dirname "$0")/apt-install.sh" install-deps "${packages[@]}"
