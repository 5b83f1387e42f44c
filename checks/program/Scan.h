//===--- program/Scan.h - labelguard --------------------------------------===//
//
// labelguard-scan's three steps over a compile database: each unit's summary
// (in a pool of worker processes, reusing every summary whose inputs are
// unchanged), the link, and the report. Nothing else: no scheduler and no
// cache beyond the summary directory, so the same steps run under a build
// system's own engine (Bazel, Ninja, sharded CI).
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_PROGRAM_SCAN_H
#define LABELGUARD_CHECKS_PROGRAM_SCAN_H

#include "program/Summarize.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::metrics::program {

/// Exit codes, documented in docs/whole-program.md.
enum ExitCode : int {
  ExitClean = 0,      ///< analysed, nothing to report
  ExitFindings = 1,   ///< findings were reported
  ExitUsage = 2,      ///< a bad option, a missing compile database, ...
  ExitUnitErrors = 3, ///< some unit did not compile (the rest reported)
};

struct ReportOptions {
  /// Report only findings in these files (and matching headers).
  std::vector<std::string> Files;
  std::optional<std::string> HeaderFilter;
  bool Fix = false;
  std::string ExportFixes;
  bool Quiet = false;
};

struct ScanOptions {
  std::string BuildDir;
  /// Where summaries are kept between runs (default
  /// BUILD_DIR/labelguard-summaries).
  std::string SummaryDir;
  /// The project index written after the link (default
  /// BUILD_DIR/labelguard.idx).
  std::string IndexPath;
  /// This program, to run as workers.
  std::string Self;
  ConfigOptions Config;
  unsigned Jobs = 1;
  /// Say which units are analysed again, and why.
  bool Verbose = false;
  ReportOptions Report;
};

/// The whole run: summaries, link, report.
int scan(const ScanOptions &O, llvm::raw_ostream &Out, llvm::raw_ostream &Err);

/// Reports the findings of a project index. Returns an ExitCode.
int reportIndex(llvm::StringRef Index, const ReportOptions &O,
                const ConfigOptions &Config, llvm::raw_ostream &Out,
                llvm::raw_ostream &Err);

} // namespace clang::tidy::metrics::program

#endif // LABELGUARD_CHECKS_PROGRAM_SCAN_H
