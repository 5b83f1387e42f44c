//===--- ValueFlow.h - labelguard -----------------------------------------===//
//
// Follows a value backwards from the place it is used to the request accessor
// it was read from, remembering each hop so the diagnostic can explain it.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_VALUEFLOW_H
#define LABELGUARD_CHECKS_VALUEFLOW_H

#include "Knowledge.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <string>

namespace clang::tidy::metrics {

/// One hop of a flow, in source-to-sink order.
struct FlowStep {
  SourceLocation Loc;
  std::string Note;
};

/// Where a raw value came from and how it travelled.
struct Origin {
  SourceKind Kind;
  const Expr *Read; ///< the request accessor expression
  llvm::SmallVector<FlowStep, 4> Steps;
};

/// Answers "does this expression carry raw request data, and from where?".
class ValueFlow {
public:
  explicit ValueFlow(const Knowledge &K) : K(K) {}

  /// The origin of the value \p E evaluates to, if it is raw request data.
  std::optional<Origin> trace(const Expr *E);

private:
  std::optional<Origin> traceImpl(const Expr *E, unsigned Depth);
  std::optional<Origin> traceVariable(const VarDecl *VD, unsigned Depth);

  const Knowledge &K;
  /// Variables on the current path; a self-referential initializer or a
  /// cycle of assignments must not loop.
  llvm::SmallPtrSet<const VarDecl *, 8> Visiting;
};

/// Looks through the nodes that carry a value unchanged: parentheses,
/// implicit conversions, temporaries and functional casts.
const Expr *ignoreValueWrappers(const Expr *E);

/// True for the string types whose value is the text itself (std::string,
/// std::string_view, boost::string_view, char pointers and arrays): building
/// one of these from a raw value keeps the value raw.
bool isStringLike(QualType T);

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_VALUEFLOW_H
