//===--- engine/Transfer.cpp - labelguard ---------------------------------===//
//
// Expressions: variables, members, assignments, conditional operators and
// lambdas. Statements are in TransferStatements.cpp, calls in
// TransferCalls.cpp.
//
//===----------------------------------------------------------------------===//

#include "engine/Transfer.h"
#include "engine/ExprUtils.h"
#include "engine/Guards.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::metrics::engine {

namespace {
// Nested expressions deeper than this are not followed (generated code).
constexpr unsigned MaxDepth = 200;
} // namespace

Transfer::Transfer(Context &C, const FunctionDecl *FD)
    : C(C), FD(FD), Fn(C.Keys.function(FD)) {}

State Transfer::entryState() {
  State Entry;
  std::optional<SourceKind> Handler = C.Store.handlerLambda(Fn);
  for (const ParmVarDecl *P : FD->parameters()) {
    TaintSet T;
    QualType PT = P->getType().getNonReferenceType();
    if (Handler && (isStringLike(PT, C.Index) || PT->isArithmeticType())) {
      Origin O = Origin::source(*Handler, P->getLocation(), Symbol());
      extend(O.Steps, {StepKind::Read, P->getLocation(), {}, {}});
      T.add(std::move(O));
    } else {
      T.add(Origin::param(Fn, P->getFunctionScopeIndex()));
    }
    Entry.write(PlaceRef{Place::of(P), false}, T);
  }
  return Entry;
}

TaintSet Transfer::eval(const Expr *E, State &S) {
  if (!E || Depth > MaxDepth || E->containsErrors())
    return {};
  ++Depth;
  TaintSet T = evalImpl(E, S);
  --Depth;
  if (isNeverRaw(E->getType()))
    return T.callablesOnly();
  // A value read from a place a guard of another unit tested.
  if (S.hasMarks() && T.hasData())
    if (std::optional<PlaceRef> P = placeOf(E, C.Index); P && !P->Element)
      if (const auto *Mark = S.markOf(P->P)) {
        TaintSet Marked;
        for (Origin O : T.origins()) {
          if (O.isData() && O.UnlessGuard.empty()) {
            O.UnlessGuard = Mark->first;
            O.UnlessArg = Mark->second;
          }
          Marked.add(std::move(O));
        }
        return Marked;
      }
  return T;
}

TaintSet Transfer::evalImpl(const Expr *E, State &S) {
  E = E->IgnoreParens();
  if (const auto *CE = dyn_cast<CastExpr>(E))
    return eval(CE->getSubExpr(), S);
  if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
    return eval(M->getSubExpr(), S);
  if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
    return eval(B->getSubExpr(), S);
  if (const auto *EC = dyn_cast<ExprWithCleanups>(E))
    return eval(EC->getSubExpr(), S);
  if (const auto *DA = dyn_cast<CXXDefaultArgExpr>(E))
    return eval(DA->getExpr(), S);
  if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E))
    return eval(SIL->getSubExpr(), S);

  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    // A function named as a value: what a call through it runs.
    if (const auto *F = dyn_cast<FunctionDecl>(DRE->getDecl())) {
      TaintSet T;
      T.add(Origin::callable(C.functionValue(F)));
      return T;
    }
    return evalVariable(DRE->getDecl(), S);
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return evalMember(ME, S);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return evalConstruct(CE, S);
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Call)) {
      OverloadedOperatorKind Op = OC->getOperator();
      if (Op == OO_Equal && OC->getNumArgs() == 2)
        return evalAssignment(OC->getArg(0), OC->getArg(1), false, S);
      if ((Op == OO_PlusEqual || Op == OO_LessLessEqual) &&
          OC->getNumArgs() == 2 &&
          isa_and_nonnull<CXXMethodDecl>(OC->getDirectCallee()))
        return evalAssignment(OC->getArg(0), OC->getArg(1), true, S);
    }
    return evalCall(Call, S);
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->isAssignmentOp())
      return evalAssignment(BO->getLHS(), BO->getRHS(),
                            BO->isCompoundAssignmentOp(), S);
    TaintSet L = eval(BO->getLHS(), S);
    TaintSet R = eval(BO->getRHS(), S);
    if (BO->isComparisonOp() || BO->isLogicalOp())
      return {};
    if (BO->getOpcode() == BO_Comma)
      return R;
    // hash % 8, id & 0xff: a remainder or mask by a constant puts the value
    // into a fixed set.
    if ((BO->getOpcode() == BO_Rem || BO->getOpcode() == BO_And) &&
        BO->getRHS()->isIntegerConstantExpr(C.AST))
      return {};
    L.merge(R);
    return L.dataOnly().transformed();
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    TaintSet T = eval(UO->getSubExpr(), S);
    if (UO->getOpcode() == UO_LNot)
      return {};
    return T;
  }
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E))
    return evalConditional(CO, S);
  if (const auto *IL = dyn_cast<InitListExpr>(E)) {
    TaintSet T;
    for (const Expr *Init : IL->inits())
      T.merge(eval(Init, S));
    return T;
  }
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
    eval(AS->getIdx(), S);
    return eval(AS->getBase(), S);
  }
  if (const auto *L = dyn_cast<LambdaExpr>(E))
    return evalLambda(L, S);
  // Literals, sizeof, new-expressions, statement expressions and the rest
  // carry no request data of their own; their children may still have
  // effects worth seeing (a sink inside a comma operand, say).
  for (const Stmt *Child : E->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(Child))
      eval(CE, S);
  return {};
}

