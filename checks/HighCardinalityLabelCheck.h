//===--- HighCardinalityLabelCheck.h - labelguard -------------------------===//

#ifndef LABELGUARD_CHECKS_HIGHCARDINALITYLABELCHECK_H
#define LABELGUARD_CHECKS_HIGHCARDINALITYLABELCHECK_H

#include "Knowledge.h"
#include "clang-tidy/ClangTidyCheck.h"

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

private:
  const Knowledge Known;
};

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_HIGHCARDINALITYLABELCHECK_H
