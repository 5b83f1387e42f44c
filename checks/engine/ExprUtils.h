//===--- ExprUtils.h - labelguard -----------------------------------------===//
//
// Small, type-based questions about expressions that the analysis and the
// reporting share.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_EXPRUTILS_H
#define LABELGUARD_CHECKS_EXPRUTILS_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::metrics {

/// Looks through the nodes that carry a value unchanged: parentheses,
/// implicit conversions, temporaries and functional casts.
const Expr *ignoreValueWrappers(const Expr *E);

/// True for the string types whose value is the text itself (std::string,
/// std::string_view, boost::string_view, char pointers and arrays).
bool isStringLike(QualType T);

/// True for the types whose values cannot carry request text: bool, enums,
/// void.
bool isNeverRaw(QualType T);

/// The values a label argument is made of. The argument is usually a braced
/// list that the AST turns into a std::map, vector or initializer_list built
/// from pairs; its leaves are what the user wrote, each judged and reported
/// on its own.
void collectLabelLeaves(const Expr *Arg,
                        llvm::SmallVectorImpl<const Expr *> &Out);

/// Where a note about a call points: the callee's name.
SourceLocation calleeLocation(const Expr *CallOrConstruct);

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_EXPRUTILS_H
