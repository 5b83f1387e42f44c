//===--- FunctionFlow.cpp - labelguard ------------------------------------===//

#include "FunctionFlow.h"
#include "DeclNames.h"
#include "ExprUtils.h"
#include "Guards.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::metrics {

namespace {

// The root of places read through `this`.
const char ThisRootTag = 0;
const void *const ThisRoot = &ThisRootTag;

// Nested expressions deeper than this are not followed (generated code).
constexpr unsigned MaxDepth = 200;
// A block is re-analysed when its input changes; loops converge long before
// this, and a pathological CFG stops here.
constexpr unsigned MaxVisitsPerBlock = 8;
// Functions larger than this are not analysed (bounded work per function).
constexpr unsigned MaxBlocks = 20000;

bool isStdName(llvm::StringRef Name) { return Name.starts_with("::std::"); }

bool isNonConstOutParam(QualType T) {
  if (T->isLValueReferenceType())
    return !T.getNonReferenceType().isConstQualified();
  if (const auto *PT = T->getAs<PointerType>())
    return !PT->getPointeeType().isConstQualified();
  return false;
}

const Expr *stripAddressOf(const Expr *E) {
  E = ignoreValueWrappers(E);
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && UO->getOpcode() == UO_AddrOf)
    return UO->getSubExpr();
  return E;
}

// A callable argument (to std::thread, std::async, std::invoke, or a
// framework's handler registration): a lambda, a variable holding one, or a
// function named directly. Returns what a call of it runs.
const FunctionDecl *callableTarget(const Expr *E) {
  E = ignoreValueWrappers(E);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E); CE && CE->getNumArgs() == 1)
    E = ignoreValueWrappers(CE->getArg(0));
  if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
    E = ignoreValueWrappers(UO->getSubExpr());
  if (const auto *L = dyn_cast<LambdaExpr>(E))
    return L->getCallOperator();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *Fn = dyn_cast<FunctionDecl>(DRE->getDecl()))
      return Fn;
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (const CXXRecordDecl *RD = VD->getType()->getAsCXXRecordDecl();
          RD && RD->isLambda())
        return RD->getLambdaCallOperator();
  }
  return nullptr;
}

// std::back_inserter(out): an output iterator passed by value still writes
// into `out` (std::transform, std::copy).
bool isInserter(const Expr *E) {
  const auto *Call = dyn_cast<CallExpr>(ignoreValueWrappers(E));
  if (const auto *CE = dyn_cast<CXXConstructExpr>(ignoreValueWrappers(E));
      CE && CE->getNumArgs() == 1)
    Call = dyn_cast<CallExpr>(ignoreValueWrappers(CE->getArg(0)));
  if (!Call || !Call->getDirectCallee())
    return false;
  std::string Name = tableName(Call->getDirectCallee());
  return Name == "::std::back_inserter" || Name == "::std::front_inserter" ||
         Name == "::std::inserter";
}

// The members of std::string that return other text than their object's.
bool changesText(const FunctionDecl *Callee) {
  if (!Callee->getIdentifier())
    return Callee->getOverloadedOperator() == OO_Plus;
  llvm::StringRef N = Callee->getName();
  return N == "substr" || N == "append" || N == "replace" || N == "insert" ||
         N == "erase" || N == "assign";
}

// Members that look a key up without storing it.
bool isLookup(const CXXMethodDecl *MD) {
  if (!MD->getIdentifier())
    return false;
  llvm::StringRef N = MD->getName();
  return N == "find" || N == "count" || N == "contains" || N == "at" ||
         N == "lower_bound" || N == "upper_bound" || N == "equal_range";
}

bool isInvoker(llvm::StringRef Name) {
  return Name == "::std::thread::thread" || Name == "::std::jthread::jthread" ||
         Name == "::std::async" || Name == "::std::invoke";
}

} // namespace

// --- Places -----------------------------------------------------------------

std::optional<FunctionFlow::PlaceRef> FunctionFlow::placeOf(const Expr *E,
                                                            unsigned D) {
  if (!E || D > 6)
    return std::nullopt;
  E = ignoreValueWrappers(E);
  if (isa<CXXThisExpr>(E))
    return PlaceRef{{ThisRoot}, false};
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const ValueDecl *VD = DRE->getDecl();
    if (const auto *BD = dyn_cast<BindingDecl>(VD))
      if (const ValueDecl *Decomposed = BD->getDecomposedDecl())
        return PlaceRef{{Decomposed}, true};
    if (isa<VarDecl>(VD))
      return PlaceRef{{VD}, false};
    return std::nullopt;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (!isa<FieldDecl>(ME->getMemberDecl()))
      return std::nullopt;
    std::optional<PlaceRef> Base = placeOf(ME->getBase(), D + 1);
    if (!Base)
      return std::nullopt;
    Base->Key.push_back(ME->getMemberDecl()->getCanonicalDecl());
    return Base;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_Deref) {
    std::optional<PlaceRef> Base = placeOf(UO->getSubExpr(), D + 1);
    if (Base)
      Base->Element = true;
    return Base;
  }
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
    std::optional<PlaceRef> Base = placeOf(AS->getBase(), D + 1);
    if (Base)
      Base->Element = true;
    return Base;
  }
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
    // labels["path"], *it, it->: an element of the object.
    if ((OC->getOperator() == OO_Subscript || OC->getOperator() == OO_Star ||
         OC->getOperator() == OO_Arrow) &&
        OC->getNumArgs() >= 1) {
      std::optional<PlaceRef> Base = placeOf(OC->getArg(0), D + 1);
      if (Base)
        Base->Element = true;
      return Base;
    }
    // `os << a << b` returns the stream it wrote to.
    if ((OC->getOperator() == OO_LessLess ||
         OC->getOperator() == OO_GreaterGreater) &&
        OC->getNumArgs() == 2 && OC->getType()->isReferenceType() == false &&
        OC->isLValue()) {
      std::optional<PlaceRef> Base = placeOf(OC->getArg(0), D + 1);
      if (Base)
        Base->Element = true;
      return Base;
    }
    return std::nullopt;
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (!MD || !MD->getIdentifier())
      return std::nullopt;
    std::optional<PlaceRef> Base =
        placeOf(MC->getImplicitObjectArgument(), D + 1);
    if (!Base)
      return std::nullopt;
    llvm::StringRef Name = MD->getName();
    // Element accessors: at(), front(), back(), begin() write through.
    if (Name == "at" || Name == "front" || Name == "back" ||
        Name == "begin" || Name == "end" || Name == "data") {
      Base->Element = true;
      return Base;
    }
    // A const accessor without arguments names a stable part of its object
    // (req->getPath()): a guard may bound it like a member.
    if (MD->isConst() && MC->getNumArgs() == 0) {
      Base->Key.push_back(MD->getCanonicalDecl());
      return Base;
    }
    return std::nullopt;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    // std::back_inserter(out) and friends write into their container.
    if (const FunctionDecl *Callee = Call->getDirectCallee();
        Callee && Call->getNumArgs() >= 1) {
      std::string Name = tableName(Callee);
      if (Name == "::std::back_inserter" || Name == "::std::front_inserter" ||
          Name == "::std::inserter") {
        std::optional<PlaceRef> Base = placeOf(Call->getArg(0), D + 1);
        if (Base)
          Base->Element = true;
        return Base;
      }
    }
  }
  return std::nullopt;
}

