//===--- ReadReach.cpp - labelguard ---------------------------------------===//

#include "ReadReach.h"
#include "engine/ExprUtils.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::metrics {

namespace {
/// Beyond this many uses followed the fix is not offered: a value that
/// spreads that far is not one the user can review at a glance either.
constexpr unsigned MaxSteps = 2000;

bool isAdditive(BinaryOperatorKind Op) { return Op == BO_Add || Op == BO_Sub; }

/// Every reference to a declaration of the main file, wherever it is
/// (implicit code and template instantiations included: an implicit member
/// or an instantiated template reads a member as surely as written code).
class Indexer : public RecursiveASTVisitor<Indexer> {
public:
  Indexer(
      const SourceManager &SM,
      llvm::DenseMap<const Decl *, llvm::SmallVector<const Expr *, 4>> &Refs,
      llvm::SmallPtrSet<const Decl *, 4> &Decomposed)
      : SM(SM), Refs(Refs), Decomposed(Decomposed) {}
  bool shouldVisitImplicitCode() const { return true; }
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    // A structured binding's name too: a map's key taken apart in a loop.
    add(E->getDecl(), E);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    add(E->getMemberDecl(), E);
    return true;
  }
  bool VisitDecompositionDecl(DecompositionDecl *D) {
    if (const auto *RD =
            D->getType().getNonReferenceType()->getAsCXXRecordDecl())
      Decomposed.insert(RD->getCanonicalDecl());
    return true;
  }

private:
  void add(const ValueDecl *D, const Expr *E) {
    if (!D || !isa<VarDecl, FieldDecl, FunctionDecl, BindingDecl>(D))
      return;
    SourceLocation L = D->getLocation();
    if (L.isValid() && SM.isInMainFile(SM.getExpansionLoc(L)))
      Refs[D->getCanonicalDecl()].push_back(E);
  }
  const SourceManager &SM;
  llvm::DenseMap<const Decl *, llvm::SmallVector<const Expr *, 4>> &Refs;
  llvm::SmallPtrSet<const Decl *, 4> &Decomposed;
};
} // namespace

ReadReach::ReadReach(ASTContext &Ctx, KnowledgeIndex &K) : Ctx(Ctx), K(K) {}

void ReadReach::index() {
  if (Indexed)
    return;
  Indexed = true;
  std::vector<Decl *> Parents = Ctx.getTraversalScope();
  if (!IndexScope.empty())
    Ctx.setTraversalScope(IndexScope);
  Indexer(Ctx.getSourceManager(), Refs, Decomposed)
      .TraverseDecl(Ctx.getTranslationUnitDecl());
  if (!IndexScope.empty())
    Ctx.setTraversalScope(Parents);
}

bool ReadReach::isStringClass(QualType T) const {
  T = T.getNonReferenceType();
  return T->isRecordType() && engine::isStringLike(T, K);
}

bool ReadReach::guardKeepsType(QualType T) const {
  // An owning string (not trivially copyable, unlike every view) of char:
  // std::string, whose every member the guard's `const std::string &` has.
  T = T.getNonReferenceType();
  if (!isStringClass(T) || T.isTriviallyCopyableType(Ctx))
    return false;
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0)
    return false;
  const TemplateArgument &Char = Spec->getTemplateArgs()[0];
  return Char.getKind() == TemplateArgument::Type &&
         Char.getAsType()->isCharType();
}

namespace {
// `decltype(auto)` takes the guard's `const std::string &` where the read
// gave a std::string: what was a copy the code may change becomes const.
bool takesDeclaredType(QualType T) {
  const auto *AT = dyn_cast_or_null<AutoType>(T->getContainedDeducedType());
  return AT && AT->isDecltypeAuto();
}
} // namespace

namespace {
// A copy or move constructor or assignment: it copies each member into the
// same member of another object.
bool copiesMembers(const FunctionDecl *FD) {
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    return Ctor->isCopyOrMoveConstructor();
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  return MD &&
         (MD->isCopyAssignmentOperator() || MD->isMoveAssignmentOperator());
}
} // namespace

bool ReadReach::inMainFile(SourceLocation L) const {
  const SourceManager &SM = Ctx.getSourceManager();
  return L.isValid() && L.isFileID() && SM.isInMainFile(L);
}

const Expr *ReadReach::strip(const Expr *E) const {
  // The nodes that hand a string type's value on unchanged: implicit
  // conversions, temporaries, a copy or a conversion into another string
  // type (std::string(sv), std::string_view(s)).
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *W = dyn_cast<ExprWithCleanups>(E))
      E = W->getSubExpr();
    else if (const auto *C = dyn_cast<ExplicitCastExpr>(E);
             C && isStringClass(C->getType()))
      E = C->getSubExpr();
    else if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
             CE && CE->getNumArgs() >= 1 && isStringClass(CE->getType()) &&
             llvm::all_of(llvm::drop_begin(CE->arguments()), [](const Expr *A) {
               return isa<CXXDefaultArgExpr>(A);
             }))
      E = CE->getArg(0);
    else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
             MC && isa_and_nonnull<CXXConversionDecl>(MC->getMethodDecl()) &&
             isStringClass(MC->getType()))
      E = MC->getImplicitObjectArgument();
    else
      return E;
  }
  return E;
}

