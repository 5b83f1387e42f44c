// Bounded recursion: a chain of 20,000 helpers, each calling the next, and a
// chain of 20,000 bool wrappers around one membership test. Neither exhausts
// the stack (as neither does for clang-tidy with a trivial check); the leak
// at the end of the first chain is found, and the second chain's guard holds.
// The other front ends run the same analysis code on the smaller chains of
// the many-helpers test.
// UNSUPPORTED: frontend-plugin, frontend-asan
// RUN: %python %S/Inputs/generated/gen_service.py chain 20000 > %t.chain.cpp
// RUN: %check_clang_tidy %t.chain.cpp metrics-high-cardinality-label %t.c -- -- -std=c++17 -isystem %S/Inputs
// RUN: %python %S/Inputs/generated/gen_service.py guards 20000 > %t.guards.cpp
// RUN: %check_clang_tidy %t.guards.cpp metrics-high-cardinality-label %t.g -- -- -std=c++17 -isystem %S/Inputs
