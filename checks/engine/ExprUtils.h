//===--- engine/ExprUtils.h - labelguard ----------------------------------===//
//
// Small, type-based questions about expressions that the analysis, the fix
// builder and the check share.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_EXPRUTILS_H
#define LABELGUARD_CHECKS_ENGINE_EXPRUTILS_H

#include "knowledge/Knowledge.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::metrics::engine {

/// Looks through the nodes that carry a value unchanged: parentheses,
/// implicit conversions, temporaries and functional casts.
const Expr *ignoreValueWrappers(const Expr *E);

/// True for the types whose value is the text itself: character pointers
/// and arrays, and the classes the knowledge lists as string types
/// (std::string, std::string_view, boost::string_view).
bool isStringLike(QualType T, KnowledgeIndex &K);

/// True for a type whose values can be called and run user code: a pointer
/// to a function, a class whose call operator calls what it holds
/// (std::function), or a container or holder of those.
bool mayHoldCallables(QualType T, KnowledgeIndex &K);

/// True for the types whose values cannot carry request text: bool, enums,
/// void.
bool isNeverRaw(QualType T);

/// True for a non-const lvalue reference or pointer-to-non-const type: a
/// parameter the callee can write through.
bool isOutParamType(QualType T);

/// The values a label argument is made of. The argument is usually a braced
/// list that the AST turns into a std::map, vector or initializer_list built
/// from pairs; its leaves are what the user wrote, each judged and reported
/// on its own.
void collectLabelLeaves(const Expr *Arg, KnowledgeIndex &K,
                        llvm::SmallVectorImpl<const Expr *> &Out);

/// Where a note about a call points: the callee's name.
SourceLocation calleeLocation(const Expr *CallOrConstruct);

/// `&x` as `x`; anything else as it is.
const Expr *stripAddressOf(const Expr *E);

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_EXPRUTILS_H