std::optional<TaintSet> FunctionFlow::read(const State &S,
                                           const Place &P) const {
  // The exact place wins over what its enclosing object held (a member
  // overwritten after the whole was copied); parts written since are added.
  std::optional<TaintSet> Result;
  auto Exact = S.find(P);
  if (Exact != S.end()) {
    Result = Exact->second;
  } else {
    for (size_t Len = P.size() - 1; Len >= 1 && !Result; --Len) {
      auto It = S.find(Place(P.begin(), P.begin() + Len));
      if (It != S.end())
        Result = It->second;
    }
  }
  for (auto It = S.upper_bound(P); It != S.end(); ++It) {
    const Place &K = It->first;
    if (K.size() <= P.size() || !std::equal(P.begin(), P.end(), K.begin()))
      break;
    if (!Result)
      Result = TaintSet();
    Result->merge(It->second);
  }
  return Result;
}

void FunctionFlow::write(State &S, const PlaceRef &P, const TaintSet &T) {
  if (!T.empty() && P.Key.front() != ThisRoot)
    if (const auto *V = dyn_cast<VarDecl>(static_cast<const Decl *>(P.Key.front())))
      if (auto It = RefCaptures.find(V); It != RefCaptures.end())
        for (const auto &[Op, Loc] : It->second)
          VF.addCapture(Op, V, T.extended({Loc, "captured by the lambda here"}));
  if (P.Element) {
    S[P.Key].merge(T);
    return;
  }
  // A strong update: the place and every part of it now hold T alone.
  auto It = S.lower_bound(P.Key);
  while (It != S.end() && It->first.size() >= P.Key.size() &&
         std::equal(P.Key.begin(), P.Key.end(), It->first.begin()))
    It = S.erase(It);
  S[P.Key] = T;
}

void FunctionFlow::merge(State &Into, const State &From) {
  // May-analysis: raw on either path is raw. An explicit "bounded" entry
  // survives only where both paths agree; elsewhere the place falls back to
  // what reading it by default gives.
  for (auto It = Into.begin(); It != Into.end();) {
    auto Other = From.find(It->first);
    if (Other == From.end()) {
      if (It->second.empty())
        It = Into.erase(It);
      else
        ++It;
      continue;
    }
    It->second.merge(Other->second);
    ++It;
  }
  for (const auto &[K, T] : From)
    if (!T.empty() && !Into.count(K))
      Into[K] = T;
}

std::string FunctionFlow::placeName(const Place &P) const {
  const void *Last = P.back();
  if (Last == ThisRoot)
    return "this";
  return cast<NamedDecl>(static_cast<const Decl *>(Last))->getNameAsString();
}

std::string FunctionFlow::calleeName(const FunctionDecl *Callee) const {
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Callee);
      MD && MD->getParent()->isLambda())
    return "the lambda";
  if (isa<CXXConstructorDecl>(Callee))
    return "'" + cast<CXXConstructorDecl>(Callee)->getParent()->getNameAsString() + "'";
  return "'" + Callee->getNameAsString() + "'";
}

// --- Evaluation -------------------------------------------------------------

TaintSet FunctionFlow::eval(const Expr *E, State &S) {
  if (!E || Depth > MaxDepth || E->containsErrors())
    return {};
  ++Depth;
  TaintSet T = evalImpl(E, S);
  --Depth;
  if (isNeverRaw(E->getType()))
    return {};
  return T;
}

