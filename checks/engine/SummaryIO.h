//===--- engine/SummaryIO.h - labelguard ----------------------------------===//
//
// Summary files: what one translation unit learned (its functions'
// summaries, its members' facts, its findings), as JSON that another
// process can read back. The text is deterministic: the same unit gives the
// same bytes, so a build cache can key on it. Every location is a file, a
// line and a column.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_SUMMARYIO_H
#define LABELGUARD_CHECKS_ENGINE_SUMMARYIO_H

#include "engine/FactStore.h"
#include "engine/Summary.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::metrics::engine {

/// The format's name and version: a file of another version is refused (and
/// re-made by the drivers) rather than misread.
constexpr llvm::StringLiteral SummaryFormat = "labelguard-summary";
constexpr unsigned SummaryVersion = 1;

/// Rewrites every location of \p S as file, line and column (the form a
/// summary file keeps), interning into \p Store.
void externalize(FunctionSummary &S, const SourceManager &SM, FactStore &Store);
void externalize(FieldFacts &F, const SourceManager &SM, FactStore &Store);
void externalize(FindingRecord &F, const SourceManager &SM, FactStore &Store);

/// Writes \p U (whose locations are all external) as JSON.
void writeUnitSummary(const UnitSummary &U, llvm::raw_ostream &OS);

/// Whether a reader wants the files a unit read (UnitSummary::Inputs): only
/// the check whether a summary is still up to date does. They are most of
/// a small unit's summary, so the link and the report skip them unparsed.
enum class SummaryInputs { Read, Skip };

/// Reads a summary file's text, interning its names into \p Store; an
/// error names what is wrong (truncated, not JSON, another version, a
/// malformed entry). Several threads may read into one store at once.
llvm::Expected<UnitSummary>
readUnitSummary(llvm::StringRef Text, FactStore &Store,
                SummaryInputs Inputs = SummaryInputs::Read);

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_SUMMARYIO_H