TaintSet Transfer::evalVariable(const ValueDecl *D, State &S) {
  if (const auto *BD = dyn_cast<BindingDecl>(D)) {
    if (const ValueDecl *Decomposed = BD->getDecomposedDecl())
      return evalVariable(Decomposed, S);
    return {};
  }
  const auto *VD = dyn_cast<VarDecl>(D);
  if (!VD)
    return {};
  if (std::optional<TaintSet> T = S.read(Place::of(VD)))
    return *T;
  // A variable of an enclosing function, seen from a lambda.
  if (const TaintSet *Captured = C.Store.capture(Fn, VD))
    return *Captured;
  // The parameters of an enclosing function, used by a lambda that captured
  // them by reference, still speak of that function's callers.
  if (const auto *P = dyn_cast<ParmVarDecl>(VD))
    if (const auto *Owner = dyn_cast<FunctionDecl>(P->getDeclContext());
        Owner && Owner != FD) {
      TaintSet T;
      T.add(Origin::param(C.Keys.function(Owner), P->getFunctionScopeIndex()));
      return T;
    }
  return {};
}

TaintSet Transfer::evalMember(const MemberExpr *ME, State &S) {
  const ValueDecl *Member = ME->getMemberDecl();
  const Entry *K = C.Index.lookup(Member);
  // What was stored into this very place wins (a guard bounded it, or the
  // member was overwritten).
  std::optional<PlaceRef> P = placeOf(ME, C.Index);
  if (P && !P->Element)
    if (const TaintSet *Known = S.exact(P->P))
      return *Known;
  if (K && K->Bounded)
    return {};
  if (K && K->Source)
    return readSource(ME, *K->Source, Member);
  const auto *Field = dyn_cast<FieldDecl>(Member);
  // A member of a struct that a call returned, where the callee told its
  // members apart: info.method stays bounded while info.path is raw.
  if (Field)
    if (const auto *Fields = callFields(ME->getBase())) {
      Symbol Key = C.Keys.field(Field);
      TaintSet T;
      if (auto It = Fields->find(Symbol()); It != Fields->end())
        T = It->second;
      if (auto It = Fields->find(Key); It != Fields->end())
        T.merge(It->second);
      return T;
    }
  TaintSet Callables;
  if (Field &&
      !C.AST.getSourceManager().isInSystemHeader(Field->getLocation()) &&
      mayHoldCallables(Field->getType(), C.Index)) {
    Symbol Key = C.Keys.field(Field);
    // A callable stored in this member by any method, of any object: a
    // hook installed in one place and fired in another. Symbolically too:
    // the link knows what other units store there.
    if (const FieldFacts *Facts = C.Store.field(Key))
      Callables = Facts->Stored.callablesOnly();
    Callables.add(Origin::field(Key));
  }
  // A member of a raw object (it->second, a parsed URI's parts, a field of a
  // struct built from raw data) is raw unless its type cannot hold text.
  // Where the place is known, the object is read without the parts written
  // into it since (o->method says nothing of what o->path holds).
  std::optional<TaintSet> Known;
  if (P && !P->Element)
    Known = S.read(P->P);
  TaintSet BaseTaint = Known ? *Known : evalBase(ME->getBase(), S);
  if (Known || !BaseTaint.empty()) {
    if (Member->getType()->isArithmeticType())
      return Callables;
    BaseTaint.merge(Callables);
    return BaseTaint;
  }
  if (!Field)
    return {};
  // A member of a user class: whatever any of its methods stored there, and
  // symbolically "this member", so that a sink reached from it is known to
  // be reached from every value stored into it.
  if (C.AST.getSourceManager().isInSystemHeader(Field->getLocation()))
    return {};
  Symbol Key = C.Keys.field(Field);
  TaintSet T;
  T.add(Origin::field(Key));
  if (const FieldFacts *Facts = C.Store.field(Key))
    T.merge(Facts->Stored);
  return T;
}

