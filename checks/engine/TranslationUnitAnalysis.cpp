//===--- engine/TranslationUnitAnalysis.cpp - labelguard ------------------===//

#include "engine/TranslationUnitAnalysis.h"
#include "engine/FunctionAnalysis.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"
#include <deque>

namespace clang::tidy::metrics::engine {

namespace {
// Facts only grow and are bounded (TaintSet, trails), so the iteration
// ends; these caps bound the work on pathological translation units, at the
// price of flows that need more re-analyses than this to connect.
constexpr unsigned MaxAnalysesPerFunction = 16;
constexpr unsigned MaxAnalysesPerFunctionOnAverage = 6;
} // namespace

TranslationUnitAnalysis::TranslationUnitAnalysis(ASTContext &AST,
                                                 const Knowledge &K,
                                                 unsigned ReportKinds,
                                                 const ImportedFacts *Imported)
    : C(AST, K, Store, ReportKinds) {
  Store.setImported(Imported);
}

std::vector<Finding>
TranslationUnitAnalysis::run(llvm::ArrayRef<const FunctionDecl *> Functions) {
  llvm::DenseMap<const char *, const FunctionDecl *> ByKey;
  std::deque<const FunctionDecl *> Queue;
  llvm::DenseSet<const FunctionDecl *> Queued;
  for (const FunctionDecl *FD : Functions) {
    C.addDefinition(FD);
    Symbol Key = C.Keys.function(FD);
    // Two instantiations of one template pattern are two functions, with
    // keys of their own; a redeclaration is the same function.
    if (!ByKey.try_emplace(Key.data(), FD).second)
      continue;
    FunctionSummary &S = Store.local(Key);
    S.DisplayName = C.Keys.displayName(FD);
    for (const ParmVarDecl *P : FD->parameters())
      S.ParamNames.push_back(Store.intern(P->getName()));
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
      for (const CXXMethodDecl *Base : MD->overridden_methods())
        S.Overrides.push_back(C.Keys.function(Base));
    Queue.push_back(FD);
    Queued.insert(FD);
  }

  llvm::DenseMap<const FunctionDecl *, unsigned> Analyses;
  unsigned Budget = MaxAnalysesPerFunctionOnAverage * Queue.size() + 64;
  while (!Queue.empty() && Budget > 0) {
    const FunctionDecl *FD = Queue.front();
    Queue.pop_front();
    Queued.erase(FD);
    --Budget;
    ++Analyses[FD];
    Symbol Key = C.Keys.function(FD);
    Store.setReader(Key);
    Store.setFindings(Key, analyzeFunction(C, FD));
    Store.setReader(Symbol());
    for (Symbol Woken : Store.takeWoken()) {
      const FunctionDecl *W = ByKey.lookup(Woken.data());
      if (W && !Queued.count(W) && Analyses[W] < MaxAnalysesPerFunction) {
        Queue.push_back(W);
        Queued.insert(W);
      }
    }
  }

  std::vector<Finding> Findings = Store.allFindings();
  const SourceManager &SM = C.AST.getSourceManager();
  llvm::stable_sort(Findings, [&](const Finding &A, const Finding &B) {
    return SM.isBeforeInTranslationUnit(A.Reported->getBeginLoc(),
                                        B.Reported->getBeginLoc());
  });
  // One warning per value and role: a template instantiated twice reports
  // its pattern's line once; the other instantiations' findings there go
  // with it, for the fix (one edit must be right for all of them).
  llvm::DenseMap<std::pair<unsigned, unsigned>, size_t> Seen;
  std::vector<Finding> Unique;
  for (Finding &F : Findings) {
    auto [It, New] = Seen.try_emplace(
        {F.Reported->getBeginLoc().getRawEncoding(), unsigned(F.Role)},
        Unique.size());
    if (New)
      Unique.push_back(std::move(F));
    else
      Unique[It->second].SamePlace.push_back(std::move(F));
  }
  return Unique;
}

} // namespace clang::tidy::metrics::engine