const Stmt *ReadReach::parent(const Stmt *S) const {
  // An element of a braced list has the list's syntactic and semantic forms
  // for parents (and, where the semantic form converts it, that conversion):
  // the conversion, else the semantic form, which says which member it
  // initialises.
  const Stmt *Other = nullptr;
  const Stmt *List = nullptr;
  for (const DynTypedNode &N : Ctx.getParents(*S)) {
    const Stmt *P = N.get<Stmt>();
    if (!P)
      return nullptr;
    if (const auto *ILE = dyn_cast<InitListExpr>(P)) {
      List = ILE->isSemanticForm() ? ILE : ILE->getSemanticForm();
      continue;
    }
    if (Other && Other != P)
      return nullptr;
    Other = P;
  }
  return Other ? Other : List;
}

const FunctionDecl *ReadReach::enclosingFunction(const Stmt *S) const {
  DynTypedNode N = DynTypedNode::create(*S);
  for (unsigned Depth = 0; Depth < 1000; ++Depth) {
    DynTypedNodeList Ps = Ctx.getParents(N);
    if (Ps.empty())
      return nullptr;
    N = Ps[0];
    if (const auto *L = N.get<LambdaExpr>())
      return L->getCallOperator();
    if (const auto *FD = N.get<FunctionDecl>())
      return FD;
  }
  return nullptr;
}

bool ReadReach::isAssignmentTo(const Stmt *P, const Expr *LHS,
                               const Expr *&RHS) const {
  // `x = y`, for a string class an operator= call; LHS is the node as the
  // parent holds it.
  if (const auto *BO = dyn_cast_or_null<BinaryOperator>(P);
      BO && BO->getOpcode() == BO_Assign && BO->getLHS() == LHS) {
    RHS = BO->getRHS();
    return true;
  }
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(P);
      Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 &&
      Op->getArg(0) == LHS) {
    RHS = Op->getArg(1);
    return true;
  }
  return false;
}

void ReadReach::reset(const Expr *Read) {
  Root = Read;
  CoReads.clear();
  Chain.clear();
  Positions.clear();
  Keyed.clear();
  Visited.clear();
  Steps = 0;
  Cuts = false;
}

bool ReadReach::onlyReachesLabels(
    const Expr *Read, llvm::function_ref<bool(const Expr *)> Labels) {
  reset(Read);
  IsLabel = Labels;
  return text(Read) && coReadsOnlyMeasured();
}

namespace {
// The same read written twice: the same members of the same variable
// through the same accessors, none with arguments.
bool sameAccess(const Expr *A, const Expr *B) {
  A = A->IgnoreParenImpCasts();
  B = B->IgnoreParenImpCasts();
  if (A->getStmtClass() != B->getStmtClass())
    return false;
  if (const auto *DA = dyn_cast<DeclRefExpr>(A))
    return DA->getDecl() == cast<DeclRefExpr>(B)->getDecl();
  if (const auto *MA = dyn_cast<MemberExpr>(A)) {
    const auto *MB = cast<MemberExpr>(B);
    return MA->getMemberDecl() == MB->getMemberDecl() &&
           MA->isArrow() == MB->isArrow() &&
           sameAccess(MA->getBase(), MB->getBase());
  }
  if (const auto *CA = dyn_cast<CXXMemberCallExpr>(A)) {
    const auto *CB = cast<CXXMemberCallExpr>(B);
    return CA->getNumArgs() == 0 && CB->getNumArgs() == 0 &&
           CA->getMethodDecl() && CA->getMethodDecl()->isConst() &&
           CA->getMethodDecl() == CB->getMethodDecl() &&
           sameAccess(CA->getImplicitObjectArgument(),
                      CB->getImplicitObjectArgument());
  }
  if (const auto *OA = dyn_cast<CXXOperatorCallExpr>(A)) {
    // `req->` through a smart pointer.
    const auto *OB = cast<CXXOperatorCallExpr>(B);
    return OA->getOperator() == OB->getOperator() &&
           (OA->getOperator() == OO_Arrow || OA->getOperator() == OO_Star) &&
           OA->getNumArgs() == 1 && OB->getNumArgs() == 1 &&
           sameAccess(OA->getArg(0), OB->getArg(0));
  }
  return false;
}
} // namespace

bool ReadReach::coRead(const Expr *E) const {
  // Another read of the raw value read at the root, in the same function,
  // of a const object (so that nothing between the two changed it).
  if (!Root || !E)
    return false;
  const Expr *S = E->IgnoreParenImpCasts();
  const Expr *R = Root->IgnoreParenImpCasts();
  if (S == R)
    return true;
  if (!S->getType().isConstQualified() || !sameAccess(S, R) ||
      !inMainFile(S->getBeginLoc()) ||
      enclosingFunction(S) != enclosingFunction(R))
    return false;
  if (!llvm::is_contained(CoReads, S))
    CoReads.push_back(S);
  return true;
}

bool ReadReach::coReadsOnlyMeasured() const {
  // What was recorded on the way may belong to a branch that failed: each
  // co-read must be measured (find, size) or chosen by a conditional, and
  // nothing else.
  for (const Expr *E : CoReads) {
    const Stmt *Node = E;
    const Stmt *P = parent(Node);
    while (isa_and_nonnull<ImplicitCastExpr, ParenExpr>(P)) {
      Node = P;
      P = parent(P);
    }
    if (const auto *ME = dyn_cast_or_null<MemberExpr>(P)) {
      const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(parent(ME));
      if (!Call || !Call->getMethodDecl() ||
          !(K.memberRoles(Call->getMethodDecl()) & MemberMeasure))
        return false;
      continue;
    }
    while (isa_and_nonnull<MaterializeTemporaryExpr, CXXBindTemporaryExpr,
                           CXXConstructExpr, ImplicitCastExpr>(P)) {
      Node = P;
      P = parent(P);
    }
    const auto *CO = dyn_cast_or_null<ConditionalOperator>(P);
    if (!CO || CO->getCond() == Node)
      return false;
  }
  return true;
}

