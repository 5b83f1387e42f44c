//===--- program/Report.h - labelguard ------------------------------------===//
//
// Findings of the whole program, in clang-tidy's shapes: the text a
// clang-tidy run prints (warning, notes, source lines), the YAML of
// --export-fixes that clang-apply-replacements reads, and the edits of
// --fix applied. Each finding once, each edit once, whatever number of
// units reached the code.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_PROGRAM_REPORT_H
#define LABELGUARD_CHECKS_PROGRAM_REPORT_H

#include "Messages.h"
#include "engine/Link.h"
#include "knowledge/Knowledge.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace clang::tidy::metrics::program {

/// Every finding of a linked program: what the units found themselves and
/// what the link found, each place and role once, in file, line and column
/// order. Fix plans for the link's findings are chosen from their sites'.
std::vector<engine::FindingRecord> collectFindings(const engine::ProgramLink &L,
                                                   const Knowledge &K);

/// Which findings are shown: those in the given files (default: every
/// unit's main file), and those in headers that the header filter matches
/// (default: headers under the project's source root).
struct Filter {
  std::set<std::string> Files;
  std::set<std::string> MainFiles;
  std::optional<llvm::Regex> HeaderFilter;
  std::string SourceRoot;
  bool shows(const engine::FindingRecord &F) const;
};

/// Gives \p Carrier, a finding whose fix labels by the registered route,
/// the edits that register the program's declared routes, and its note.
void carryRegistrations(engine::FindingRecord &Carrier,
                        llvm::ArrayRef<engine::Edit> Registrations);

/// Prints findings as clang-tidy does.
void printFindings(llvm::raw_ostream &OS,
                   llvm::ArrayRef<const engine::FindingRecord *> Findings,
                   const FixSpelling &Spelling);

/// Writes a clang-apply-replacements file of the findings' fixes.
llvm::Error exportFixes(llvm::StringRef Path,
                        llvm::ArrayRef<const engine::FindingRecord *> Findings,
                        const FixSpelling &Spelling,
                        llvm::StringRef BuildDirectory);

/// Applies the findings' fixes to the files; returns how many files
/// changed. A conflicting edit is left out with a message on \p Err.
unsigned applyFixes(llvm::ArrayRef<const engine::FindingRecord *> Findings,
                    llvm::raw_ostream &Err);

} // namespace clang::tidy::metrics::program

#endif // LABELGUARD_CHECKS_PROGRAM_REPORT_H
