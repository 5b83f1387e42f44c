//===--- MetricsModule.cpp - labelguard -----------------------------------===//
//
// The `metrics` clang-tidy module: checks that keep metric cardinality bounded.
//
//===----------------------------------------------------------------------===//

#include "HighCardinalityLabelCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace clang::tidy {
namespace metrics {

class MetricsModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &CheckFactories) override {
    CheckFactories.registerCheck<HighCardinalityLabelCheck>(
        "metrics-high-cardinality-label");
  }
};

} // namespace metrics

// The registry entry is a static object: the front ends reference the anchor
// below so that a static link never drops this translation unit.
static ClangTidyModuleRegistry::Add<metrics::MetricsModule>
    X("metrics-module", "Checks that keep metric cardinality bounded.");

// NOLINTNEXTLINE(misc-use-internal-linkage)
volatile int LabelguardMetricsModuleAnchorSource = 0;

} // namespace clang::tidy
