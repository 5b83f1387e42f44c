//===--- engine/TransferSinks.cpp - labelguard ----------------------------===//
//
// Sinks: a label value or metric name reached by raw data becomes a finding
// (with its trail and fix plan), a symbolic origin reaching one becomes a
// fact of the function's summary for its callers to resolve.
//
//===----------------------------------------------------------------------===//

#include "engine/ExprUtils.h"
#include "engine/Transfer.h"
#include "clang/AST/DeclCXX.h"

namespace clang::tidy::metrics::engine {

void Transfer::handleSink(const Expr *Call, const FunctionDecl *Callee,
                          llvm::ArrayRef<const Expr *> Args, const Entry &K,
                          State &S) {
  const NamedDecl *Named = Callee;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Callee))
    Named = Ctor->getParent();
  Symbol Shown = C.tableName(Named).drop_front(2);
  for (const SinkInfo &Sink : K.Sinks) {
    if (Sink.Arg >= Args.size() || isa<CXXDefaultArgExpr>(Args[Sink.Arg]))
      continue;
    Step Reaches{Sink.Role == SinkRole::Label ? StepKind::ReachesLabel
                                              : StepKind::ReachesName,
                 calleeLocation(Call),
                 Shown,
                 {}};
    llvm::SmallVector<const Expr *, 8> Leaves;
    collectLabelLeaves(Args[Sink.Arg], C.Index, Leaves);
    for (const Expr *Leaf : Leaves) {
      // sm::label("path")(v) inside make_counter(..., {...}): the inner
      // sink reports v; one warning per value.
      if (isSinkCall(Leaf)) {
        eval(Leaf, S);
        continue;
      }
      hit(Leaf, eval(Leaf, S), Sink.Role, Reaches);
    }
  }
}

bool Transfer::isSinkCall(const Expr *E) {
  E = ignoreValueWrappers(E);
  const FunctionDecl *Callee = nullptr;
  if (const auto *Call = dyn_cast<CallExpr>(E))
    Callee = Call->getDirectCallee();
  else if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    Callee = CE->getConstructor();
  const Entry *K = Callee ? C.Index.lookup(Callee) : nullptr;
  return K && !K->Sinks.empty();
}

void Transfer::hit(const Expr *At, const TaintSet &T, SinkRole Role,
                   const Step &SinkStep) {
  SinkPath Path{Role, {SinkStep}};
  for (const Origin &O : T.origins())
    reachSink(At, O, Path);
}

void Transfer::reachSink(const Expr *AtExpr, Origin O, const SinkPath &Path) {
  const Expr *At = AtExpr;
  extend(O.Steps, Path.Steps);
  switch (O.What) {
  case Origin::Source: {
    if (!(C.ReportKinds & (1u << unsigned(O.Kind))))
      return;
    if (!Path.UnlessGuard.empty() && O.UnlessGuard.empty()) {
      O.UnlessGuard = Path.UnlessGuard;
      O.UnlessArg = Path.UnlessArg;
    }
    // Past a guard whose body is in another unit: the link decides.
    if (!O.UnlessGuard.empty()) {
      if (C.RecordExternalCalls)
        GuardedFindings.push_back({siteOf(AtExpr), Path.Role, std::move(O)});
      return;
    }
    // One warning per value: an expression the CFG evaluates on two paths
    // is one leak.
    if (!Reported
             .insert({At->getBeginLoc().getRawEncoding(), unsigned(Path.Role)})
             .second)
      return;
    Finding F;
    F.Reported = At;
    F.Kind = O.Kind;
    F.Role = Path.Role;
    F.Steps = std::move(O.Steps);
    F.Read = O.Read;
    F.ReadName = O.ReadName;
    F.Transformed = O.Transformed;
    F.IntoCallersCallable = O.IntoCallersCallable;
    F.Owner = FD;
    Findings.push_back(std::move(F));
    return;
  }
  case Origin::Param: {
    SinkPath P{Path.Role, std::move(O.Steps), O.UnlessGuard, O.UnlessArg};
    if (P.UnlessGuard.empty()) {
      P.UnlessGuard = Path.UnlessGuard;
      P.UnlessArg = Path.UnlessArg;
    }
    C.Store.addParamSink(O.Key, O.Index, std::move(P));
    return;
  }
  case Origin::Field:
    if (C.RecordExternalCalls) {
      ResultSink At{O.Key, 0, 0, {Path.Role, O.Steps}, siteOf(AtExpr)};
      FieldSinkSites.push_back({O.Key, std::move(At)});
    }
    C.Store.addFieldSink(O.Key, {Path.Role, std::move(O.Steps)});
    return;
  case Origin::CallResult: {
    // What another unit returns reaches a sink here: the link decides.
    for (const ResultSink &R : ResultSinks)
      if (sameSymbol(R.Function, O.Key) && R.Call == O.Index &&
          R.Sub == O.Sub && R.Path.Role == Path.Role &&
          R.Site == siteOf(AtExpr))
        return;
    ResultSinks.push_back({O.Key,
                           O.Index,
                           O.Sub,
                           {Path.Role, std::move(O.Steps)},
                           siteOf(AtExpr)});
    return;
  }
  case Origin::Callable:
    return;
  }
}

} // namespace clang::tidy::metrics::engine
