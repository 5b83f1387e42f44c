//===--- Guards.h - labelguard --------------------------------------------===//
//
// Conditions that bound a value: a membership test against a set or map of
// registered routes, or an equality with a constant. The hand-written guard
// of the original Go fix is
//
//   if (!registered.count(p)) p = "unregistered-path";
//
// On the edge where the test holds, the tested value is one of finitely many.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_GUARDS_H
#define LABELGUARD_CHECKS_GUARDS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"
#include <functional>

namespace clang::tidy::metrics {

/// "The value of Tested is bounded when the condition is WhenTrue."
struct GuardFact {
  const Expr *Tested;
  bool WhenTrue;
};

/// Decides whether a call to a user function is itself a membership test of
/// one of its parameters (`bool is_registered(const std::string &p)`):
/// returns the parameter index, or -1.
using MembershipOracle = std::function<int(const FunctionDecl *)>;

/// The facts that hold on the two edges of \p Cond.
void collectGuardFacts(const Expr *Cond, bool Polarity,
                       const MembershipOracle &Oracle,
                       llvm::SmallVectorImpl<GuardFact> &Out);

/// If every return of \p FD (which returns bool) is a membership test of the
/// same parameter that holds when true (or the constant false), that
/// parameter's index; else -1. Calls to other such helpers count.
int membershipParameter(const FunctionDecl *FD, const MembershipOracle &Oracle);

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_GUARDS_H
