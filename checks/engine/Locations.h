//===--- engine/Locations.h - labelguard ----------------------------------===//
//
// Between the two kinds of Loc: a SourceLocation of this translation unit,
// and the file/line/column a summary file records.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_LOCATIONS_H
#define LABELGUARD_CHECKS_ENGINE_LOCATIONS_H

#include "engine/FactStore.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::metrics::engine {

/// Where \p L is, in this translation unit's source manager. A location
/// from a summary in a file this unit never included gets that file loaded
/// (so that a note can point into another translation unit's source); an
/// unreadable file gives an invalid location.
SourceLocation toSourceLocation(const Loc &L, SourceManager &SM);

/// The file, line and column of \p L (its expansion location): what a
/// summary file records. \p File is the path as the source manager names it,
/// made absolute.
const ExternalLoc *toExternal(const Loc &L, const SourceManager &SM,
                              FactStore &Store);

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_LOCATIONS_H