bool ReadReach::isChainText(const Expr *E) const {
  E = strip(E);
  if (!E)
    return false;
  if (Root && E == strip(Root))
    return true;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return Chain.count(DRE->getDecl()->getCanonicalDecl());
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return Chain.count(ME->getMemberDecl()->getCanonicalDecl());
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    return MD && (K.memberRoles(MD) & MemberCut) &&
           isStringClass(MC->getImplicitObjectArgument()->getType()) &&
           isChainText(MC->getImplicitObjectArgument());
  }
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *FD = Call->getDirectCallee())
      return Chain.count(FD->getCanonicalDecl());
  if (const auto *CO = dyn_cast<ConditionalOperator>(E))
    return isChainText(CO->getTrueExpr()) && isChainText(CO->getFalseExpr());
  return false;
}

bool ReadReach::isChainPosition(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (isa<CXXDefaultArgExpr>(E))
    return true;
  if (E->isValueDependent() || E->isTypeDependent())
    return false;
  if (E->isIntegerConstantExpr(Ctx))
    return true;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    // A local position, whose own uses are followed where it is made.
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD)
      return false;
    if (Positions.count(VD->getCanonicalDecl()))
      return true;
    // Made of the followed text or a co-read: its every use is followed
    // as well.
    return VD->hasLocalStorage() && !isa<ParmVarDecl>(VD) && VD->getInit() &&
           VD->getType()->isIntegerType() && isChainPosition(VD->getInit()) &&
           positionVariable(VD);
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    const Expr *Object = MC->getImplicitObjectArgument();
    return MD && (K.memberRoles(MD) & MemberMeasure) && Object &&
           isStringClass(Object->getType()) &&
           (isChainText(Object) || coRead(Object));
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E))
    return isAdditive(BO->getOpcode()) && isChainPosition(BO->getLHS()) &&
           isChainPosition(BO->getRHS());
  if (const auto *CO = dyn_cast<ConditionalOperator>(E))
    return isChainPosition(CO->getTrueExpr()) &&
           isChainPosition(CO->getFalseExpr());
  return false;
}

bool ReadReach::text(const Expr *E) {
  if (!Visited.insert(E).second)
    return true;
  if (++Steps > MaxSteps)
    return false;
  const Stmt *Node = E;
  while (true) {
    if (const auto *X = dyn_cast<Expr>(Node); X && IsLabel(X))
      return true;
    // A declaration the value initialises: a local variable, or a member
    // in a constructor's initialiser list.
    DynTypedNodeList Ps = Ctx.getParents(*Node);
    if (Ps.size() == 1) {
      if (const auto *VD = Ps[0].get<VarDecl>())
        return VD->getInit() == Node && variable(VD);
      if (const auto *Init = Ps[0].get<CXXCtorInitializer>())
        return Init->isMemberInitializer() && Init->getInit() == Node &&
               member(Init->getMember());
    }
    const Stmt *P = parent(Node);
    if (!P)
      return false;
    // The value handed on unchanged.
    if (isa<ParenExpr, ImplicitCastExpr, MaterializeTemporaryExpr,
            CXXBindTemporaryExpr, ExprWithCleanups>(P)) {
      Node = P;
      continue;
    }
    if (const auto *C = dyn_cast<ExplicitCastExpr>(P)) {
      if (!isStringClass(C->getType()))
        return false;
      Node = P;
      continue;
    }
    if (const auto *CE = dyn_cast<CXXConstructExpr>(P)) {
      if (!isStringClass(CE->getType()) || CE->getNumArgs() == 0 ||
          CE->getArg(0) != Node ||
          !llvm::all_of(llvm::drop_begin(CE->arguments()), [](const Expr *A) {
            return isa<CXXDefaultArgExpr>(A);
          }))
        return false;
      Node = P;
      continue;
    }
    if (const auto *CO = dyn_cast<ConditionalOperator>(P)) {
      // Chosen by a condition that does not look at it, instead of a
      // constant, the followed text, or another read of the same raw value
      // (guarded too: else that branch would stay raw).
      if (CO->getCond() == Node || !isStringClass(CO->getType()))
        return false;
      const Expr *Other =
          CO->getTrueExpr() == Node ? CO->getFalseExpr() : CO->getTrueExpr();
      if (!isChainText(Other) && !isa<StringLiteral>(strip(Other)) &&
          !coRead(Other))
        return false;
      Node = P;
      continue;
    }
    // A member of a string type called on it.
    if (const auto *ME = dyn_cast<MemberExpr>(P)) {
      const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(parent(ME));
      if (ME->getBase() != Node || !Call ||
          Call->getCallee()->IgnoreParens() != ME)
        return false;
      const Expr *Next = nullptr;
      bool Done = false;
      if (!memberCall(Call, Next, Done))
        return false;
      if (Done)
        return true;
      Node = Next;
      continue;
    }
    // The key of an entry of a map.
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P);
        Op && Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2 &&
        Op->getArg(1) == Node)
      return (K.memberRoles(Op->getDirectCallee()) & MemberInsertKey) &&
             inserted(Op->getArg(0));
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(P);
        Call && Call->getNumArgs() >= 1 && Call->getArg(0) == Node)
      return (K.memberRoles(Call->getMethodDecl()) & MemberInsertKey) &&
             insertionResultFree(Call) &&
             inserted(Call->getImplicitObjectArgument());
    // Assigned to a local or a member.
    if (const auto *BO = dyn_cast<BinaryOperator>(P);
        BO && BO->getOpcode() == BO_Assign && BO->getRHS() == Node) {
      const Expr *LHS = BO->getLHS()->IgnoreParenImpCasts();
      if (const auto *DRE = dyn_cast<DeclRefExpr>(LHS))
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
          return variable(VD);
      if (const auto *ME = dyn_cast<MemberExpr>(LHS))
        return member(dyn_cast<FieldDecl>(ME->getMemberDecl()));
      return false;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P);
        Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 &&
        Op->getArg(1) == Node) {
      const Expr *LHS = Op->getArg(0)->IgnoreParenImpCasts();
      if (const auto *DRE = dyn_cast<DeclRefExpr>(LHS))
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
          return variable(VD);
      if (const auto *ME = dyn_cast<MemberExpr>(LHS))
        return member(dyn_cast<FieldDecl>(ME->getMemberDecl()));
      return false;
    }
    // A member of a braced aggregate (`return {req.path, ...}`).
    if (const auto *ILE = dyn_cast<InitListExpr>(P)) {
      const auto *RD = ILE->getType()->getAsCXXRecordDecl();
      if (!RD || RD->isUnion() || RD->getNumBases() != 0)
        return false;
      unsigned I = 0;
      for (const FieldDecl *FD : RD->fields()) {
        if (FD->isUnnamedBitField())
          continue;
        if (I < ILE->getNumInits() && ILE->getInit(I) == Node)
          return member(FD);
        ++I;
      }
      return false;
    }
    if (isa<ReturnStmt>(P))
      return returned(enclosingFunction(P));
    return false;
  }
}