TaintSet FunctionFlow::evalImpl(const Expr *E, State &S) {
  E = E->IgnoreParens();
  if (const auto *ICE = dyn_cast<ImplicitCastExpr>(E))
    return eval(ICE->getSubExpr(), S);
  if (const auto *EC = dyn_cast<ExplicitCastExpr>(E))
    return eval(EC->getSubExpr(), S);
  if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
    return eval(M->getSubExpr(), S);
  if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
    return eval(B->getSubExpr(), S);
  if (const auto *C = dyn_cast<ExprWithCleanups>(E))
    return eval(C->getSubExpr(), S);
  if (const auto *DA = dyn_cast<CXXDefaultArgExpr>(E))
    return eval(DA->getExpr(), S);
  if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E))
    return eval(SIL->getSubExpr(), S);
  if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
    return eval(FC->getSubExpr(), S);

  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return evalVariable(DRE->getDecl(), DRE, S);
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return evalMember(ME, S);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return evalConstruct(CE, S);
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Call)) {
      OverloadedOperatorKind Op = OC->getOperator();
      if (Op == OO_Equal && OC->getNumArgs() == 2)
        return evalAssignment(OC->getArg(0), OC->getArg(1), false, OC, S);
      if ((Op == OO_PlusEqual || Op == OO_LessLessEqual) &&
          OC->getNumArgs() == 2 &&
          isa_and_nonnull<CXXMethodDecl>(OC->getDirectCallee()))
        return evalAssignment(OC->getArg(0), OC->getArg(1), true, OC, S);
    }
    return evalCall(Call, S);
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->isAssignmentOp())
      return evalAssignment(BO->getLHS(), BO->getRHS(),
                            BO->isCompoundAssignmentOp(), BO, S);
    TaintSet L = eval(BO->getLHS(), S);
    TaintSet R = eval(BO->getRHS(), S);
    if (BO->isComparisonOp() || BO->isLogicalOp())
      return {};
    if (BO->getOpcode() == BO_Comma)
      return R;
    // hash % 8, id & 0xff: a remainder or mask by a constant puts the value
    // into a fixed set.
    if ((BO->getOpcode() == BO_Rem || BO->getOpcode() == BO_And) &&
        BO->getRHS()->isIntegerConstantExpr(VF.Ctx))
      return {};
    L.merge(R);
    return L.transformed();
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
  if (const auto *L = dyn_cast<LambdaExpr>(E)) {
    evalLambda(L, S);
    return {};
  }
  // Literals, sizeof, new-expressions, statement expressions and the rest
  // carry no request data of their own; their children may still have
  // effects worth seeing (a sink inside a comma operand, say).
  for (const Stmt *Child : E->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(Child))
      eval(CE, S);
  return {};
}

TaintSet FunctionFlow::evalVariable(const ValueDecl *D, const Expr *Ref,
                                    State &S) {
  if (const auto *BD = dyn_cast<BindingDecl>(D)) {
    if (const ValueDecl *Decomposed = BD->getDecomposedDecl())
      return evalVariable(Decomposed, Ref, S);
    return {};
  }
  const auto *VD = dyn_cast<VarDecl>(D);
  if (!VD)
    return {};
  if (std::optional<TaintSet> T = read(S, {VD}))
    return *T;
  // A variable of an enclosing function, seen from a lambda.
  if (const TaintSet *Captured = VF.capture(FD, VD))
    return *Captured;
  if (const auto *P = dyn_cast<ParmVarDecl>(VD)) {
    // The parameters of an enclosing function, used by a lambda that
    // captured them by reference, still speak of that function's callers.
    if (P->getDeclContext() != FD && isa<FunctionDecl>(P->getDeclContext())) {
      TaintSet T;
      T.add(Origin::param(P));
      return T;
    }
  }
  return {};
}

TaintSet FunctionFlow::evalMember(const MemberExpr *ME, State &S) {
  const ValueDecl *Member = ME->getMemberDecl();
  const Entry *K = VF.Index.lookup(Member);
  // What was stored into this very place wins (a guard bounded it, or the
  // member was overwritten).
  std::optional<PlaceRef> P = placeOf(ME);
  if (P && !P->Element)
    if (auto It = S.find(P->Key); It != S.end())
      return It->second;
  if (K && K->Bounded)
    return {};
  if (K && K->Source) {
    TaintSet T;
    Origin O = Origin::source(*K->Source, ME);
    extend(O.Steps, {ME->getBeginLoc(), "value read from the request here"});
    T.add(std::move(O));
    return T;
  }
  // A member of a raw object (it->second, a parsed URI's parts, a field of a
  // struct built from raw data) is raw unless its type cannot hold text.
  TaintSet BaseTaint = evalBase(ME->getBase(), S);
  if (!BaseTaint.empty())
    return Member->getType()->isArithmeticType() ? TaintSet() : BaseTaint;
  const auto *Field = dyn_cast<FieldDecl>(Member);
  if (!Field)
    return {};
  // A member of a user class: whatever any of its methods stored there, and
  // symbolically "this member", so that a sink reached from it is known to
  // be reached from every value stored into it.
  if (VF.Ctx.getSourceManager().isInSystemHeader(Field->getLocation()))
    return {};
  const auto *Canonical = cast<FieldDecl>(Field->getCanonicalDecl());
  TaintSet T;
  T.add(Origin::field(Canonical));
  if (const TaintSet *Stored = VF.fieldTaint(Canonical))
    T.merge(*Stored);
  return T;
}

TaintSet FunctionFlow::evalBase(const Expr *Base, State &S) {
  const Expr *E = ignoreValueWrappers(Base);
  if (isa<CXXThisExpr>(E))
    return {};
  // The object itself, without the parts written into it since: reading
  // c.name says nothing about what was stored in c.path.
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
      if (auto It = S.find(Place{VD}); It != S.end())
        return It->second;
      return evalVariable(VD, DRE, S);
    }
  return eval(Base, S);
}

