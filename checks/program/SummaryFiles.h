//===--- program/SummaryFiles.h - labelguard ------------------------------===//
//
// Summary files as the drivers read them: one, with an error that names
// it; many, parsed on every core and read in order; and the project index
// a link makes of them.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_PROGRAM_SUMMARYFILES_H
#define LABELGUARD_CHECKS_PROGRAM_SUMMARYFILES_H

#include "engine/Link.h"
#include "engine/SummaryIO.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <string>
#include <vector>

namespace clang::tidy::metrics::program {

/// Reads a summary; a missing, corrupt, foreign or truncated one is an
/// error that names the file.
llvm::Expected<engine::UnitSummary>
readSummary(llvm::StringRef Path, engine::FactStore &Strings,
            engine::SummaryInputs Inputs = engine::SummaryInputs::Skip);

/// Reads every file of \p Paths without its inputs, handing each to \p Take
/// in the order of \p Paths. Reading the files, parsing their JSON and
/// reading it into \p Strings, most of a link's time, runs on \p Threads
/// threads (0: every core) ahead of \p Take; what \p Take gets is the same
/// whatever the threads.
void readSummaries(
    llvm::ArrayRef<std::string> Paths, engine::FactStore &Strings,
    unsigned Threads,
    llvm::function_ref<void(size_t, llvm::Expected<engine::UnitSummary>)> Take);

/// The project index of a link: its closed summaries, findings and errors,
/// and the units it was made of. The link is spent (ProgramLink::takeIndex).
engine::UnitSummary projectIndex(engine::ProgramLink &L,
                                 std::vector<std::string> UnitFiles);

} // namespace clang::tidy::metrics::program

#endif // LABELGUARD_CHECKS_PROGRAM_SUMMARYFILES_H
