//===--- engine/Place.cpp - labelguard ------------------------------------===//

#include "engine/Place.h"
#include "engine/ExprUtils.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::metrics::engine {

Place Place::with(const NamedDecl *Member) const {
  Place P = *this;
  P.Path.push_back(cast<NamedDecl>(Member->getCanonicalDecl()));
  return P;
}

bool Place::within(const Place &P) const {
  return Var == P.Var && Path.size() >= P.Path.size() &&
         std::equal(P.Path.begin(), P.Path.end(), Path.begin());
}

std::string Place::name() const {
  if (!Path.empty())
    return Path.back()->getNameAsString();
  return Var ? Var->getNameAsString() : "this";
}

bool Place::operator<(const Place &O) const {
  if (Var != O.Var)
    return std::less<const VarDecl *>()(Var, O.Var);
  return std::lexicographical_compare(Path.begin(), Path.end(), O.Path.begin(),
                                      O.Path.end(),
                                      std::less<const NamedDecl *>());
}

bool Place::operator==(const Place &O) const {
  return Var == O.Var && Path == O.Path;
}

namespace {

// Deeper member chains than this are not told apart (generated code).
constexpr unsigned MaxPlaceDepth = 6;

std::optional<PlaceRef> element(std::optional<PlaceRef> Base) {
  if (Base)
    Base->Element = true;
  return Base;
}

// An optional or a smart pointer: what it gives access to is the one
// object it holds.
bool isHolder(const Expr *Object, KnowledgeIndex &K) {
  QualType T = Object->getType().getNonReferenceType();
  const auto *RD = T->getAsCXXRecordDecl();
  const Entry *E = RD ? K.lookup(RD) : nullptr;
  return E && E->Holder;
}

// The place of what a holder or a container gives access to.
std::optional<PlaceRef> accessed(const Expr *Object, KnowledgeIndex &K,
                                 std::optional<PlaceRef> Base) {
  return isHolder(Object, K) ? Base : element(Base);
}

std::optional<PlaceRef> placeOfImpl(const Expr *E, KnowledgeIndex &K,
                                    unsigned Depth) {
  if (!E || Depth > MaxPlaceDepth)
    return std::nullopt;
  E = ignoreValueWrappers(E);
  if (isa<CXXThisExpr>(E))
    return PlaceRef{Place::ofThis(), false};
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const ValueDecl *VD = DRE->getDecl();
    if (const auto *BD = dyn_cast<BindingDecl>(VD))
      if (const auto *Decomposed =
              dyn_cast_or_null<VarDecl>(BD->getDecomposedDecl()))
        return PlaceRef{Place::of(Decomposed), true};
    if (const auto *V = dyn_cast<VarDecl>(VD))
      return PlaceRef{Place::of(V), false};
    return std::nullopt;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (!isa<FieldDecl>(ME->getMemberDecl()))
      return std::nullopt;
    std::optional<PlaceRef> Base = placeOfImpl(ME->getBase(), K, Depth + 1);
    if (!Base)
      return std::nullopt;
    Base->P = Base->P.with(ME->getMemberDecl());
    return Base;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && UO->getOpcode() == UO_Deref)
    return element(placeOfImpl(UO->getSubExpr(), K, Depth + 1));
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
    return element(placeOfImpl(AS->getBase(), K, Depth + 1));
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
    // labels["path"], *it, it->: an element of the object.
    OverloadedOperatorKind Op = OC->getOperator();
    if ((Op == OO_Subscript || Op == OO_Star || Op == OO_Arrow) &&
        OC->getNumArgs() >= 1)
      return accessed(OC->getArg(0), K,
                      placeOfImpl(OC->getArg(0), K, Depth + 1));
    // `os << a << b` returns the stream it wrote to.
    if ((Op == OO_LessLess || Op == OO_GreaterGreater) &&
        OC->getNumArgs() == 2 && OC->isLValue())
      return element(placeOfImpl(OC->getArg(0), K, Depth + 1));
    return std::nullopt;
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (!MD || !MD->getIdentifier())
      return std::nullopt;
    std::optional<PlaceRef> Base =
        placeOfImpl(MC->getImplicitObjectArgument(), K, Depth + 1);
    if (!Base)
      return std::nullopt;
    // Element accessors (at(), front(), begin()) and an optional's value()
    // write through to their object.
    if (K.memberRoles(MD) & (MemberElement | MemberValue))
      return accessed(MC->getImplicitObjectArgument(), K, Base);
    // A const accessor without arguments names a stable part of its object
    // (req->getPath()): a guard may bound it like a member.
    if (MD->isConst() && MC->getNumArgs() == 0) {
      Base->P = Base->P.with(MD);
      return Base;
    }
    return std::nullopt;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E))
    // std::back_inserter(out) and friends write into their container.
    if (const FunctionDecl *Callee = Call->getDirectCallee();
        Callee && Call->getNumArgs() >= 1)
      if (const Entry *En = K.lookup(Callee);
          En && En->Behaviour == Model::Inserter)
        return element(placeOfImpl(Call->getArg(0), K, Depth + 1));
  return std::nullopt;
}

} // namespace

std::optional<PlaceRef> placeOf(const Expr *E, KnowledgeIndex &K) {
  return placeOfImpl(E, K, 0);
}

} // namespace clang::tidy::metrics::engine
