//===--- engine/FunctionAnalysis.h - labelguard ---------------------------===//
//
// The analysis of one function body: a forward, flow-sensitive data-flow
// over its CFG (a worklist of blocks, the transfer of each element, guards
// on the edges of branches), which updates the function's summary and
// returns what it found. Where clang cannot build the CFG (`if consteval`),
// a structured walk of the body takes its place.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_FUNCTIONANALYSIS_H
#define LABELGUARD_CHECKS_ENGINE_FUNCTIONANALYSIS_H

#include "engine/Context.h"
#include <vector>

namespace clang::tidy::metrics::engine {

/// Analyses \p FD once with the facts known now; records its summary in the
/// store and returns its findings.
std::vector<Finding> analyzeFunction(Context &C, const FunctionDecl *FD);

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_FUNCTIONANALYSIS_H
