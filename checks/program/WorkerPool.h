//===--- program/WorkerPool.h - labelguard --------------------------------===//
//
// labelguard-scan's only scheduling: a pool of worker processes, each
// `labelguard-scan summarize` on one translation unit. Build systems that
// schedule the same step themselves (Bazel, CMake) never use it.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_PROGRAM_WORKERPOOL_H
#define LABELGUARD_CHECKS_PROGRAM_WORKERPOOL_H

#include "program/Summarize.h"
#include "llvm/ADT/ArrayRef.h"
#include <string>
#include <utility>
#include <vector>

namespace clang::tidy::metrics::program {

/// One unit to summarise: its absolute main file and the summary to write.
struct WorkItem {
  std::string File;
  std::string Summary;
};

/// How the workers are run: this program, the absolute build directory
/// whose compile database they read, the project's configuration, and how
/// many run at once.
struct PoolOptions {
  std::string Self;
  std::string BuildDir;
  ConfigOptions Config;
  unsigned Jobs = 1;
};

/// Summarises every item, \p O.Jobs at a time. Returns the items whose
/// worker failed (by index into \p Work) with what the worker said.
std::vector<std::pair<size_t, std::string>>
runWorkers(const PoolOptions &O, llvm::ArrayRef<WorkItem> Work);

} // namespace clang::tidy::metrics::program

#endif // LABELGUARD_CHECKS_PROGRAM_WORKERPOOL_H
