//===--- program/LinkCommand.h - labelguard -------------------------------===//
//
// `labelguard-scan link`: summary files, however they were made (a scan's
// summary directory, Bazel actions, Ninja steps, CI shards), linked into the
// project index that the report and every front end read.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_PROGRAM_LINKCOMMAND_H
#define LABELGUARD_CHECKS_PROGRAM_LINKCOMMAND_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include <string>

namespace clang::tidy::metrics::program {

/// Links summary files (paths, directories of *.lgs, or @FILE listing them)
/// into the project index at \p Index. Returns an ExitCode (Scan.h).
int linkSummaries(llvm::ArrayRef<std::string> Inputs, llvm::StringRef Index,
                  llvm::raw_ostream &Err);

} // namespace clang::tidy::metrics::program

#endif // LABELGUARD_CHECKS_PROGRAM_LINKCOMMAND_H
