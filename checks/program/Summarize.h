//===--- program/Summarize.h - labelguard ---------------------------------===//
//
// The per-unit building block of whole-program analysis: one translation
// unit of a compile database, analysed by the check in this process (with
// the project's .clang-tidy options, exactly as clang-tidy reads them), its
// summary written to a file. Build systems run it once per source file;
// labelguard-scan runs it in a pool of processes.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_PROGRAM_SUMMARIZE_H
#define LABELGUARD_CHECKS_PROGRAM_SUMMARIZE_H

#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>
#include <string>

namespace clang::tidy::metrics::program {

/// How the project configures the check: clang-tidy's own --config and
/// --config-file (one of them), else the .clang-tidy files found above each
/// source, as clang-tidy looks them up.
struct ConfigOptions {
  std::string Config;
  std::string ConfigFile;
};

/// The compile database of \p BuildDir (compile_commands.json), or null with
/// \p Error set.
std::unique_ptr<tooling::CompilationDatabase>
loadDatabase(llvm::StringRef BuildDir, std::string &Error);

/// The options provider clang-tidy would use, with only the check enabled
/// and \p Overrides (check options) on top. Null with \p Error set when the
/// configuration cannot be read.
std::unique_ptr<ClangTidyOptionsProvider>
optionsProvider(const ConfigOptions &Config,
                const ClangTidyOptions::OptionMap &Overrides,
                std::string &Error);

/// What a unit's summary depends on besides its sources: the compile
/// command, the check's effective options (the model file's contents
/// included) and labelguard's version. A summary with another fingerprint
/// is stale.
std::string unitFingerprint(const tooling::CompileCommand &Command,
                            const ClangTidyOptions &Effective);

/// Analyses \p File and writes its summary (compile errors included) to
/// \p Out. Returns 0, or 2 with a message on \p Err when it cannot start
/// (no compile command, bad configuration, unwritable output).
int summarizeUnit(const tooling::CompilationDatabase &Database,
                  const ConfigOptions &Config, llvm::StringRef File,
                  llvm::StringRef Out, llvm::raw_ostream &Err);

} // namespace clang::tidy::metrics::program

#endif // LABELGUARD_CHECKS_PROGRAM_SUMMARIZE_H
