// Ordinary service layouts at a size that once broke the analysis: a hundred
// handlers with their own logging helpers over one shared record(), and a
// chain of two hundred helpers. The check reports every handler, and runs
// clean under AddressSanitizer (lit-checks-asan).
// RUN: %python %S/Inputs/generated/gen_service.py handlers 100 > %t.handlers.cpp
// RUN: %check_clang_tidy %t.handlers.cpp metrics-high-cardinality-label %t.h -- -- -std=c++17 -isystem %S/Inputs
// RUN: %python %S/Inputs/generated/gen_service.py chain 200 > %t.chain.cpp
// RUN: %check_clang_tidy %t.chain.cpp metrics-high-cardinality-label %t.c -- -- -std=c++17 -isystem %S/Inputs
