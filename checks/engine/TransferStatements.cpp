//===--- engine/TransferStatements.cpp - labelguard -----------------------===//
//
// Statements: declarations and their initialisers, returns, constructors'
// member initialisers, and the state on each edge of a condition (where
// guards bound a value).
//
//===----------------------------------------------------------------------===//

#include "engine/ExprUtils.h"
#include "engine/Guards.h"
#include "engine/Transfer.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::metrics::engine {

void Transfer::evalStmt(const Stmt *St, State &S) {
  if (const auto *DS = dyn_cast<DeclStmt>(St)) {
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        evalDecl(VD, S);
    return;
  }
  if (const auto *RS = dyn_cast<ReturnStmt>(St)) {
    evalReturn(RS, S);
    return;
  }
  if (const auto *E = dyn_cast<Expr>(St))
    eval(E, S);
}

void Transfer::evalDecl(const VarDecl *VD, State &S) {
  Place P = Place::of(VD);
  if (!VD->hasInit()) {
    S.forget(P);
    return;
  }
  if (const auto *IL =
          dyn_cast<InitListExpr>(ignoreValueWrappers(VD->getInit()));
      IL && !isa<DecompositionDecl>(VD) && initFields(VD, IL, S))
    return;
  TaintSet T = eval(VD->getInit(), S);
  if (isNeverRaw(VD->getType()))
    T = T.callablesOnly();
  Step Into = flowsInto(VD->getLocation(), P);
  bool Noted = !isa<DecompositionDecl>(VD) && !VD->isImplicit();
  // A struct a call returned member by member: each member holds its own.
  if (const auto *Fields = callFields(VD->getInit())) {
    const auto *RD = VD->getType().getNonReferenceType()->getAsCXXRecordDecl();
    TaintSet Whole;
    if (auto It = Fields->find(Symbol()); It != Fields->end())
      Whole = It->second;
    assign(PlaceRef{P, false}, Noted ? Whole.extended(Into) : Whole, S);
    for (const auto &[Key, FieldTaint] : *Fields)
      if (!Key.empty())
        if (const NamedDecl *Field = fieldNamed(RD, Key))
          assign(PlaceRef{P.with(Field), false},
                 Noted ? FieldTaint.extended(Into) : FieldTaint, S);
    return;
  }
  if (T.hasData() && Noted)
    T = T.extended(Into);
  assign(PlaceRef{P, false}, T, S);
}

bool Transfer::initFields(const VarDecl *VD, const InitListExpr *IL, State &S) {
  // RequestInfo info{req.path, "GET", 200}: each member holds its own
  // value, so info.method stays bounded while info.path is raw.
  const auto *RD = IL->getType()->getAsCXXRecordDecl();
  if (!RD || !RD->isAggregate() || RD->getNumBases() ||
      IL->getNumInits() != std::distance(RD->field_begin(), RD->field_end()))
    return false;
  Place P = Place::of(VD);
  assign(PlaceRef{P, false}, TaintSet(), S);
  unsigned I = 0;
  for (const FieldDecl *Field : RD->fields()) {
    TaintSet T = eval(IL->getInit(I++), S);
    if (T.empty() || isNeverRaw(Field->getType()))
      continue;
    assign(PlaceRef{P.with(Field), false},
           T.hasData() ? T.extended(flowsInto(VD->getLocation(), P)) : T, S);
  }
  return true;
}

void Transfer::evalReturn(const ReturnStmt *RS, State &S) {
  const Expr *Value = RS->getRetValue();
  if (!Value)
    return;
  TaintSet T = eval(Value, S);
  if (Value->getType()->getAsCXXRecordDecl() &&
      !isStringLike(Value->getType(), C.Index) && recordReturnFields(Value, S))
    return;
  C.Store.mergeReturn(Fn, T);
}

void Transfer::evalInitializer(const CXXCtorInitializer *Init, State &S) {
  const FieldDecl *Field = Init->getMember();
  TaintSet T = eval(Init->getInit(), S);
  if (!Field)
    return;
  Place P = Place::ofThis().with(Field);
  if (T.hasData())
    T = T.extended({StepKind::StoredIn,
                    Init->getSourceLocation(),
                    C.Store.intern(Field->getName()),
                    {}});
  assign(PlaceRef{P, false}, T, S);
}

void Transfer::refine(const Stmt *Cond, bool Edge, State &S) {
  const auto *E = dyn_cast_or_null<Expr>(Cond);
  if (!E)
    return;
  llvm::SmallVector<GuardFact, 2> Facts;
  auto Oracle = [this](const FunctionDecl *Callee) -> std::optional<unsigned> {
    const FunctionSummary *Sum = C.Store.summary(C.Keys.function(Callee));
    return Sum ? Sum->MembershipParam : std::nullopt;
  };
  // For the link: a bool function whose body is in another unit may be a
  // guard too.
  auto Candidate = [this](const FunctionDecl *Callee) {
    return !C.Store.summary(C.Keys.function(Callee)) &&
           C.isExternalUserFunction(Callee);
  };
  collectGuardFacts(E, C.Index, Oracle, Facts,
                    C.RecordExternalCalls ? CandidateFilter(Candidate)
                                          : CandidateFilter());
  for (const GuardFact &F : Facts) {
    if (F.WhenTrue != Edge)
      continue;
    std::optional<PlaceRef> P = placeOf(F.Tested, C.Index);
    if (!P)
      continue;
    if (!F.Candidate) {
      S.bound(P->P);
      continue;
    }
    // Bounded if the link finds the candidate is a membership test of this
    // argument: what is read from the place from now on says so.
    S.mark(P->P, C.Keys.function(F.Candidate), F.CandidateArg);
  }
}

} // namespace clang::tidy::metrics::engine
