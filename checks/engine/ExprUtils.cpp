//===--- engine/ExprUtils.cpp - labelguard --------------------------------===//

#include "engine/ExprUtils.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::metrics::engine {

const Expr *ignoreValueWrappers(const Expr *E) {
  while (true) {
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<ExprWithCleanups>(E))
      E = C->getSubExpr();
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E);
             F && !isa<InitListExpr>(F->getSubExpr()))
      E = F->getSubExpr();
    else
      return E;
  }
}

bool isStringLike(QualType T, KnowledgeIndex &K) {
  T = T.getNonReferenceType().getCanonicalType();
  if (const auto *PT = T->getAs<PointerType>())
    return PT->getPointeeType()->isAnyCharacterType();
  if (T->isArrayType())
    return T->getArrayElementTypeNoTypeQual()->isAnyCharacterType();
  if (const auto *RD = T->getAsCXXRecordDecl()) {
    // A specialization is known by its template (basic_string<char>).
    const NamedDecl *Named = RD;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
      Named = Spec->getSpecializedTemplate()->getTemplatedDecl();
    const Entry *E = K.lookup(Named);
    return E && E->StringType;
  }
  return false;
}

namespace {
bool mayHoldCallables(QualType T, KnowledgeIndex &K, unsigned Depth) {
  if (Depth > 3 || T.isNull())
    return false;
  T = T.getNonReferenceType().getCanonicalType();
  if (T->isFunctionPointerType() || T->isFunctionReferenceType())
    return true;
  if (const auto *AT = dyn_cast<ArrayType>(T.getTypePtr()))
    return mayHoldCallables(AT->getElementType(), K, Depth + 1);
  const auto *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return false;
  if (RD->hasDefinition())
    for (const CXXMethodDecl *M : RD->getDefinition()->methods())
      if (M->getOverloadedOperator() == OO_Call)
        if (const Entry *E = K.lookup(M);
            E && E->Behaviour == Model::CallableObject)
          return true;
  // std::vector<std::function<...>>, std::map<std::string, Handler>.
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    for (const TemplateArgument &A : Spec->getTemplateArgs().asArray())
      if (A.getKind() == TemplateArgument::Type &&
          mayHoldCallables(A.getAsType(), K, Depth + 1))
        return true;
  return false;
}
} // namespace

bool mayHoldCallables(QualType T, KnowledgeIndex &K) {
  return mayHoldCallables(T, K, 0);
}

bool isNeverRaw(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  return T->isBooleanType() || T->isEnumeralType() || T->isVoidType();
}

bool isOutParamType(QualType T) {
  if (T->isLValueReferenceType())
    return !T.getNonReferenceType().isConstQualified();
  if (const auto *PT = T->getAs<PointerType>())
    return !PT->getPointeeType().isConstQualified();
  return false;
}

void collectLabelLeaves(const Expr *E, KnowledgeIndex &K,
                        llvm::SmallVectorImpl<const Expr *> &Out) {
  // The leaf is reported as the user wrote it: std::string(x), not x.
  const Expr *Written = E->IgnoreParenImpCasts();
  while (true) {
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(Written))
      Written = M->getSubExpr()->IgnoreParenImpCasts();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(Written))
      Written = B->getSubExpr()->IgnoreParenImpCasts();
    else if (const auto *C = dyn_cast<ExprWithCleanups>(Written))
      Written = C->getSubExpr()->IgnoreParenImpCasts();
    else
      break;
  }
  E = ignoreValueWrappers(E);
  if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
    E = FC->getSubExpr();
  if (const auto *IL = dyn_cast<InitListExpr>(E)) {
    for (const Expr *Init : IL->inits())
      collectLabelLeaves(Init, K, Out);
    return;
  }
  if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E)) {
    collectLabelLeaves(SIL->getSubExpr(), K, Out);
    return;
  }
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
      CE && !isStringLike(CE->getType(), K) &&
      (CE->isListInitialization() || CE->getNumArgs() > 1 ||
       (CE->getNumArgs() == 1 && isa<InitListExpr, CXXStdInitializerListExpr>(
                                     ignoreValueWrappers(CE->getArg(0)))))) {
    for (const Expr *Arg : CE->arguments())
      if (!isa<CXXDefaultArgExpr>(Arg))
        collectLabelLeaves(Arg, K, Out);
    return;
  }
  Out.push_back(Written);
}

SourceLocation calleeLocation(const Expr *E) {
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()))
      return ME->getMemberLoc();
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
    return OC->getOperatorLoc();
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const Expr *Callee = Call->getCallee()->IgnoreParenImpCasts();
    // The function's name, after any qualifier (opencensus::stats::Record).
    if (const auto *DRE = dyn_cast<DeclRefExpr>(Callee))
      return DRE->getLocation();
    return Callee->getExprLoc();
  }
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return CE->getBeginLoc();
  return E->getExprLoc();
}

const Expr *stripAddressOf(const Expr *E) {
  E = ignoreValueWrappers(E);
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && UO->getOpcode() == UO_AddrOf)
    return UO->getSubExpr();
  return E;
}

} // namespace clang::tidy::metrics::engine
