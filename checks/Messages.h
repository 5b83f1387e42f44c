//===--- Messages.h - labelguard ------------------------------------------===//
//
// Every word the check says: the warning, one note per step of a trail, and
// the note about the fix. The engine and the fix builder hand over
// structured results; only this file turns them into text.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_MESSAGES_H
#define LABELGUARD_CHECKS_MESSAGES_H

#include "FixBuilder.h"
#include "engine/Taint.h"
#include "knowledge/Knowledge.h"
#include <string>

namespace clang::tidy::metrics {

/// The warning, with %0 for the source's description (describe()).
llvm::StringRef warningFormat(SinkRole Role);

/// The words that finish "metric label value comes from ...".
llvm::StringRef describe(SourceKind K);

/// The note of one step of a trail.
std::string stepNote(const engine::Step &S);

/// The note about the fix (or why there is none).
std::string fixNote(const FixPlan &Plan, const FixBuilder &Fixes,
                    SourceKind Kind);

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_MESSAGES_H
