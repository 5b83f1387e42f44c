//===--- engine/Guards.cpp - labelguard -----------------------------------===//

#include "engine/Guards.h"
#include "engine/ExprUtils.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::metrics::engine {

namespace {

// Conditions nested deeper than this (a && b && ... generated) are not
// taken apart: the walk stays bounded whatever the input.
constexpr unsigned MaxConditionDepth = 32;

// The tested value as written: wrappers, and a converting copy such as
// string_view(p), say nothing about which value is tested.
const Expr *strip(const Expr *E) {
  while (true) {
    E = ignoreValueWrappers(E);
    const auto *CE = dyn_cast<CXXConstructExpr>(E);
    if (!CE || CE->getNumArgs() != 1 || isa<CXXTemporaryObjectExpr>(CE))
      return E;
    E = CE->getArg(0);
  }
}

// An associative container, by its interface rather than its name: it has
// a key_type (the standard's requirement of associative containers) and
// the member that was called. Sets of routes come in many types.
bool isKeyedContainer(QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return false;
  for (const NamedDecl *ND :
       RD->lookup(&RD->getASTContext().Idents.get("key_type")))
    if (isa<TypedefNameDecl>(ND))
      return true;
  return false;
}

bool isConstantText(const Expr *E) {
  E = strip(E);
  if (isa<StringLiteral>(E))
    return true;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      return VD->getType().isConstQualified() && VD->hasInit() &&
             isa<StringLiteral>(strip(VD->getInit()));
  return false;
}

// A member call on a keyed container whose member has \p Role.
const CXXMemberCallExpr *keyedMember(const Expr *E, KnowledgeIndex &K,
                                     MemberRole Role) {
  const auto *MC = dyn_cast<CXXMemberCallExpr>(strip(E));
  if (!MC || MC->getNumArgs() < 1 ||
      !(K.memberRoles(MC->getMethodDecl()) & Role))
    return nullptr;
  if (!isKeyedContainer(MC->getImplicitObjectArgument()->getType()))
    return nullptr;
  return MC;
}

bool isEndOf(const Expr *E, KnowledgeIndex &K) {
  const auto *MC = dyn_cast<CXXMemberCallExpr>(strip(E));
  return MC && (K.memberRoles(MC->getMethodDecl()) & MemberEnd);
}

// `C.count(x)`, `std::binary_search(b, e, x)`, `is_registered(x)`: the
// tested value when the call is true.
const Expr *membership(const Expr *E, KnowledgeIndex &K,
                       MembershipOracle Oracle) {
  if (const auto *MC = keyedMember(E, K, MemberMembership))
    return MC->getArg(0);
  if (const auto *Call = dyn_cast<CallExpr>(strip(E)))
    if (const FunctionDecl *FD = Call->getDirectCallee()) {
      if (const Entry *En = K.lookup(FD);
          En && En->MembershipArg && *En->MembershipArg < Call->getNumArgs())
        return Call->getArg(*En->MembershipArg);
      if (!isa<CXXOperatorCallExpr>(Call))
        if (std::optional<unsigned> Index = Oracle(FD);
            Index && *Index < Call->getNumArgs())
          return Call->getArg(*Index);
    }
  return nullptr;
}

// `routes.find(p)` or `std::find(b, e, p)`, possibly through an iterator
// variable initialised with it: the value looked for.
const Expr *findArgument(const Expr *E, KnowledgeIndex &K, unsigned Depth) {
  if (Depth > 4)
    return nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(strip(E)))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
        VD && VD->hasInit() && !VD->getType()->isReferenceType())
      return findArgument(VD->getInit(), K, Depth + 1);
  if (const auto *MC = keyedMember(E, K, MemberFind))
    return MC->getArg(0);
  if (const auto *Call = dyn_cast<CallExpr>(strip(E)))
    if (const FunctionDecl *FD = Call->getDirectCallee())
      if (const Entry *En = K.lookup(FD);
          En && En->FindArg && *En->FindArg < Call->getNumArgs())
        return Call->getArg(*En->FindArg);
  return nullptr;
}

bool isIntegerZero(const Expr *E) {
  if (const auto *IL = dyn_cast<IntegerLiteral>(strip(E)))
    return IL->getValue() == 0;
  return false;
}

// `is_registered(x)` where is_registered's body is in another unit: each
// argument may be the tested one.
bool candidateFacts(const Expr *E, bool Polarity, CandidateFilter Candidate,
                    llvm::SmallVectorImpl<GuardFact> &Out) {
  if (!Candidate)
    return false;
  const auto *Call = dyn_cast<CallExpr>(strip(E));
  const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
  if (!FD || isa<CXXOperatorCallExpr>(Call) ||
      !FD->getReturnType()->isBooleanType() || !Candidate(FD))
    return false;
  for (unsigned I = 0; I < Call->getNumArgs(); ++I)
    Out.push_back({Call->getArg(I), Polarity, FD, I});
  return true;
}