TaintSet FunctionFlow::evalAssignment(const Expr *LHS, const Expr *RHS,
                                      bool Compound, const Expr *Whole,
                                      State &S) {
  TaintSet T = eval(RHS, S);
  std::optional<PlaceRef> P = placeOf(LHS);
  if (!P) {
    eval(LHS, S);
    return T;
  }
  if (isNeverRaw(LHS->getType()))
    T = TaintSet();
  if (!T.empty()) {
    const void *Last = P->Key.back();
    std::string Note;
    if (P->Key.size() > 1 && isa<FieldDecl>(static_cast<const Decl *>(Last)))
      Note = "stored in member '" + placeName(P->Key) + "' here";
    else
      Note = "flows into '" + placeName(P->Key) + "' here";
    T = T.extended({LHS->getBeginLoc(), Note});
  }
  if (Compound) {
    PlaceRef Weak = *P;
    Weak.Element = true;
    write(S, Weak, T);
  } else {
    write(S, *P, T);
  }
  return T;
}

TaintSet FunctionFlow::evalConditional(const AbstractConditionalOperator *CO,
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

void FunctionFlow::evalLambda(const LambdaExpr *L, State &S) {
  const CXXMethodDecl *Op = L->getCallOperator();
  if (!Op)
    return;
  for (const LambdaCapture &C : L->captures()) {
    if (!C.capturesVariable())
      continue;
    const auto *V = dyn_cast_or_null<VarDecl>(C.getCapturedVar());
    if (!V)
      continue;
    TaintSet T;
    if (V->isInitCapture())
      T = eval(V->getInit(), S);
    else
      T = evalVariable(V, nullptr, S);
    if (C.getCaptureKind() == LCK_ByRef && !V->isInitCapture())
      RefCaptures[V].push_back({Op, C.getLocation()});
    if (T.empty())
      continue;
    VF.addCapture(Op, V, T.extended({C.getLocation(), "captured by the lambda here"}));
  }
}

TaintSet FunctionFlow::evalConstruct(const CXXConstructExpr *CE, State &S) {
  const CXXConstructorDecl *Ctor = CE->getConstructor();
  llvm::SmallVector<const Expr *, 4> Args(CE->arguments());
  const Entry *K = VF.Index.lookup(Ctor);
  if (K && !K->Sinks.empty())
    handleSink(CE, Ctor, Args, *K, S);
  llvm::SmallVector<TaintSet, 4> ArgTaints;
  for (const Expr *Arg : Args)
    ArgTaints.push_back(eval(Arg, S));
  if (K && K->Bounded)
    return {};

  if (isInvoker(VF.name(Ctor))) {
    invokeCallable(CE, Args, ArgTaints, S);
    return {};
  }

  auto Targets = VF.callTargets(Ctor);
  if (!Targets.empty() && !Ctor->isCopyOrMoveConstructor()) {
    TaintSet T;
    for (const FunctionDecl *Target : Targets)
      T.merge(applySummary(Target, CE, Args, ArgTaints, nullptr, S));
    return {};
  }
  // A library type built from raw data, or a copy of a raw object, is raw:
  // std::string(raw), Poco::URI(raw), a copy of a raw struct.
  TaintSet T;
  for (const TaintSet &A : ArgTaints)
    T.merge(A);
  return T;
}

TaintSet FunctionFlow::evalCall(const CallExpr *Call, State &S) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee) {
    // A call through a pointer or std::function: its effects are unknown.
    for (const Expr *Arg : Call->arguments())
      eval(Arg, S);
    eval(Call->getCallee(), S);
    return {};
  }
  const Expr *Object = nullptr;
  llvm::SmallVector<const Expr *, 4> Args;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
    Object = MC->getImplicitObjectArgument();
    Args.append(MC->arg_begin(), MC->arg_end());
  } else if (isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee) &&
             Call->getNumArgs() >= 1) {
    Object = Call->getArg(0);
    Args.append(Call->arg_begin() + 1, Call->arg_end());
  } else {
    Args.append(Call->arg_begin(), Call->arg_end());
  }

  const Entry *K = VF.Index.lookup(Callee);
  if (K && !K->Sinks.empty())
    handleSink(Call, Callee, Args, *K, S);

  TaintSet ObjectTaint = Object ? eval(Object, S) : TaintSet();
  llvm::SmallVector<TaintSet, 4> ArgTaints;
  for (const Expr *Arg : Args)
    ArgTaints.push_back(eval(Arg, S));

  if (K && !K->HandlerParams.empty())
    for (const ArgKind &H : K->HandlerParams)
      if (H.Arg < Args.size())
        if (const FunctionDecl *Op = callableTarget(Args[H.Arg]))
          VF.addHandlerLambda(Op, H.Kind);

  if (K && K->Bounded)
    return {};

  if (K && !K->SourceOut.empty())
    for (const ArgKind &Out : K->SourceOut)
      // Overloads put the out-parameter at different places; only a
      // parameter that can be written to is one.
      if (Out.Arg < Args.size() && Out.Arg < Callee->getNumParams() &&
          isNonConstOutParam(Callee->getParamDecl(Out.Arg)->getType()))
        if (std::optional<PlaceRef> P = placeOf(stripAddressOf(Args[Out.Arg]))) {
          TaintSet T;
          Origin O = Origin::source(Out.Kind, Call);
          extend(O.Steps, {Call->getBeginLoc(), "value read from the request here"});
          extend(O.Steps, {Args[Out.Arg]->getBeginLoc(),
                           "flows into '" + placeName(P->Key) + "' here"});
          T.add(std::move(O));
          write(S, *P, T);
        }

  if (K && K->Source) {
    // A guard may have bounded this very accessor (req->getPath()).
    if (std::optional<PlaceRef> P = placeOf(Call);
        P && !P->Element && S.count(P->Key))
      return S[P->Key];
    // Reading out of an object that is itself raw data (a cookie jar taken
    // from the request): the object says best what the data is.
    if (ObjectTaint.firstSource())
      return ObjectTaint;
    TaintSet T;
    Origin O = Origin::source(*K->Source, Call);
    extend(O.Steps, {Call->getBeginLoc(), "value read from the request here"});
    T.add(std::move(O));
    return T;
  }

  const std::string &Name = VF.name(Callee);
  if (isInvoker(Name))
    return invokeCallable(Call, Args, ArgTaints, S);

  if (Name == "::std::make_unique" || Name == "::std::make_shared")
    return evalMakeObject(Call, Callee, Args, ArgTaints, S);

  auto Targets = VF.callTargets(Callee);
  if (!Targets.empty()) {
    TaintSet T;
    for (const FunctionDecl *Target : Targets)
      T.merge(applySummary(Target, Call, Args, ArgTaints, Object, S));
    return T;
  }

  // A function without a body here. The standard library, operators and the
  // listed propagators carry their inputs' text into their result; so does a
  // member function of an object that is itself raw (its accessors).
  bool Listed = K && K->Propagator;
  bool Member = Object != nullptr;
  llvm::StringRef Base = Callee->getIdentifier() ? Callee->getName() : "";

  if (Name == "::std::swap" && Args.size() == 2) {
    // Each side now holds what the other held.
    std::optional<PlaceRef> A = placeOf(Args[0]), B = placeOf(Args[1]);
    if (A && B) {
      write(S, *A, ArgTaints[1]);
      write(S, *B, ArgTaints[0]);
    }
    return {};
  }
  // The arguments of a member call are keys, positions and options: a
  // lookup by a raw key answers the container's own values. value_or's
  // argument is the exception, it may be the answer.
  TaintSet Inputs = ObjectTaint;
  if (!Member || Listed || Base == "value_or")
    for (const TaintSet &A : ArgTaints)
      Inputs.merge(A);
  // A part read out of its object (a URI's path): raw, and worded as that
  // part, only when the object is.
  bool Part = K && K->Part;
  if (Part)
    Inputs = ObjectTaint.withKind(*K->Part);
  TaintSet FromArgs;
  if (!Part)
    for (const TaintSet &A : ArgTaints)
      FromArgs.merge(A);
  bool Propagates = Listed || isStdName(Name) ||
                    Callee->isOverloadedOperator() || !ObjectTaint.empty();
  if (!Propagates || (Inputs.empty() && FromArgs.empty()))
    return {};

  // Whatever the function writes through its non-const reference and
  // pointer parameters carries the inputs too (getline, snprintf, <<).
  TaintSet Written = Inputs;
  Written.merge(FromArgs);
  for (unsigned I = 0; I < Args.size(); ++I)
    if (ArgTaints[I].empty() &&
        ((I < Callee->getNumParams() &&
          isNonConstOutParam(Callee->getParamDecl(I)->getType())) ||
         isInserter(Args[I])))
      if (std::optional<PlaceRef> P = placeOf(stripAddressOf(Args[I]))) {
        PlaceRef Weak = *P;
        Weak.Element = true;
        write(S, Weak, Written.transformed().extended(
                           {Args[I]->getBeginLoc(),
                            "flows into '" + placeName(P->Key) + "' here"}));
      }
  // A non-const member call that takes raw arguments fills its object
  // (append, push_back, emplace, insert) unless it only looks up (the
  // non-const overloads of find and friends store nothing).
  if (Object)
    if (const auto *MD = dyn_cast<CXXMethodDecl>(Callee);
        MD && !MD->isConst() && !isLookup(MD))
      if (!FromArgs.empty())
        if (std::optional<PlaceRef> P = placeOf(Object)) {
          PlaceRef Weak = *P;
          Weak.Element = true;
          write(S, Weak, FromArgs.transformed().extended(
                             {Object->getBeginLoc(),
                              "flows into '" + placeName(P->Key) + "' here"}));
        }
  if (Inputs.empty())
    return {};

  QualType Result = Call->getType();
  // The value an accessor hands out is the raw value itself, whatever its
  // type (an optional<int> query parameter's value).
  bool Identity = Member && (Base == "value" || Base == "value_or" ||
                             Callee->getOverloadedOperator() == OO_Star ||
                             Callee->getOverloadedOperator() == OO_Arrow);
  // size(), find(), count(): numbers about raw text are not the text. A
  // listed propagator (std::stoi, a parse) keeps even a number raw.
  if (!Listed && !Identity &&
      Result.getNonReferenceType()->isArithmeticType())
    return {};
  // Reading a part out of a raw object (an element, a URI's path) gives a
  // raw value as it came; anything else built the text anew.
  if (Part || (!ObjectTaint.empty() && !changesText(Callee)))
    return Inputs;
  if (Name == "::std::move" || Name == "::std::forward" ||
      Name == "::std::as_const")
    return Inputs;
  return Inputs.transformed();
}

