//===--- engine/TranslationUnitAnalysis.h - labelguard --------------------===//
//
// The translation-unit driver: every function with a body in user code is
// analysed on its own (FunctionAnalysis) into its summary; summaries, the
// members' facts and the lambdas' captures connect them. A function is
// analysed again whenever a fact it read changes, until nothing new is
// learned; each function's last analysis saw the final facts, so its
// findings are the ones reported.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_TRANSLATIONUNITANALYSIS_H
#define LABELGUARD_CHECKS_ENGINE_TRANSLATIONUNITANALYSIS_H

#include "engine/Context.h"
#include <vector>

namespace clang::tidy::metrics::engine {

class TranslationUnitAnalysis {
public:
  /// \p ReportKinds has one bit per SourceKind that is reported: a value
  /// made of a reported and an unreported source (method + " " + path) is
  /// reported for the former. \p Imported (may be null) supplies the
  /// summaries of functions whose bodies are elsewhere.
  TranslationUnitAnalysis(ASTContext &AST, const Knowledge &K,
                          unsigned ReportKinds,
                          const ImportedFacts *Imported = nullptr);

  /// Analyses \p Functions (definitions in user code, lambdas' call
  /// operators included) and returns the findings, ordered by location,
  /// one per value and role.
  std::vector<Finding> run(llvm::ArrayRef<const FunctionDecl *> Functions);

  FactStore &store() { return Store; }
  Context &context() { return C; }

private:
  FactStore Store;
  Context C;
};

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_TRANSLATIONUNITANALYSIS_H
