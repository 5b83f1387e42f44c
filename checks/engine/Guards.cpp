//===--- Guards.cpp - labelguard ------------------------------------------===//

#include "Guards.h"
#include "DeclNames.h"
#include "ExprUtils.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::metrics {

namespace {

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

// An associative container, by its interface rather than its name: it has a
// key_type and the member that was called. Sets of routes come in many types.
bool isKeyedContainer(QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return false;
  for (const NamedDecl *ND : RD->lookup(&RD->getASTContext().Idents.get("key_type")))
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

const CXXMemberCallExpr *keyedMember(const Expr *E, llvm::StringRef Name) {
  const auto *MC = dyn_cast<CXXMemberCallExpr>(strip(E));
  if (!MC || MC->getNumArgs() < 1)
    return nullptr;
  const CXXMethodDecl *MD = MC->getMethodDecl();
  if (!MD || !MD->getIdentifier() || MD->getName() != Name)
    return nullptr;
  if (!isKeyedContainer(MC->getImplicitObjectArgument()->getType()))
    return nullptr;
  return MC;
}

bool isEndOf(const Expr *E) {
  const auto *MC = dyn_cast<CXXMemberCallExpr>(strip(E));
  return MC && MC->getMethodDecl() && MC->getMethodDecl()->getIdentifier() &&
         (MC->getMethodDecl()->getName() == "end" ||
          MC->getMethodDecl()->getName() == "cend");
}

// `C.count(x)` or `C.contains(x)`: true when x is a member.
const Expr *membership(const Expr *E, const MembershipOracle &Oracle) {
  if (const auto *MC = keyedMember(E, "count"))
    return MC->getArg(0);
  if (const auto *MC = keyedMember(E, "contains"))
    return MC->getArg(0);
  if (const auto *Call = dyn_cast<CallExpr>(strip(E)))
    if (const FunctionDecl *FD = Call->getDirectCallee()) {
      if (tableName(FD) == "::std::binary_search" && Call->getNumArgs() >= 3)
        return Call->getArg(2);
      if (FD->hasBody() && !isa<CXXOperatorCallExpr>(Call)) {
        int Index = Oracle(FD);
        if (Index >= 0 && unsigned(Index) < Call->getNumArgs())
          return Call->getArg(Index);
      }
    }
  return nullptr;
}

const Expr *findArgument(const Expr *E) {
  // auto it = routes.find(p); if (it == routes.end()) ...
  if (const auto *DRE = dyn_cast<DeclRefExpr>(strip(E)))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
        VD && VD->hasInit() && !VD->getType().getNonReferenceType()->isReferenceType())
      return findArgument(VD->getInit());
  if (const auto *MC = keyedMember(E, "find"))
    return MC->getArg(0);
  if (const auto *Call = dyn_cast<CallExpr>(strip(E)))
    if (const FunctionDecl *FD = Call->getDirectCallee())
      if (tableName(FD) == "::std::find" && Call->getNumArgs() >= 3)
        return Call->getArg(2);
  return nullptr;
}

bool isIntegerZero(const Expr *E) {
  E = strip(E);
  if (const auto *IL = dyn_cast<IntegerLiteral>(E))
    return IL->getValue() == 0;
  return false;
}

} // namespace

void collectGuardFacts(const Expr *Cond, bool Polarity,
                       const MembershipOracle &Oracle,
                       llvm::SmallVectorImpl<GuardFact> &Out) {
  if (!Cond)
    return;
  Cond = strip(Cond);
  if (const auto *UO = dyn_cast<UnaryOperator>(Cond);
      UO && UO->getOpcode() == UO_LNot) {
    collectGuardFacts(UO->getSubExpr(), !Polarity, Oracle, Out);
    return;
  }
  if (const Expr *Tested = membership(Cond, Oracle)) {
    Out.push_back({Tested, Polarity});
    return;
  }

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
  if (Op == BO_LAnd && Polarity) {
    collectGuardFacts(LHS, true, Oracle, Out);
    collectGuardFacts(RHS, true, Oracle, Out);
    return;
  }
  if (Op == BO_LOr && !Polarity) {
    collectGuardFacts(LHS, false, Oracle, Out);
    collectGuardFacts(RHS, false, Oracle, Out);
    return;
  }
  if (Op != BO_EQ && Op != BO_NE && Op != BO_GT)
    return;
  bool Eq = Op == BO_EQ;
  // count(x) == 0, count(x) != 0, count(x) > 0
  for (auto [A, B] : {std::pair{LHS, RHS}, std::pair{RHS, LHS}}) {
    if (const Expr *Tested = membership(A, Oracle); Tested && isIntegerZero(B)) {
      Out.push_back({Tested, Eq ? !Polarity : Polarity});
      return;
    }
    // find(x) != end()
    if (const Expr *Tested = findArgument(A); Tested && isEndOf(B)) {
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

int membershipParameter(const FunctionDecl *FD,
                        const MembershipOracle &Oracle) {
  if (!FD->getReturnType()->isBooleanType() || !FD->hasBody())
    return -1;
  struct Returns : RecursiveASTVisitor<Returns> {
    llvm::SmallVector<const ReturnStmt *, 4> All;
    bool VisitReturnStmt(ReturnStmt *R) {
      All.push_back(R);
      return true;
    }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  } V;
  V.TraverseStmt(FD->getBody());
  int Param = -1;
  for (const ReturnStmt *R : V.All) {
    const Expr *Value = R->getRetValue();
    if (!Value)
      return -1;
    if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(strip(Value));
        B && !B->getValue())
      continue;
    llvm::SmallVector<GuardFact, 2> Facts;
    collectGuardFacts(Value, true, Oracle, Facts);
    int Found = -1;
    for (const GuardFact &F : Facts) {
      if (!F.WhenTrue)
        continue;
      if (const auto *DRE = dyn_cast<DeclRefExpr>(strip(F.Tested)))
        if (const auto *PVD = dyn_cast<ParmVarDecl>(DRE->getDecl()))
          if (PVD->getDeclContext() == FD)
            Found = PVD->getFunctionScopeIndex();
    }
    if (Found < 0 || (Param >= 0 && Param != Found))
      return -1;
    Param = Found;
  }
  return Param;
}

} // namespace clang::tidy::metrics