bool ReadReach::memberCall(const CXXMemberCallExpr *Call, const Expr *&Next,
                           bool &Done) {
  const CXXMethodDecl *MD = Call->getMethodDecl();
  const Expr *Object = Call->getImplicitObjectArgument();
  if (!MD || !Object || !isStringClass(Object->getType()))
    return false;
  if (const auto *Conv = dyn_cast<CXXConversionDecl>(MD)) {
    // std::string to std::string_view.
    Next = Call;
    return isStringClass(Conv->getConversionType());
  }
  unsigned Roles = K.memberRoles(MD);
  if (Roles & MemberCut) {
    Next = Call;
    return cutArguments(Call);
  }
  if (Roles & MemberCutInPlace) {
    // On a variable of the chain, whose every use is followed.
    Done = true;
    const auto *DRE = dyn_cast<DeclRefExpr>(Object->IgnoreParenImpCasts());
    return DRE && Chain.count(DRE->getDecl()->getCanonicalDecl()) &&
           cutArguments(Call);
  }
  if (Roles & MemberMeasure) {
    Done = true;
    return position(Call);
  }
  return false;
}

bool ReadReach::position(const Expr *E) {
  if (!Visited.insert(E).second)
    return true;
  if (++Steps > MaxSteps)
    return false;
  const Stmt *Node = E;
  while (true) {
    DynTypedNodeList Ps = Ctx.getParents(*Node);
    if (Ps.size() == 1)
      if (const auto *VD = Ps[0].get<VarDecl>())
        return VD->getInit() == Node && positionVariable(VD);
    const Stmt *P = parent(Node);
    if (!P)
      return false;
    if (isa<ParenExpr, ImplicitCastExpr>(P)) {
      Node = P;
      continue;
    }
    // An argument of a cut of the same text.
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(P)) {
      const CXXMethodDecl *MD = Call->getMethodDecl();
      const Expr *Object = Call->getImplicitObjectArgument();
      return MD && Object &&
             (K.memberRoles(MD) & (MemberCut | MemberCutInPlace)) &&
             llvm::is_contained(Call->arguments(), Node) &&
             isStringClass(Object->getType()) && isChainText(Object);
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(P)) {
      const Expr *Other = BO->getLHS() == Node ? BO->getRHS() : BO->getLHS();
      if (!isChainPosition(Other))
        return false;
      if (isAdditive(BO->getOpcode())) {
        Node = P;
        continue;
      }
      if (BO->isComparisonOp())
        return decides(BO);
      return false;
    }
    if (const auto *CO = dyn_cast<ConditionalOperator>(P)) {
      if (CO->getCond() == Node)
        return false;
      const Expr *Other =
          CO->getTrueExpr() == Node ? CO->getFalseExpr() : CO->getTrueExpr();
      if (!isChainPosition(Other))
        return false;
      Node = P;
      continue;
    }
    return false;
  }
}

