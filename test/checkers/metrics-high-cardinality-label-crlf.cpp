// A file with CRLF line endings keeps them: the inserted include ends in
// CRLF too. (Fixes are checked through code actions in clangd.)
// UNSUPPORTED: frontend-clangd
// RUN: %python -c "open('%t.cpp', 'wb').write(open('%S/Inputs/crlf/service.cpp', 'rb').read().replace(b'\n', b'\r\n'))"
// RUN: %clang_tidy %t.cpp -fix --checks=-*,metrics-high-cardinality-label -- -std=c++17 -isystem %S/Inputs
// RUN: %python %S/Inputs/crlf/check_crlf.py %t.cpp
