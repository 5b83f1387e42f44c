//===--- ValueFlow.cpp - labelguard ---------------------------------------===//

#include "ValueFlow.h"
#include "DeclNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringSet.h"

namespace clang::tidy::metrics {

namespace {
// Deep chains are real (a value copied through a dozen locals) but
// unbounded recursion on machine-generated code is not acceptable.
constexpr unsigned MaxDepth = 64;

bool isStringRecordName(llvm::StringRef Name) {
  static const llvm::StringSet<> Names = {
      "::std::basic_string", "::std::basic_string_view",
      "::boost::basic_string_view", "::boost::core::basic_string_view"};
  return Names.contains(Name);
}

// Members of a string that return the same text (or a view of it).
bool isTextPreservingMember(llvm::StringRef Name) {
  return Name == "c_str" || Name == "data" || Name == "str";
}
} // namespace

const Expr *ignoreValueWrappers(const Expr *E) {
  while (true) {
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<ExprWithCleanups>(E))
      E = C->getSubExpr();
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E))
      E = F->getSubExpr();
    else
      return E;
  }
}

bool isStringLike(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  if (const auto *PT = T->getAs<PointerType>())
    return PT->getPointeeType()->isAnyCharacterType();
  if (T->isArrayType())
    return T->getArrayElementTypeNoTypeQual()->isAnyCharacterType();
  if (const auto *RD = T->getAsCXXRecordDecl())
    return isStringRecordName(tableName(RD));
  return false;
}

std::optional<Origin> ValueFlow::trace(const Expr *E) {
  Visiting.clear();
  return traceImpl(E, 0);
}

std::optional<Origin> ValueFlow::traceImpl(const Expr *E, unsigned Depth) {
  if (!E || Depth > MaxDepth)
    return std::nullopt;
  E = ignoreValueWrappers(E);

  auto FromSource = [&](const NamedDecl *D) -> std::optional<Origin> {
    std::optional<SourceKind> Kind = K.source(tableName(D));
    if (!Kind)
      return std::nullopt;
    Origin O{*Kind, E, {}};
    O.Steps.push_back({E->getBeginLoc(), "value read from the request here"});
    return O;
  };

  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return FromSource(ME->getMemberDecl());

  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee)
      return std::nullopt;
    if (std::optional<Origin> O = FromSource(Callee))
      return O;
    // s.c_str(), s.data(): the same text under another type.
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
      if (Callee->getIdentifier() &&
          isTextPreservingMember(Callee->getName()) &&
          isStringLike(MC->getImplicitObjectArgument()->getType()))
        return traceImpl(MC->getImplicitObjectArgument(), Depth + 1);
    return std::nullopt;
  }

  // std::string(raw), std::string_view(raw): a copy or a view is still raw.
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    if (CE->getNumArgs() >= 1 && isStringLike(CE->getType()))
      return traceImpl(CE->getArg(0), Depth + 1);
    return std::nullopt;
  }

  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      return traceVariable(VD, Depth);

  return std::nullopt;
}

std::optional<Origin> ValueFlow::traceVariable(const VarDecl *VD,
                                               unsigned Depth) {
  // Parameters are the interprocedural analysis' business; globals may be
  // written anywhere.
  if (isa<ParmVarDecl>(VD) || !VD->hasLocalStorage() || !VD->hasInit())
    return std::nullopt;
  if (!Visiting.insert(VD).second)
    return std::nullopt;
  std::optional<Origin> O = traceImpl(VD->getInit(), Depth + 1);
  Visiting.erase(VD);
  if (O)
    O->Steps.push_back(
        {VD->getLocation(), ("flows into '" + VD->getName() + "' here").str()});
  return O;
}

} // namespace clang::tidy::metrics