bool ReadReach::decides(const Expr *Comparison) {
  // A comparison of positions may choose between cuts of the text, and
  // nothing else.
  const Stmt *Node = Comparison;
  const Stmt *P = parent(Node);
  while (P && (isa<ParenExpr, ImplicitCastExpr>(P) ||
               (isa<UnaryOperator>(P) &&
                cast<UnaryOperator>(P)->getOpcode() == UO_LNot))) {
    Node = P;
    P = parent(P);
  }
  if (const auto *If = dyn_cast_or_null<IfStmt>(P))
    return If->getCond() == Node && !If->getInit() &&
           !If->getConditionVariable() && chainUpdate(If->getThen()) &&
           chainUpdate(If->getElse());
  if (const auto *CO = dyn_cast_or_null<ConditionalOperator>(P)) {
    if (CO->getCond() != Node)
      return false;
    // A choice between positions, itself a position.
    if (CO->getType()->isIntegerType())
      return isChainPosition(CO->getTrueExpr()) &&
             isChainPosition(CO->getFalseExpr()) && position(CO);
    if (!isStringClass(CO->getType()))
      return false;
    auto Choice = [&](const Expr *E) {
      return isChainText(E) || isa<StringLiteral>(strip(E));
    };
    return Choice(CO->getTrueExpr()) && Choice(CO->getFalseExpr()) &&
           (isChainText(CO->getTrueExpr()) || isChainText(CO->getFalseExpr()));
  }
  return false;
}

bool ReadReach::chainUpdate(const Stmt *S) {
  if (!S || isa<NullStmt>(S))
    return true;
  if (const auto *CS = dyn_cast<CompoundStmt>(S))
    return llvm::all_of(CS->body(),
                        [&](const Stmt *B) { return chainUpdate(B); });
  const auto *E = dyn_cast<Expr>(S);
  if (!E)
    return false;
  E = E->IgnoreImplicit();
  auto ChainVariable = [&](const Expr *X) {
    const auto *DRE = dyn_cast<DeclRefExpr>(X->IgnoreParenImpCasts());
    return DRE && Chain.count(DRE->getDecl()->getCanonicalDecl());
  };
  const Expr *RHS = nullptr;
  if (const auto *BO = dyn_cast<BinaryOperator>(E))
    if (isAssignmentTo(BO, BO->getLHS(), RHS))
      return ChainVariable(BO->getLHS()) && isChainText(RHS);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    if (Op->getNumArgs() == 2 && isAssignmentTo(Op, Op->getArg(0), RHS))
      return ChainVariable(Op->getArg(0)) && isChainText(RHS);
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    return MD && (K.memberRoles(MD) & MemberCutInPlace) &&
           ChainVariable(MC->getImplicitObjectArgument()) && cutArguments(MC);
  }
  return false;
}

bool ReadReach::variable(const VarDecl *V) {
  // A local of a string type, seen by its own function only.
  if (!V || !V->hasLocalStorage() || isa<ParmVarDecl>(V) ||
      !inMainFile(V->getLocation()))
    return false;
  QualType T = V->getType();
  if (T->isReferenceType() && !T.getNonReferenceType().isConstQualified())
    return false;
  if (!isStringClass(T) || takesDeclaredType(T))
    return false;
  if (!Chain.insert(V->getCanonicalDecl()).second)
    return true;
  const auto *Home =
      dyn_cast_or_null<FunctionDecl>(V->getParentFunctionOrMethod());
  if (!Home)
    return false;
  index();
  for (const Expr *R : Refs.lookup(V->getCanonicalDecl())) {
    // A lambda that captures it sees it too.
    if (enclosingFunction(R) != Home)
      return false;
    const Expr *RHS = nullptr;
    if (isAssignmentTo(parent(R), R, RHS)) {
      // Overwritten: with a cut of the same text only, so that positions
      // measured in it stay positions in what is cut.
      if (!isChainText(RHS))
        return false;
      continue;
    }
    if (!text(R))
      return false;
  }
  return true;
}

bool ReadReach::positionVariable(const VarDecl *V) {
  if (!V || !V->hasLocalStorage() || isa<ParmVarDecl>(V) ||
      V->getType()->isReferenceType() || !V->getType()->isIntegerType())
    return false;
  if (!Positions.insert(V->getCanonicalDecl()).second)
    return true;
  const auto *Home =
      dyn_cast_or_null<FunctionDecl>(V->getParentFunctionOrMethod());
  if (!Home)
    return false;
  index();
  for (const Expr *R : Refs.lookup(V->getCanonicalDecl()))
    if (enclosingFunction(R) != Home || !position(R))
      return false;
  return true;
}

bool ReadReach::member(const FieldDecl *M) {
  // A member of a class no other translation unit sees.
  if (!M || !inMainFile(M->getLocation()) || M->getParent()->isUnion() ||
      M->getType()->isReferenceType() || !isStringClass(M->getType()))
    return false;
  if (!Chain.insert(M->getCanonicalDecl()).second)
    return true;
  index();
  const auto *RD = dyn_cast<CXXRecordDecl>(M->getParent());
  if (!RD || Decomposed.count(RD->getCanonicalDecl()))
    return false;
  for (const Expr *R : Refs.lookup(M->getCanonicalDecl())) {
    // `&S::m`, or a use outside any function (a default member initialiser
    // reads nothing of the value).
    if (!isa<MemberExpr>(R))
      return false;
    const FunctionDecl *FD = enclosingFunction(R);
    if (FD && (FD->isImplicit() || FD->isDefaulted())) {
      // The implicit copy and move members copy it into the same member,
      // whose reads are all followed here; any other (a defaulted
      // comparison) looks at it.
      if (copiesMembers(FD))
        continue;
      return false;
    }
    const Expr *RHS = nullptr;
    if (isAssignmentTo(parent(R), R, RHS))
      continue; // written, not read
    if (!text(R))
      return false;
  }
  return true;
}