TaintSet FunctionFlow::invokeCallable(const Expr *Call,
                                      llvm::ArrayRef<const Expr *> Args,
                                      llvm::ArrayRef<TaintSet> ArgTaints,
                                      State &S) {
  // std::thread(f, a, b), std::async(policy, f, a): the first callable
  // argument receives the arguments after it.
  for (unsigned I = 0; I < Args.size(); ++I)
    if (const FunctionDecl *Op = callableTarget(Args[I])) {
      TaintSet T;
      for (const FunctionDecl *Target : VF.callTargets(Op))
        T.merge(applySummary(Target, Call, Args.drop_front(I + 1),
                             ArgTaints.drop_front(I + 1), nullptr, S));
      return T;
    }
  return {};
}

TaintSet FunctionFlow::evalMakeObject(const CallExpr *Call,
                                      const FunctionDecl *Callee,
                                      llvm::ArrayRef<const Expr *> Args,
                                      llvm::ArrayRef<TaintSet> ArgTaints,
                                      State &S) {
  // std::make_unique<T>(args...) forwards to a constructor of T; the
  // candidates are those that take that many arguments (the forwarding
  // body lives in a system header the analysis does not enter).
  const TemplateArgumentList *TA = Callee->getTemplateSpecializationArgs();
  if (!TA || TA->size() < 1 || TA->get(0).getKind() != TemplateArgument::Type)
    return {};
  const auto *RD = TA->get(0).getAsType()->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return {};
  TaintSet Result;
  for (const CXXConstructorDecl *Ctor : RD->getDefinition()->ctors()) {
    if (Ctor->isDeleted() || Ctor->isCopyOrMoveConstructor() ||
        Ctor->getMinRequiredArguments() > Args.size() ||
        Ctor->getNumParams() < Args.size())
      continue;
    if (const Entry *K = VF.Index.lookup(Ctor); K && !K->Sinks.empty())
      handleSink(Call, Ctor, Args, *K, S);
    for (const FunctionDecl *Target : VF.callTargets(Ctor))
      applySummary(Target, Call, Args, ArgTaints, nullptr, S);
    for (const TaintSet &A : ArgTaints)
      Result.merge(A);
  }
  // The object built from raw data is raw, as a library type's would be.
  return Result;
}

