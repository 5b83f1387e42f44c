//===--- ValueFlow.cpp - labelguard ---------------------------------------===//

#include "ValueFlow.h"
#include "DeclNames.h"
#include "FunctionFlow.h"
#include "Guards.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::metrics {

namespace {
// Summaries only grow and are bounded (TaintSet, trails), so the iteration
// ends; the cap bounds the work on pathological translation units, at the
// price of missing flows that need more rounds than this to connect.
constexpr unsigned MaxRounds = 8;
} // namespace

std::vector<Finding>
ValueFlow::run(llvm::ArrayRef<const FunctionDecl *> Functions) {
  for (const FunctionDecl *FD : Functions) {
    Analysed.insert(FD->getCanonicalDecl());
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
      for (const CXXMethodDecl *Base : MD->overridden_methods())
        Overriders[cast<CXXMethodDecl>(Base->getCanonicalDecl())].push_back(MD);
  }
  for (unsigned Round = 0; Round < MaxRounds; ++Round) {
    Changed = false;
    for (const FunctionDecl *FD : Functions)
      FunctionFlow(*this, FD).run();
    if (!Changed)
      break;
  }
  Reporting = true;
  for (const FunctionDecl *FD : Functions)
    FunctionFlow(*this, FD).run();

  const SourceManager &SM = Ctx.getSourceManager();
  std::sort(Findings.begin(), Findings.end(), [&](const Finding &A, const Finding &B) {
    return SM.isBeforeInTranslationUnit(A.Reported->getBeginLoc(),
                                        B.Reported->getBeginLoc());
  });
  return std::move(Findings);
}

const std::string &ValueFlow::name(const NamedDecl *D) {
  auto [It, Inserted] = Names.try_emplace(D);
  if (Inserted)
    It->second = tableName(D);
  return It->second;
}

llvm::SmallVector<const FunctionDecl *, 2>
ValueFlow::callTargets(const FunctionDecl *Callee) {
  llvm::SmallVector<const FunctionDecl *, 2> Targets;
  llvm::SmallVector<const FunctionDecl *, 4> Work{Callee};
  llvm::SmallPtrSet<const FunctionDecl *, 4> Seen;
  while (!Work.empty()) {
    const FunctionDecl *FD = Work.pop_back_val();
    if (!Seen.insert(FD->getCanonicalDecl()).second)
      continue;
    if (const FunctionDecl *Def = FD->getDefinition(); Def && isAnalysed(Def))
      Targets.push_back(Def);
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD); MD && MD->isVirtual()) {
      auto It = Overriders.find(cast<CXXMethodDecl>(MD->getCanonicalDecl()));
      if (It != Overriders.end())
        Work.append(It->second.begin(), It->second.end());
    }
  }
  return Targets;
}

int ValueFlow::membershipParameter(const FunctionDecl *FD) {
  FD = FD->getDefinition();
  if (!FD || !isAnalysed(FD))
    return -1;
  if (std::optional<int> Known = summary(FD).MembershipParam)
    return *Known;
  summary(FD).MembershipParam = -1; // a recursive helper is not a membership test
  // The question recurses into the helpers FD calls, whose summaries may be
  // created meanwhile: no reference into the map is held across it.
  int Param = metrics::membershipParameter(
      FD, [this](const FunctionDecl *Other) { return membershipParameter(Other); });
  summary(FD).MembershipParam = Param;
  return Param;
}

void ValueFlow::addParamSink(const ParmVarDecl *P, SinkPath Path) {
  const auto *Owner = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!Owner)
    return;
  auto &Sinks = summary(Owner).ParamSinks;
  if (Sinks.try_emplace(P, std::move(Path)).second)
    Changed = true;
}

void ValueFlow::addFieldSink(const FieldDecl *F, SinkPath Path) {
  if (FieldSinks.try_emplace(F, std::move(Path)).second)
    Changed = true;
}

void ValueFlow::addFieldTaint(const FieldDecl *F, const TaintSet &T) {
  Changed |= FieldTaints[F].merge(T);
}

void ValueFlow::addCapture(const FunctionDecl *CallOperator, const VarDecl *V,
                           const TaintSet &T) {
  Changed |= Captures[{CallOperator->getCanonicalDecl(), V}].merge(T);
}

void ValueFlow::addHandlerLambda(const FunctionDecl *CallOperator,
                                 SourceKind K) {
  if (HandlerLambdas.try_emplace(CallOperator->getCanonicalDecl(), K).second)
    Changed = true;
}

void ValueFlow::addFinding(Finding F) {
  if (!Reporting || !(ReportKinds & (1u << unsigned(F.Kind))))
    return;
  // One warning per value: a template instantiated twice, or an expression
  // the CFG evaluates on two paths, is one leak.
  if (!Reported
           .insert({F.Reported->getBeginLoc().getRawEncoding(), unsigned(F.Role)})
           .second)
    return;
  Findings.push_back(std::move(F));
}

const SinkPath *ValueFlow::fieldSink(const FieldDecl *F) const {
  auto It = FieldSinks.find(F);
  return It == FieldSinks.end() ? nullptr : &It->second;
}

const TaintSet *ValueFlow::fieldTaint(const FieldDecl *F) const {
  auto It = FieldTaints.find(F);
  return It == FieldTaints.end() ? nullptr : &It->second;
}

const TaintSet *ValueFlow::capture(const FunctionDecl *CallOperator,
                                   const VarDecl *V) const {
  auto It = Captures.find({CallOperator->getCanonicalDecl(), V});
  return It == Captures.end() ? nullptr : &It->second;
}

std::optional<SourceKind>
ValueFlow::handlerLambda(const FunctionDecl *CallOperator) const {
  auto It = HandlerLambdas.find(CallOperator->getCanonicalDecl());
  if (It == HandlerLambdas.end())
    return std::nullopt;
  return It->second;
}

} // namespace clang::tidy::metrics