bool ReadReach::returned(const FunctionDecl *FD) {
  // Returned by a function only this unit can call, called directly.
  if (!FD || FD->isExternallyVisible() || !inMainFile(FD->getLocation()) ||
      FD->isTemplateInstantiation() || FD->getTemplateInstantiationPattern() ||
      FD->isDependentContext())
    return false;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      MD && (MD->isVirtual() || MD->getParent()->isLambda()))
    return false;
  QualType T = FD->getReturnType();
  if (T->isReferenceType() && !T.getNonReferenceType().isConstQualified())
    return false;
  if (!isStringClass(T) || takesDeclaredType(FD->getDeclaredReturnType()))
    return false;
  if (!Chain.insert(FD->getCanonicalDecl()).second)
    return true;
  index();
  for (const Expr *R : Refs.lookup(FD->getCanonicalDecl())) {
    const Stmt *P = parent(R);
    while (isa_and_nonnull<ImplicitCastExpr, ParenExpr>(P))
      P = parent(P);
    const auto *Call = dyn_cast_or_null<CallExpr>(P);
    if (!Call || Call->getCallee()->IgnoreParenImpCasts() != R || !text(Call))
      return false;
  }
  return true;
}

bool ReadReach::isKeyedMap(QualType T) const {
  // An associative container of entries (the standard's key_type and
  // mapped_type) keyed by text.
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return false;
  auto Member = [&](llvm::StringRef Name) -> const TypedefNameDecl * {
    for (const NamedDecl *N : RD->lookup(&Ctx.Idents.get(Name)))
      if (const auto *TD = dyn_cast<TypedefNameDecl>(N))
        return TD;
    return nullptr;
  };
  const TypedefNameDecl *Key = Member("key_type");
  return Key && Member("mapped_type") &&
         isStringClass(Key->getUnderlyingType());
}

bool ReadReach::inserted(const Expr *Container) {
  Container = Container->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Container))
    return keyed(dyn_cast<VarDecl>(DRE->getDecl()));
  if (const auto *ME = dyn_cast<MemberExpr>(Container))
    return keyed(dyn_cast<FieldDecl>(ME->getMemberDecl()));
  return false;
}

bool ReadReach::keyed(const ValueDecl *D) {
  // A map that only this function, or only the members of a class no other
  // unit sees, can reach; its every use is followed.
  if (!D || !inMainFile(D->getLocation()) || D->getType()->isReferenceType() ||
      !isKeyedMap(D->getType()))
    return false;
  index();
  const FunctionDecl *Home = nullptr;
  if (const auto *V = dyn_cast<VarDecl>(D)) {
    if (!V->hasLocalStorage() || isa<ParmVarDecl>(V))
      return false;
    Home = dyn_cast_or_null<FunctionDecl>(V->getParentFunctionOrMethod());
    if (!Home)
      return false;
  } else if (const auto *M = dyn_cast<FieldDecl>(D)) {
    const auto *RD = dyn_cast<CXXRecordDecl>(M->getParent());
    if (!RD || RD->isUnion() || RD->isDependentContext() ||
        isa<ClassTemplateSpecializationDecl>(RD) ||
        Decomposed.count(RD->getCanonicalDecl()))
      return false;
  } else {
    return false;
  }
  if (!Keyed.insert(D->getCanonicalDecl()).second)
    return true;
  for (const Expr *R : Refs.lookup(D->getCanonicalDecl())) {
    const FunctionDecl *FD = enclosingFunction(R);
    if (Home) {
      // A lambda that captures it sees it too.
      if (FD != Home)
        return false;
    } else {
      if (!isa<MemberExpr>(R) || !FD)
        return false;
      if (FD->isImplicit() || FD->isDefaulted()) {
        // The implicit copy and move members copy it into the same member;
        // any other (a defaulted comparison) looks at the keys.
        if (copiesMembers(FD))
          continue;
        return false;
      }
    }
    if (!containerUse(R))
      return false;
  }
  return true;
}

bool ReadReach::containerUse(const Expr *R) {
  const Stmt *Node = R;
  if (const CXXForRangeStmt *For = rangeOver(Node))
    return element(For->getLoopVariable());
  const Stmt *P = parent(Node);
  while (isa_and_nonnull<ImplicitCastExpr, ParenExpr>(P)) {
    Node = P;
    P = parent(P);
  }
  if (const CXXForRangeStmt *For = rangeOver(Node))
    return element(For->getLoopVariable());
  // m[key]: the entry's mapped value is written, never read.
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(P);
      Op && Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2 &&
      Op->getArg(0) == Node)
    return (K.memberRoles(Op->getDirectCallee()) & MemberInsertKey) &&
           insertionKey(Op->getArg(1)) && onlyWritten(Op);
  const auto *ME = dyn_cast_or_null<MemberExpr>(P);
  if (!ME || ME->getBase() != Node)
    return false;
  const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(parent(ME));
  if (!Call || Call->getCallee()->IgnoreParens() != ME)
    return false;
  unsigned Roles = K.memberRoles(Call->getMethodDecl());
  if (Roles & MemberClear)
    return true;
  return (Roles & MemberInsertKey) && Call->getNumArgs() >= 1 &&
         insertionKey(Call->getArg(0)) && insertionResultFree(Call);
}

bool ReadReach::insertionKey(const Expr *Key) {
  // The followed text, or a constant (a bounded key beside the routes); a
  // key from anywhere else would sit raw beside the guarded ones.
  return isChainText(Key) || isa<StringLiteral>(strip(Key));
}