// --- Sinks ------------------------------------------------------------------

void FunctionFlow::handleSink(const Expr *Call, const FunctionDecl *Callee,
                              llvm::ArrayRef<const Expr *> Args,
                              const Entry &K, State &S) {
  std::string Name = VF.name(Callee);
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Callee))
    Name = VF.name(Ctor->getParent());
  llvm::StringRef Shown = llvm::StringRef(Name).drop_front(2);
  for (const SinkInfo &Sink : K.Sinks) {
    if (Sink.Arg >= Args.size() || isa<CXXDefaultArgExpr>(Args[Sink.Arg]))
      continue;
    FlowStep Note{calleeLocation(Call),
                  ("reaches the " +
                   llvm::StringRef(Sink.Role == SinkRole::Label ? "label" : "name") +
                   " of '" + Shown + "' here")
                      .str()};
    llvm::SmallVector<const Expr *, 8> Leaves;
    collectLabelLeaves(Args[Sink.Arg], Leaves);
    for (const Expr *Leaf : Leaves) {
      // sm::label("path")(v) inside make_counter(..., {...}): the inner
      // sink reports v; one warning per value.
      if (isSinkCall(Leaf)) {
        eval(Leaf, S);
        continue;
      }
      hit(Leaf, eval(Leaf, S), Sink.Role, Note);
    }
  }
}

bool FunctionFlow::isSinkCall(const Expr *E) {
  E = ignoreValueWrappers(E);
  const FunctionDecl *Callee = nullptr;
  if (const auto *Call = dyn_cast<CallExpr>(E))
    Callee = Call->getDirectCallee();
  else if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    Callee = CE->getConstructor();
  const Entry *K = Callee ? VF.Index.lookup(Callee) : nullptr;
  return K && !K->Sinks.empty();
}

void FunctionFlow::hit(const Expr *At, const TaintSet &T, SinkRole Role,
                       const FlowStep &SinkNote) {
  for (const Origin &O : T.origins()) {
    Trail Steps = O.Steps;
    extend(Steps, SinkNote);
    switch (O.What) {
    case Origin::Source:
      VF.addFinding({At, O.Kind, Role, std::move(Steps), O.Read, O.Transformed, FD});
      break;
    case Origin::Param:
      VF.addParamSink(O.Parm, {Role, std::move(Steps)});
      break;
    case Origin::Field:
      VF.addFieldSink(O.Member, {Role, std::move(Steps)});
      break;
    }
  }
}

// --- Calls into analysed functions -----------------------------------------

