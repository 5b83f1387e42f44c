//===--- UnitSummaries.h - labelguard -------------------------------------===//
//
// The check's side of whole-program analysis: the summary file a unit
// writes (its summaries, with the fixes the check would make at each site a
// finding may be linked to, and the findings it made itself), and the
// project index a unit reads (loaded once per process, shared by every unit
// and thread).
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_UNITSUMMARIES_H
#define LABELGUARD_CHECKS_UNITSUMMARIES_H

#include "FixBuilder.h"
#include "engine/Link.h"
#include "engine/SummaryIndex.h"
#include "engine/TranslationUnitAnalysis.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <memory>

namespace clang::tidy::metrics {

/// An edit as a summary keeps it: the file's path and byte offsets.
engine::Edit toEdit(const FixItHint &Hint, const SourceManager &SM,
                    engine::FactStore &Store);

/// A finding the check reported, as a summary file keeps it.
engine::FindingRecord toRecord(const engine::Finding &F, const FixPlan &Plan,
                               llvm::ArrayRef<FixItHint> Edits,
                               engine::TranslationUnitAnalysis &Analysis);

/// Builds the unit's summary: its functions (with a plan for each site
/// from \p Fixes, and \p Include for the guard's include in a site's file),
/// its members' facts, the findings and what it read.
engine::UnitSummary
buildUnitSummary(engine::TranslationUnitAnalysis &Analysis, FixBuilder &Fixes,
                 llvm::function_ref<std::optional<FixItHint>(FileID)> Include,
                 std::vector<engine::FindingRecord> Findings);

/// Writes \p U to \p Path (into a directory: a file named after the main
/// file), atomically. Returns the problem, if any.
std::optional<std::string> writeUnitSummaryFile(const engine::UnitSummary &U,
                                                llvm::StringRef Path);

/// The file name a unit's summary takes in a summary directory.
std::string summaryFileName(llvm::StringRef MainFile);

/// The plan the check would make at a site for a finding the link made.
engine::SitePlan choosePlan(const engine::LinkFinding &F, const Knowledge &K);

/// The project index at \p Path, loaded once per process and kept while it
/// is unchanged on disk.
llvm::Expected<std::shared_ptr<const engine::SummaryIndex>>
projectIndex(llvm::StringRef Path);

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_UNITSUMMARIES_H
