// Build-mode switches shared by every labelguard header.
#ifndef LABELGUARD_DETAIL_CONFIG_HPP
#define LABELGUARD_DETAIL_CONFIG_HPP

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

// The guard must also build with -fno-exceptions (embedded and game-server
// code bases), where `throw` does not compile at all.
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
#define LABELGUARD_HAS_EXCEPTIONS 1
#else
#define LABELGUARD_HAS_EXCEPTIONS 0
#endif

// For the few small functions on the lookup path that compilers otherwise
// leave as calls inside the recursive matcher (measured in bench/runtime).
#if defined(__GNUC__) || defined(__clang__)
#define LABELGUARD_ALWAYS_INLINE __attribute__((always_inline)) inline
#define LABELGUARD_LAMBDA_INLINE __attribute__((always_inline))
#else
#define LABELGUARD_ALWAYS_INLINE inline
#define LABELGUARD_LAMBDA_INLINE
#endif

namespace labelguard::detail {

/// Reports a malformed route template. Without exceptions there is no way to
/// hand the error back from a `void` function, so we do what the standard
/// library does in that mode: say why, then abort. Callers that must not
/// abort use the `try_` functions instead.
[[noreturn]] inline void fail_invalid_argument(const std::string &message) {
#if LABELGUARD_HAS_EXCEPTIONS
  throw std::invalid_argument(message);
#else
  std::fprintf(stderr, "%s\n", message.c_str());
  std::fflush(stderr);
  std::abort();
#endif
}

} // namespace labelguard::detail

#endif // LABELGUARD_DETAIL_CONFIG_HPP