TaintSet FunctionFlow::applySummary(const FunctionDecl *Target,
                                    const Expr *Call,
                                    llvm::ArrayRef<const Expr *> Args,
                                    llvm::ArrayRef<TaintSet> ArgTaints,
                                    const Expr *Object, State &S) {
  // A copy: recording what this call teaches (addParamSink) may insert into
  // the summaries' map and move its entries.
  const Summary Sum = VF.summary(Target);
  std::string Callee = calleeName(Target);
  auto ParamIndex = [&](const ParmVarDecl *P) -> int {
    if (P->getDeclContext() != Target)
      return -1;
    unsigned I = P->getFunctionScopeIndex();
    return I < Args.size() ? int(I) : -1;
  };
  auto PassNote = [&](unsigned I) {
    return FlowStep{Args[I]->getBeginLoc(),
                    "passed to " + Callee + " as '" +
                        Target->getParamDecl(I)->getNameAsString() + "' here"};
  };
  // Replaces "parameter p of Target" by what the caller passed for p.
  auto Substitute = [&](const Origin &O, llvm::function_ref<void(Origin, int)> Yield) {
    if (O.What == Origin::Param)
      if (int I = ParamIndex(O.Parm); I >= 0) {
        for (const Origin &Actual : ArgTaints[I].origins()) {
          Origin Composed = Actual;
          Composed.Transformed |= O.Transformed;
          extend(Composed.Steps, PassNote(I));
          for (const FlowStep &Step : O.Steps)
            extend(Composed.Steps, Step);
          Yield(std::move(Composed), I);
        }
        return;
      }
    Yield(O, -1);
  };

  // Raw arguments for parameters that reach a sink: the leak is reported
  // here, at the argument, in the code that owns the raw value.
  for (const auto &[Param, Path] : Sum.ParamSinks) {
    int I = ParamIndex(Param);
    if (I < 0)
      continue;
    for (const Origin &Actual : ArgTaints[I].origins()) {
      Trail Steps = Actual.Steps;
      extend(Steps, PassNote(I));
      for (const FlowStep &Step : Path.Steps)
        extend(Steps, Step);
      switch (Actual.What) {
      case Origin::Source:
        VF.addFinding({Args[I], Actual.Kind, Path.Role, std::move(Steps),
                       Actual.Read, Actual.Transformed, FD});
        break;
      case Origin::Param:
        VF.addParamSink(Actual.Parm, {Path.Role, std::move(Steps)});
        break;
      case Origin::Field:
        VF.addFieldSink(Actual.Member, {Path.Role, std::move(Steps)});
        break;
      }
    }
  }

  // Members the callee stores into: a constructor or setter that keeps a
  // raw argument in a member that some method later labels with.
  std::optional<PlaceRef> ObjectPlace = Object ? placeOf(Object) : std::nullopt;
  for (const auto &FW : Sum.FieldWrites) {
    const FieldDecl *Field = FW.first;
    const TaintSet &Written = FW.second;
    std::optional<SinkPath> FieldSink;
    if (const SinkPath *Known = VF.fieldSink(Field))
      FieldSink = *Known;
    for (const Origin &W : Written.origins())
      Substitute(W, [&](Origin O, int ArgIndex) {
        if (FieldSink && ArgIndex >= 0) {
          Trail Steps = O.Steps;
          for (const FlowStep &Step : FieldSink->Steps)
            extend(Steps, Step);
          if (O.What == Origin::Source)
            VF.addFinding({Args[ArgIndex], O.Kind, FieldSink->Role,
                           std::move(Steps), O.Read, O.Transformed, FD});
          else if (O.What == Origin::Param)
            VF.addParamSink(O.Parm, {FieldSink->Role, std::move(Steps)});
        }
        // The caller's own object, or a local it can read the member of.
        if (ArgIndex >= 0 && ObjectPlace) {
          PlaceRef P = *ObjectPlace;
          P.Key.push_back(Field);
          P.Element = true;
          TaintSet T;
          T.add(std::move(O));
          write(S, P, T);
        }
      });
  }

  // Out-parameters.
  for (const auto &[Param, Written] : Sum.OutParams) {
    int I = ParamIndex(Param);
    if (I < 0)
      continue;
    std::optional<PlaceRef> P = placeOf(stripAddressOf(Args[I]));
    if (!P)
      continue;
    TaintSet T;
    for (const Origin &W : Written.origins())
      Substitute(W, [&](Origin O, int) {
        extend(O.Steps, {Args[I]->getBeginLoc(),
                         "flows into '" + placeName(P->Key) + "' here"});
        T.add(std::move(O));
      });
    PlaceRef Weak = *P;
    Weak.Element = true;
    write(S, Weak, T);
  }

  // The returned value.
  TaintSet Result;
  FlowStep Returned{Call->getBeginLoc(), "returned from " + Callee + " here"};
  for (const Origin &R : Sum.Return.origins())
    Substitute(R, [&](Origin O, int) {
      extend(O.Steps, Returned);
      Result.add(std::move(O));
    });
  return Result;
}

// --- Statements and the CFG -------------------------------------------------

void FunctionFlow::evalStmt(const Stmt *St, State &S) {
  if (const auto *DS = dyn_cast<DeclStmt>(St)) {
    for (const Decl *D : DS->decls()) {
      const auto *VD = dyn_cast<VarDecl>(D);
      if (!VD)
        continue;
      if (!VD->hasInit()) {
        S.erase({VD});
        continue;
      }
      if (const auto *IL = dyn_cast<InitListExpr>(ignoreValueWrappers(VD->getInit()));
          IL && !isa<DecompositionDecl>(VD) && initFields(VD, IL, S))
        continue;
      TaintSet T = eval(VD->getInit(), S);
      if (isNeverRaw(VD->getType()))
        T = TaintSet();
      if (!T.empty() && !isa<DecompositionDecl>(VD) &&
          !VD->isImplicit())
        T = T.extended({VD->getLocation(),
                        "flows into '" + VD->getNameAsString() + "' here"});
      write(S, PlaceRef{{VD}, false}, T);
    }
    return;
  }
  if (const auto *RS = dyn_cast<ReturnStmt>(St)) {
    if (const Expr *Value = RS->getRetValue()) {
      TaintSet T = eval(Value, S);
      if (VF.summary(FD).Return.merge(T))
        VF.noteChange();
    }
    return;
  }
  if (const auto *E = dyn_cast<Expr>(St))
    eval(E, S);
}

bool FunctionFlow::initFields(const VarDecl *VD, const InitListExpr *IL,
                              State &S) {
  // RequestInfo info{req.path, "GET", 200}: each member holds its own
  // value, so info.method stays bounded while info.path is raw.
  const auto *RD = IL->getType()->getAsCXXRecordDecl();
  if (!RD || !RD->isAggregate() || RD->getNumBases() ||
      IL->getNumInits() != std::distance(RD->field_begin(), RD->field_end()))
    return false;
  write(S, PlaceRef{{VD}, false}, TaintSet());
  unsigned I = 0;
  for (const FieldDecl *Field : RD->fields()) {
    TaintSet T = eval(IL->getInit(I++), S);
    if (T.empty() || isNeverRaw(Field->getType()))
      continue;
    write(S, PlaceRef{{VD, Field->getCanonicalDecl()}, false},
          T.extended({VD->getLocation(),
                      "flows into '" + VD->getNameAsString() + "' here"}));
  }
  return true;
}

