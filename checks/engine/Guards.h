//===--- engine/Guards.h - labelguard -------------------------------------===//
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

#ifndef LABELGUARD_CHECKS_ENGINE_GUARDS_H
#define LABELGUARD_CHECKS_ENGINE_GUARDS_H

#include "knowledge/Knowledge.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace clang::tidy::metrics::engine {

/// "The value of Tested is bounded when the condition is WhenTrue." A fact
/// about a Candidate holds only if that function (whose body is in another
/// unit) turns out to test its argument CandidateArg for membership.
struct GuardFact {
  const Expr *Tested;
  bool WhenTrue;
  const FunctionDecl *Candidate = nullptr;
  unsigned CandidateArg = 0;
};

/// Whether a call to a function is itself a membership test of one of its
/// arguments (`bool is_registered(const std::string &p)`), as the callee's
/// summary says: that argument's index.
using MembershipOracle =
    llvm::function_ref<std::optional<unsigned>(const FunctionDecl *)>;

/// Whether a bool function's body is elsewhere, so that only the link can
/// tell whether it is a membership test.
using CandidateFilter = llvm::function_ref<bool(const FunctionDecl *)>;

/// The facts that hold on the two edges of \p Cond. Calls of functions
/// that \p Candidate accepts give candidate facts, one per argument.
void collectGuardFacts(const Expr *Cond, KnowledgeIndex &K,
                       MembershipOracle Oracle,
                       llvm::SmallVectorImpl<GuardFact> &Out,
                       CandidateFilter Candidate = nullptr);

/// If every return of \p FD (which returns bool) is a membership test of the
/// same parameter that holds when true (or the constant false), that
/// parameter's index. Calls to other such functions count, as the oracle
/// says: nothing here recurses into other functions.
std::optional<unsigned> membershipParameter(const FunctionDecl *FD,
                                            KnowledgeIndex &K,
                                            MembershipOracle Oracle);

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_GUARDS_H
