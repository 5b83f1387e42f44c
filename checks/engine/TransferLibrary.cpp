//===--- engine/TransferLibrary.cpp - labelguard --------------------------===//
//
// Calls into the library (std and the frameworks), as the knowledge tables
// describe them: what each member or function does with its object's and
// its arguments' values, and the factories that build an object from them.
//
//===----------------------------------------------------------------------===//

#include "engine/ExprUtils.h"
#include "engine/Transfer.h"
#include "clang/AST/DeclCXX.h"

namespace clang::tidy::metrics::engine {

TaintSet Transfer::evalLibraryCall(const CallExpr *Call,
                                   const FunctionDecl *Callee, const Entry *K,
                                   const Expr *Object,
                                   const TaintSet &ObjectTaint,
                                   llvm::ArrayRef<const Expr *> Args,
                                   llvm::ArrayRef<TaintSet> ArgTaints,
                                   State &S) {
  // A function without a body here. The standard library, operators and the
  // listed propagators carry their inputs' text into their result; so does a
  // member function of an object that is itself raw (its accessors).
  bool Listed = K && K->Propagator;
  bool Member = Object != nullptr;
  unsigned Roles = Member ? C.Index.memberRoles(Callee) : 0;

  if (K && K->Behaviour == Model::Swap && Args.size() == 2) {
    // Each side now holds what the other held.
    std::optional<PlaceRef> A = placeOf(Args[0], C.Index);
    std::optional<PlaceRef> B = placeOf(Args[1], C.Index);
    if (A && B) {
      assign(*A, ArgTaints[1], S);
      assign(*B, ArgTaints[0], S);
    }
    return {};
  }
  // The arguments of a member call are keys, positions and options: a
  // lookup by a raw key answers the container's own values. value_or's
  // argument is the exception, it may be the answer.
  TaintSet Inputs = ObjectTaint;
  if (!Member || Listed || (Roles & MemberValueOr))
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
  // In namespace std, members of its classes included (std::string::append).
  bool InStd = Callee->getDeclContext()
                   ->getEnclosingNamespaceContext()
                   ->isStdNamespace();
  bool Identity = K && K->Behaviour == Model::Identity;
  bool Propagates = Listed || Identity || InStd ||
                    Callee->isOverloadedOperator() || !ObjectTaint.empty();
  if (!Propagates || (Inputs.empty() && FromArgs.empty()))
    return {};

  // Whatever the function writes through its non-const reference and
  // pointer parameters, its output iterators and inserters carries the
  // inputs too (getline, snprintf, <<, std::transform into out.begin()).
  TaintSet Written = Inputs;
  Written.merge(FromArgs);
  Written = Written.dataOnly();
  for (unsigned I = 0; I < Args.size(); ++I) {
    bool Output = (I < Callee->getNumParams() &&
                   isOutParamType(Callee->getParamDecl(I)->getType())) ||
                  (K && llvm::is_contained(K->OutputIterators, I));
    if (!Output)
      if (const auto *Inner = dyn_cast<CallExpr>(ignoreValueWrappers(Args[I])))
        if (const Entry *E = C.Index.lookup(Inner->getDirectCallee()))
          Output = E->Behaviour == Model::Inserter;
    if (!Output || Written.empty())
      continue;
    if (std::optional<PlaceRef> P = placeOf(stripAddressOf(Args[I]), C.Index)) {
      PlaceRef Weak = *P;
      Weak.Element = true;
      assign(Weak,
             Written.transformed().extended(
                 flowsInto(Args[I]->getBeginLoc(), P->P)),
             S);
    }
  }
  // Cutting or editing raw text in place (remove_prefix, erase) leaves text
  // other than what was read: a route guard on the result no longer sees a
  // path.
  if (Object && ObjectTaint.hasData() &&
      isStringLike(Object->getType(), C.Index))
    if (const auto *MD = dyn_cast<CXXMethodDecl>(Callee);
        MD && !MD->isConst() &&
        (Roles & (MemberCutInPlace | MemberChangesText)))
      if (std::optional<PlaceRef> P = placeOf(Object, C.Index))
        assign(*P, ObjectTaint.transformed(), S);
  // A non-const member call that takes raw arguments fills its object
  // (append, push_back, emplace, insert) unless it only looks up (the
  // non-const overloads of find and friends store nothing).
  if (Object)
    if (const auto *MD = dyn_cast<CXXMethodDecl>(Callee);
        MD && !MD->isConst() && !(Roles & MemberLookup) && !FromArgs.empty())
      if (std::optional<PlaceRef> P = placeOf(Object, C.Index)) {
        PlaceRef Weak = *P;
        Weak.Element = true;
        TaintSet Stored = FromArgs.hasData()
                              ? FromArgs.transformed().extended(
                                    flowsInto(Object->getBeginLoc(), P->P))
                              : FromArgs;
        assign(Weak, Stored, S);
      }
  if (Inputs.empty())
    return {};

  QualType Result = Call->getType();
  // The value an accessor hands out is the raw value itself, whatever its
  // type (an optional<int> query parameter's value).
  bool Accessor = Member && ((Roles & (MemberValue | MemberValueOr)) ||
                             Callee->getOverloadedOperator() == OO_Star ||
                             Callee->getOverloadedOperator() == OO_Arrow);
  // size(), find(), count(): numbers about raw text are not the text. A
  // listed propagator (std::stoi, a parse) keeps even a number raw.
  if (!Listed && !Accessor && !Identity &&
      Result.getNonReferenceType()->isArithmeticType())
    return Inputs.callablesOnly();
  bool ChangesText =
      (Roles & MemberChangesText) ||
      (!Callee->getIdentifier() && Callee->getOverloadedOperator() == OO_Plus);
  // Reading a part out of a raw object (an element, a URI's path) gives a
  // raw value as it came; anything else built the text anew.
  if (Part || (!ObjectTaint.empty() && !ChangesText))
    return Inputs;
  if (Identity)
    return Inputs;
  return Inputs.transformed();
}

TaintSet Transfer::evalFactory(const CallExpr *Call, const FunctionDecl *Callee,
                               llvm::ArrayRef<const Expr *> Args,
                               llvm::ArrayRef<TaintSet> ArgTaints, State &S) {
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
    if (const Entry *K = C.Index.lookup(Ctor); K && !K->Sinks.empty())
      handleSink(Call, Ctor, Args, *K, S);
    for (const CallTarget &Target : C.callTargets(Ctor))
      applySummary(Target, Call, Args, ArgTaints, nullptr, S);
    for (const TaintSet &A : ArgTaints)
      Result.merge(A);
  }
  // The object built from raw data is raw, as a library type's would be.
  return Result;
}

} // namespace clang::tidy::metrics::engine
