//===--- LabelguardTidyMain.cpp - labelguard-tidy -------------------------===//
//
// clang-tidy with the metrics module built in: the same command line, the
// same behaviour, one more check.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/tool/ClangTidyMain.h"
#include "labelguard-tool/Version.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy {
// Defined next to the module's registry entry; using it keeps that object.
extern volatile int LabelguardMetricsModuleAnchorSource;
} // namespace clang::tidy

int main(int Argc, const char **Argv) {
  (void)clang::tidy::LabelguardMetricsModuleAnchorSource;
  llvm::cl::AddExtraVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "labelguard version " LABELGUARD_VERSION
          " (metrics-high-cardinality-label), built against "
          "LLVM " LABELGUARD_LLVM_VERSION "\n";
  });
  return clang::tidy::clangTidyMain(Argc, Argv);
}
