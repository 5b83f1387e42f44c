//===--- HighCardinalityLabelCheck.h - labelguard -------------------------===//

#ifndef LABELGUARD_CHECKS_HIGHCARDINALITYLABELCHECK_H
#define LABELGUARD_CHECKS_HIGHCARDINALITYLABELCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/utils/IncludeInserter.h"
#include "engine/SummaryIndex.h"
#include "knowledge/Knowledge.h"
#include "llvm/ADT/SetVector.h"

namespace clang::tidy::metrics {

/// Finds metric label values and metric names that carry raw HTTP request
/// data, each of whose distinct values creates a new time series.
///
/// For the user-facing documentation see:
/// docs/checks/metrics-high-cardinality-label.md
class HighCardinalityLabelCheck : public ClangTidyCheck {
public:
  HighCardinalityLabelCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;

private:
  Knowledge buildKnowledge();
  unsigned parseReportKinds();
  utils::IncludeSorter::IncludeStyle parseIncludeStyleOption();
  std::string parseGuardHeader();

  const StringRef SourcesOption;
  const StringRef LabelSinksOption;
  const StringRef NameSinksOption;
  const StringRef PropagatorsOption;
  const StringRef SanitizersOption;
  const StringRef ModelFileOption;
  const StringRef ReportKindsOption;
  const StringRef GuardFunction;
  const StringRef GuardHeader;
  const StringRef LimiterFunction;
  /// Whole-program analysis: where this unit's summary goes, and the linked
  /// project index it reads.
  const StringRef SummaryOutput;
  const StringRef ProjectSummaries;
  std::shared_ptr<const engine::SummaryIndex> Index;
  /// False when a fix option is malformed: findings are reported, but no
  /// edit that could not compile is offered. Set while the members below are
  /// initialised, so it comes first.
  bool FixOptionsValid = true;
  /// GuardHeader as IncludeInserter wants it: <path>, or path for quotes.
  const std::string GuardInclude;
  utils::IncludeInserter Inserter;
  const Knowledge Known;
  /// One bit per SourceKind that is reported.
  const unsigned ReportKinds;
  // Collected while matching, analysed once the whole TU has been seen: a
  // helper defined after its caller still has a summary.
  llvm::SetVector<const FunctionDecl *> Functions;
  /// Route declarations and registrations, for the fix that registers.
  std::vector<const Expr *> RouteCalls;
  bool SawSink = false;
  ASTContext *Context = nullptr;
};

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_HIGHCARDINALITYLABELCHECK_H