bool ReadReach::insertionResultFree(const Expr *Call) const {
  // try_emplace's result: discarded, or used for the entry's mapped value
  // (`.first->second`), never for the key.
  // A statement of its own (not a returned value, not a variable's
  // initialiser, whose later uses are not followed).
  const Stmt *P = nullptr;
  if (unused(Call, P))
    return true;
  if (!P)
    return false;
  const auto *ME = dyn_cast<MemberExpr>(P);
  const auto *Part = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
  if (!Part)
    return false;
  // Not the inserted flag: whether a key is new changes with the keys.
  // `.first->second`: the iterator's entry's field 1.
  const Stmt *Up = parent(ME);
  while (isa_and_nonnull<ImplicitCastExpr>(Up))
    Up = parent(Up);
  const auto *Arrow = dyn_cast_or_null<CXXOperatorCallExpr>(Up);
  const Stmt *Through = Arrow ? parent(Arrow) : nullptr;
  const auto *Mapped = dyn_cast_or_null<MemberExpr>(Through);
  const auto *Field =
      Mapped ? dyn_cast<FieldDecl>(Mapped->getMemberDecl()) : nullptr;
  return Part->getFieldIndex() == 0 && Arrow &&
         Arrow->getOperator() == OO_Arrow && Field &&
         Field->getFieldIndex() == 1 && onlyWritten(Mapped);
}

bool ReadReach::onlyWritten(const Expr *Entry) const {
  // The mapped value of an entry keyed by the guard's answer counts every
  // path of a route together: the code may add to it or set it, in a
  // statement of its own, but not look at it (a limit on one raw path's
  // count would now count the route's).
  const Stmt *Node = Entry;
  const Stmt *P = parent(Node);
  while (isa_and_nonnull<ImplicitCastExpr, ParenExpr>(P)) {
    Node = P;
    P = parent(P);
  }
  const Expr *Write = nullptr;
  if (const auto *UO = dyn_cast_or_null<UnaryOperator>(P);
      UO && UO->isIncrementDecrementOp())
    Write = UO;
  else if (const auto *BO = dyn_cast_or_null<BinaryOperator>(P);
           BO && BO->isAssignmentOp() && BO->getLHS() == Node)
    Write = BO;
  else if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(P);
           Op && Op->getNumArgs() >= 1 && Op->getArg(0) == Node &&
           (Op->isAssignmentOp() || Op->getOperator() == OO_PlusPlus ||
            Op->getOperator() == OO_MinusMinus))
    Write = Op;
  return Write && unused(Write, P);
}

bool ReadReach::unused(const Stmt *Node, const Stmt *&P) const {
  // Through the nodes that hand the value on, to a statement of its own;
  // \p P ends as the parent of the last of them.
  P = parent(Node);
  while (isa_and_nonnull<ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr,
                         CXXBindTemporaryExpr, ExprWithCleanups>(P)) {
    Node = P;
    P = parent(P);
  }
  if (isa_and_nonnull<CompoundStmt>(P))
    return true;
  const auto *If = dyn_cast_or_null<IfStmt>(P);
  return If && (If->getThen() == Node || If->getElse() == Node);
}

const CXXForRangeStmt *ReadReach::rangeOver(const Stmt *Node) const {
  // The range a range-for iterates: its range variable's initialiser.
  DynTypedNodeList Ps = Ctx.getParents(*Node);
  if (Ps.size() != 1)
    return nullptr;
  if (const auto *For = Ps[0].get<CXXForRangeStmt>())
    return For->getRangeInit() == Node ? For : nullptr;
  const auto *Range = Ps[0].get<VarDecl>();
  if (!Range || Range->getInit() != Node)
    return nullptr;
  DynTypedNodeList Ds = Ctx.getParents(*Range);
  const auto *DS = Ds.size() == 1 ? Ds[0].get<DeclStmt>() : nullptr;
  if (!DS)
    return nullptr;
  DynTypedNodeList Fs = Ctx.getParents(*DS);
  const auto *For = Fs.size() == 1 ? Fs[0].get<CXXForRangeStmt>() : nullptr;
  return For && For->getRangeStmt() == DS ? For : nullptr;
}

bool ReadReach::element(const VarDecl *Loop) {
  // Each entry of the map: its key is followed, its mapped value is free.
  if (!Loop || !inMainFile(Loop->getLocation()))
    return false;
  const auto *Home =
      dyn_cast_or_null<FunctionDecl>(Loop->getParentFunctionOrMethod());
  if (!Home)
    return false;
  index();
  if (const auto *DD = dyn_cast<DecompositionDecl>(Loop)) {
    if (DD->bindings().size() != 2)
      return false;
    const BindingDecl *Key = DD->bindings()[0];
    if (!isStringClass(Key->getType()))
      return false;
    Chain.insert(Key->getCanonicalDecl());
    for (const Expr *R : Refs.lookup(Key->getCanonicalDecl()))
      if (enclosingFunction(R) != Home || !text(R))
        return false;
    return true;
  }
  for (const Expr *R : Refs.lookup(Loop->getCanonicalDecl())) {
    if (enclosingFunction(R) != Home)
      return false;
    const Stmt *P = parent(R);
    while (isa_and_nonnull<ImplicitCastExpr, ParenExpr>(P))
      P = parent(P);
    const auto *ME = dyn_cast_or_null<MemberExpr>(P);
    const auto *Part = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
    if (!Part)
      return false;
    if (Part->getFieldIndex() == 1)
      continue;
    if (Part->getFieldIndex() != 0 || !text(ME))
      return false;
  }
  return true;
}