void collect(const Expr *Cond, bool Polarity, KnowledgeIndex &K,
             MembershipOracle Oracle, llvm::SmallVectorImpl<GuardFact> &Out,
             CandidateFilter Candidate, unsigned Depth) {
  if (!Cond || Depth > MaxConditionDepth)
    return;
  Cond = strip(Cond);
  if (const auto *UO = dyn_cast<UnaryOperator>(Cond);
      UO && UO->getOpcode() == UO_LNot) {
    collect(UO->getSubExpr(), !Polarity, K, Oracle, Out, Candidate, Depth + 1);
    return;
  }
  if (const Expr *Tested = membership(Cond, K, Oracle)) {
    Out.push_back({Tested, Polarity});
    return;
  }
  if (candidateFacts(Cond, Polarity, Candidate, Out))
    return;

  // Binary comparisons, whether built in or overloaded operators.
  BinaryOperatorKind Op;
  const Expr *LHS, *RHS;
  if (const auto *BO = dyn_cast<BinaryOperator>(Cond)) {
    Op = BO->getOpcode();
    LHS = BO->getLHS();
    RHS = BO->getRHS();
  } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Cond);
             OC && OC->getNumArgs() == 2 &&
             (OC->getOperator() == OO_EqualEqual ||
              OC->getOperator() == OO_ExclaimEqual)) {
    Op = OC->getOperator() == OO_EqualEqual ? BO_EQ : BO_NE;
    LHS = OC->getArg(0);
    RHS = OC->getArg(1);
  } else {
    return;
  }
  if ((Op == BO_LAnd && Polarity) || (Op == BO_LOr && !Polarity)) {
    collect(LHS, Polarity, K, Oracle, Out, Candidate, Depth + 1);
    collect(RHS, Polarity, K, Oracle, Out, Candidate, Depth + 1);
    return;
  }
  if (Op != BO_EQ && Op != BO_NE && Op != BO_GT)
    return;
  bool Eq = Op == BO_EQ;
  for (auto [A, B] : {std::pair{LHS, RHS}, std::pair{RHS, LHS}}) {
    // count(x) == 0, count(x) != 0, count(x) > 0
    if (const Expr *Tested = membership(A, K, Oracle);
        Tested && isIntegerZero(B)) {
      Out.push_back({Tested, Eq ? !Polarity : Polarity});
      return;
    }
    // find(x) != end()
    if (const Expr *Tested = findArgument(A, K, 0); Tested && isEndOf(B, K)) {
      Out.push_back({Tested, Eq ? !Polarity : Polarity});
      return;
    }
    // x == "literal": x is that one constant on the equal edge.
    if (Op != BO_GT && isConstantText(B) && !isConstantText(A)) {
      Out.push_back({A, Eq ? Polarity : !Polarity});
      return;
    }
  }
}

} // namespace

void collectGuardFacts(const Expr *Cond, KnowledgeIndex &K,
                       MembershipOracle Oracle,
                       llvm::SmallVectorImpl<GuardFact> &Out,
                       CandidateFilter Candidate) {
  collect(Cond, true, K, Oracle, Out, Candidate, 0);
}

std::optional<unsigned> membershipParameter(const FunctionDecl *FD,
                                            KnowledgeIndex &K,
                                            MembershipOracle Oracle) {
  if (!FD->getReturnType()->isBooleanType() || !FD->hasBody())
    return std::nullopt;
  struct Returns : RecursiveASTVisitor<Returns> {
    llvm::SmallVector<const ReturnStmt *, 4> All;
    bool VisitReturnStmt(ReturnStmt *R) {
      All.push_back(R);
      return true;
    }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  } V;
  V.TraverseStmt(FD->getBody());
  std::optional<unsigned> Param;
  for (const ReturnStmt *R : V.All) {
    const Expr *Value = R->getRetValue();
    if (!Value)
      return std::nullopt;
    if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(strip(Value));
        B && !B->getValue())
      continue;
    llvm::SmallVector<GuardFact, 2> Facts;
    collectGuardFacts(Value, K, Oracle, Facts);
    std::optional<unsigned> Found;
    for (const GuardFact &F : Facts) {
      if (!F.WhenTrue)
        continue;
      if (const auto *DRE = dyn_cast<DeclRefExpr>(strip(F.Tested)))
        if (const auto *PVD = dyn_cast<ParmVarDecl>(DRE->getDecl()))
          if (PVD->getDeclContext() == FD)
            Found = PVD->getFunctionScopeIndex();
    }
    if (!Found || (Param && *Param != *Found))
      return std::nullopt;
    Param = Found;
  }
  return Param;
}

} // namespace clang::tidy::metrics::engine
