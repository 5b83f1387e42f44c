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

/// A file's path as summaries name it: absolute, symbolic links resolved,
/// so that one file reached by two spellings (`src/../include/x.h`) is one
/// file. Computed once per file.
Symbol canonicalPath(const SourceManager &SM, FileEntryRef File,
                     FactStore &Store);

/// The file, line and column of \p L (its expansion location): what a
/// summary file records, the file's path canonical.
const ExternalLoc *toExternal(const Loc &L, const SourceManager &SM,
                              FactStore &Store);

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_LOCATIONS_H