bool ReadReach::cutsKeepTheirText(const Expr *Read, const Expr *Label) {
  // Within one expression: every cut between the read and the label cuts
  // at positions measured in the read itself (or constants).
  reset(Read);
  const Stmt *Node = Read;
  for (unsigned Depth = 0; Node && Node != Label && Depth < 64; ++Depth) {
    const Stmt *P = parent(Node);
    if (const auto *ME = dyn_cast_or_null<MemberExpr>(P);
        ME && ME->getBase() == Node)
      if (const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(parent(ME));
          Call && Call->getCallee()->IgnoreParens() == ME) {
        const CXXMethodDecl *MD = Call->getMethodDecl();
        if (MD && (K.memberRoles(MD) & (MemberCut | MemberCutInPlace)) &&
            !cutArguments(Call))
          return false;
      }
    Node = P;
  }
  return Node == Label && coReadsOnlyMeasured();
}

bool ReadReach::cutArguments(const CXXMemberCallExpr *Call) {
  // Positions measured in the text, and a start within every text the
  // guard answers: `unregistered-path` is cut as well as the templates.
  if (!llvm::all_of(Call->arguments(),
                    [&](const Expr *A) { return isChainPosition(A); }))
    return false;
  if (Call->getNumArgs() > 0 &&
      !startsWithin(Call->getArg(0), Call->getImplicitObjectArgument(), Call))
    return false;
  Cuts = true;
  return true;
}

bool ReadReach::startsWithin(const Expr *Pos, const Expr *Object,
                             const Stmt *Cut, unsigned Depth) {
  if (Depth > 8)
    return false;
  const Expr *E = Pos->IgnoreParenImpCasts();
  if (isa<CXXDefaultArgExpr>(E))
    return true; // substr's own default, 0
  if (E->isValueDependent() || E->isTypeDependent())
    return false;
  if (std::optional<llvm::APSInt> V = E->getIntegerConstantExpr(Ctx)) {
    // A template starts with '/' and the unregistered value is not empty:
    // the whole text has at least one character, a cut one may have none.
    if (*V == 0)
      return true;
    return *V == 1 && whole(Object, Cut);
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    // A local position is never assigned again (its uses are followed).
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    return VD && VD->hasLocalStorage() && !isa<ParmVarDecl>(VD) &&
           VD->getInit() && startsWithin(VD->getInit(), Object, Cut, Depth + 1);
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E);
      BO && BO->getOpcode() == BO_Add) {
    // One past a position found in the whole text: at most its size, and
    // npos + 1 is 0.
    auto One = [&](const Expr *X) {
      std::optional<llvm::APSInt> V =
          X->IgnoreParenImpCasts()->getIntegerConstantExpr(Ctx);
      return V && *V == 1;
    };
    const Expr *Found = One(BO->getRHS())   ? BO->getLHS()
                        : One(BO->getLHS()) ? BO->getRHS()
                                            : nullptr;
    return Found && located(Found) && whole(Object, Cut);
  }
  if (const auto *CO = dyn_cast<ConditionalOperator>(E))
    return startsWithin(CO->getTrueExpr(), Object, Cut, Depth + 1) &&
           startsWithin(CO->getFalseExpr(), Object, Cut, Depth + 1);
  return false;
}

bool ReadReach::located(const Expr *E, unsigned Depth) {
  // A position some text's find-like member found in the whole text.
  if (Depth > 8)
    return false;
  E = E->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    return VD && VD->hasLocalStorage() && !isa<ParmVarDecl>(VD) &&
           VD->getInit() && located(VD->getInit(), Depth + 1);
  }
  const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
  const CXXMethodDecl *MD = MC ? MC->getMethodDecl() : nullptr;
  return MD && (K.memberRoles(MD) & MemberLocate) &&
         whole(MC->getImplicitObjectArgument(), nullptr);
}

bool ReadReach::whole(const Expr *E, const Stmt *Except, unsigned Depth) {
  // The guard's whole answer: the read, another read of the same raw value,
  // or a local made of one that nothing cuts or overwrites (\p Except, the
  // cut being judged, aside).
  if (!E || Depth > 8)
    return false;
  const Expr *S = strip(E);
  if (Root && (S == strip(Root) || coRead(S)))
    return true;
  const auto *DRE = dyn_cast<DeclRefExpr>(S);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !Chain.count(VD->getCanonicalDecl()) || !VD->getInit() ||
      !whole(VD->getInit(), nullptr, Depth + 1))
    return false;
  index();
  for (const Expr *R : Refs.lookup(VD->getCanonicalDecl())) {
    const Expr *RHS = nullptr;
    if (isAssignmentTo(parent(R), R, RHS))
      return false;
    const Stmt *P = parent(R);
    while (isa_and_nonnull<ImplicitCastExpr, ParenExpr>(P))
      P = parent(P);
    if (const auto *ME = dyn_cast_or_null<MemberExpr>(P))
      if (const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(parent(ME));
          Call && Call != Except && Call->getMethodDecl() &&
          (K.memberRoles(Call->getMethodDecl()) & MemberCutInPlace))
        return false;
  }
  return true;
}

} // namespace clang::tidy::metrics