TaintSet Transfer::evalBase(const Expr *Base, State &S) {
  const Expr *E = ignoreValueWrappers(Base);
  if (isa<CXXThisExpr>(E))
    return {};
  // The object itself, without the parts written into it since: reading
  // c.name says nothing about what was stored in c.path.
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
      if (const TaintSet *Whole = S.exact(Place::of(VD)))
        return *Whole;
      return evalVariable(VD, S);
    }
  return eval(Base, S);
}

Step Transfer::flowsInto(SourceLocation L, const Place &P) {
  bool Member = !P.Path.empty() && isa<FieldDecl>(P.Path.back());
  return {Member ? StepKind::StoredIn : StepKind::FlowsInto,
          L,
          C.Store.intern(P.name()),
          {}};
}

void Transfer::assign(const PlaceRef &P, const TaintSet &T, State &S) {
  // A callable stored in a member of any object (or in a container that is
  // one): whoever reads that member may call it.
  if (!P.P.Path.empty())
    if (const auto *Field = dyn_cast<FieldDecl>(P.P.Path.back()))
      if (TaintSet Callables = T.callablesOnly(); !Callables.empty())
        C.Store.mergeFieldStored(C.Keys.field(Field), Callables);
  if (!T.empty() && P.P.Var)
    if (auto It = RefCaptures.find(P.P.Var); It != RefCaptures.end())
      for (const auto &[Lambda, At] : It->second)
        C.Store.mergeCapture(Lambda, P.P.Var,
                             T.extended({StepKind::Captured, At, {}, {}}));
  S.write(P, T);
}

TaintSet Transfer::evalAssignment(const Expr *LHS, const Expr *RHS,
                                  bool Compound, State &S) {
  TaintSet T = eval(RHS, S);
  std::optional<PlaceRef> P = placeOf(LHS, C.Index);
  if (!P) {
    eval(LHS, S);
    return T;
  }
  if (isNeverRaw(LHS->getType()))
    T = T.callablesOnly();
  if (T.hasData())
    T = T.extended(flowsInto(LHS->getBeginLoc(), P->P));
  PlaceRef Target = *P;
  Target.Element |= Compound;
  assign(Target, T, S);
  return T;
}

TaintSet Transfer::evalConditional(const AbstractConditionalOperator *CO,
                                   State &S) {
  eval(CO->getCond(), S);
  // cond ? p : "unregistered-path", where cond is a membership test of p.
  State TrueState = S, FalseState = S;
  refine(CO->getCond(), true, TrueState);
  refine(CO->getCond(), false, FalseState);
  TaintSet T = eval(CO->getTrueExpr(), TrueState);
  T.merge(eval(CO->getFalseExpr(), FalseState));
  return T;
}

TaintSet Transfer::evalLambda(const LambdaExpr *L, State &S) {
  const CXXMethodDecl *Op = L->getCallOperator();
  if (!Op)
    return {};
  Symbol Lambda = C.Keys.function(Op);
  for (const LambdaCapture &Capture : L->captures()) {
    if (!Capture.capturesVariable())
      continue;
    const auto *V = dyn_cast_or_null<VarDecl>(Capture.getCapturedVar());
    if (!V)
      continue;
    TaintSet T =
        V->isInitCapture() ? eval(V->getInit(), S) : evalVariable(V, S);
    if (Capture.getCaptureKind() == LCK_ByRef && !V->isInitCapture())
      RefCaptures[V].push_back({Lambda, Capture.getLocation()});
    if (T.empty())
      continue;
    C.Store.mergeCapture(
        Lambda, V,
        T.extended({StepKind::Captured, Capture.getLocation(), {}, {}}));
  }
  TaintSet Value;
  Value.add(Origin::callable(Lambda));
  return Value;
}

} // namespace clang::tidy::metrics::engine
