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

/// How fix notes spell the functions a fix calls.
struct FixSpelling {
  std::string Guard;   ///< "labelguard::route_label"
  std::string GuardNs; ///< "labelguard::"
  std::string Limiter; ///< empty: no limiter fix
  /// From the options' qualified names ("::labelguard::route_label").
  static FixSpelling of(llvm::StringRef GuardFunction,
                        llvm::StringRef LimiterFunction);
};

/// The note about the fix (or why there is none), for a finding of \p Kind;
/// \p Named is the adapter header a registration note names, or the
/// instantiation a template's note names (FixPlan::Adapter).
std::string fixNote(FixNote Note, llvm::StringRef Named, SourceKind Kind,
                    const FixSpelling &S);

/// The note on the declaration of the first route a fix registers:
/// "the fix also registers the 3 route patterns the service declares ...";
/// \p Objects of the declarations are objects whose routes the framework
/// routes (an Oat++ controller), not patterns.
std::string registrationNote(unsigned Count, llvm::StringRef Declarer,
                             unsigned Objects = 0);

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_MESSAGES_H