void FunctionFlow::refine(const Stmt *Cond, bool Edge, State &S) {
  const auto *E = dyn_cast_or_null<Expr>(Cond);
  if (!E)
    return;
  llvm::SmallVector<GuardFact, 2> Facts;
  collectGuardFacts(E, true, [this](const FunctionDecl *F) {
    return VF.membershipParameter(F);
  }, Facts);
  for (const GuardFact &F : Facts) {
    if (F.WhenTrue != Edge)
      continue;
    if (std::optional<PlaceRef> P = placeOf(F.Tested)) {
      auto It = S.lower_bound(P->Key);
      while (It != S.end() && It->first.size() >= P->Key.size() &&
             std::equal(P->Key.begin(), P->Key.end(), It->first.begin()))
        It = S.erase(It);
      S[P->Key] = TaintSet(); // bounded on this edge
    }
  }
}

void FunctionFlow::finishSummary(const State &Exit) {
  Summary &Sum = VF.summary(FD);
  for (const auto &KV : Exit) {
    const Place &Key = KV.first;
    const TaintSet &T = KV.second;
    if (T.empty())
      continue;
    if (Key.front() == ThisRoot && Key.size() >= 2) {
      const auto *Field = dyn_cast<FieldDecl>(static_cast<const Decl *>(Key[1]));
      if (!Field)
        continue;
      TaintSet Stored, Sources;
      for (const Origin &O : T.origins()) {
        if (O.What == Origin::Field && O.Member == Field)
          continue;
        Stored.add(O);
        if (O.What == Origin::Source)
          Sources.add(O);
      }
      if (Sum.FieldWrites[Field].merge(Stored))
        VF.noteChange();
      if (!Sources.empty())
        VF.addFieldTaint(Field, Sources);
      continue;
    }
    const auto *P = dyn_cast<ParmVarDecl>(static_cast<const Decl *>(Key.front()));
    if (!P || P->getDeclContext() != FD || !isNonConstOutParam(P->getType()))
      continue;
    TaintSet Written;
    for (const Origin &O : T.origins())
      if (!(O.What == Origin::Param && O.Parm == P))
        Written.add(O);
    if (!Written.empty() && Sum.OutParams[P].merge(Written))
      VF.noteChange();
  }
}

void FunctionFlow::run() {
  const Stmt *Body = FD->getBody();
  if (!Body)
    return;
  CFG::BuildOptions Options;
  Options.AddInitializers = true;
  Options.AddCXXDefaultInitExprInCtors = true;
  std::unique_ptr<CFG> Graph =
      CFG::buildCFG(FD, const_cast<Stmt *>(Body), &VF.Ctx, Options);
  if (!Graph || Graph->getNumBlockIDs() > MaxBlocks)
    return;

  State Entry;
  std::optional<SourceKind> Handler = VF.handlerLambda(FD);
  for (const ParmVarDecl *P : FD->parameters()) {
    TaintSet T;
    QualType PT = P->getType().getNonReferenceType();
    if (Handler && (isStringLike(PT) || PT->isArithmeticType())) {
      Origin O = Origin::source(*Handler, nullptr);
      extend(O.Steps, {P->getLocation(), "value read from the request here"});
      T.add(std::move(O));
    } else {
      T.add(Origin::param(P));
    }
    Entry[{P}] = T;
  }

  std::vector<std::optional<State>> Out(Graph->getNumBlockIDs());
  std::vector<unsigned> Visits(Graph->getNumBlockIDs(), 0);
  PostOrderCFGView POV(Graph.get());
  std::optional<State> ExitState;

  bool Changed = true;
  while (Changed) {
    Changed = false;
    for (const CFGBlock *Block : POV) {
      if (!Block)
        continue;
      State In;
      bool HasInput = false;
      if (Block == &Graph->getEntry()) {
        In = Entry;
        HasInput = true;
      }
      for (auto I = Block->pred_begin(), E = Block->pred_end(); I != E; ++I) {
        const CFGBlock *Pred = I->getReachableBlock();
        if (!Pred || !Out[Pred->getBlockID()])
          continue;
        State Edge = *Out[Pred->getBlockID()];
        // Which edge of the predecessor's branch leads here.
        if (Pred->succ_size() == 2 && Pred->getTerminatorCondition()) {
          bool IsTrueEdge = *Pred->succ_begin() == Block;
          bool IsFalseEdge = *(Pred->succ_begin() + 1) == Block;
          if (IsTrueEdge != IsFalseEdge)
            refine(Pred->getTerminatorCondition(), IsTrueEdge, Edge);
        }
        if (!HasInput) {
          In = std::move(Edge);
          HasInput = true;
        } else {
          merge(In, Edge);
        }
      }
      if (!HasInput)
        continue;
      unsigned ID = Block->getBlockID();
      if (Visits[ID] >= MaxVisitsPerBlock)
        continue;
      ++Visits[ID];
      State S = In;
      for (const CFGElement &Element : *Block) {
        if (std::optional<CFGStmt> CS = Element.getAs<CFGStmt>()) {
          evalStmt(CS->getStmt(), S);
        } else if (std::optional<CFGInitializer> CI =
                       Element.getAs<CFGInitializer>()) {
          const CXXCtorInitializer *Init = CI->getInitializer();
          if (const FieldDecl *Field = Init->getMember()) {
            TaintSet T = eval(Init->getInit(), S);
            if (!T.empty())
              T = T.extended({Init->getSourceLocation(),
                              "stored in member '" + Field->getNameAsString() +
                                  "' here"});
            write(S, PlaceRef{{ThisRoot, Field->getCanonicalDecl()}, false}, T);
          } else {
            eval(Init->getInit(), S);
          }
        }
      }
      if (!Out[ID] || *Out[ID] != S) {
        Out[ID] = std::move(S);
        Changed = true;
      }
    }
  }
  if (Out[Graph->getExit().getBlockID()])
    finishSummary(*Out[Graph->getExit().getBlockID()]);
}

} // namespace clang::tidy::metrics
