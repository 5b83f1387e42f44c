//===--- engine/TransferCalls.cpp - labelguard ----------------------------===//
//
// Calls and constructions: sources read by a call, sinks, calls into
// analysed functions (through their summaries), calls through callables,
// and the library's behaviour as the knowledge tables describe it.
//
//===----------------------------------------------------------------------===//

#include "engine/ExprUtils.h"
#include "engine/Transfer.h"
#include "clang/AST/DeclCXX.h"

namespace clang::tidy::metrics::engine {

TaintSet Transfer::readSource(const Expr *Read, SourceKind Kind,
                              const NamedDecl *D) {
  SourceLocation L = Read->getBeginLoc();
  Symbol Name = C.tableName(D);
  C.recordRead(L, Read, Name);
  Origin O = Origin::source(Kind, L, Name);
  extend(O.Steps, {StepKind::Read, L, {}, {}});
  TaintSet T;
  T.add(std::move(O));
  return T;
}

TaintSet Transfer::evalCall(const CallExpr *Call, State &S) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee) {
    // A call through a function pointer: it runs what the pointer holds.
    llvm::SmallVector<const Expr *, 4> Args(Call->arguments());
    llvm::SmallVector<TaintSet, 4> ArgTaints;
    for (const Expr *Arg : Args)
      ArgTaints.push_back(eval(Arg, S));
    TaintSet Target = eval(Call->getCallee(), S);
    return callCallables(Target, Call, Args, ArgTaints, S);
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

  const Entry *K = C.Index.lookup(Callee);
  if (K && !K->Sinks.empty())
    handleSink(Call, Callee, Args, *K, S);

  TaintSet ObjectTaint = Object ? eval(Object, S) : TaintSet();
  llvm::SmallVector<TaintSet, 4> ArgTaints;
  for (const Expr *Arg : Args)
    ArgTaints.push_back(eval(Arg, S));

  // A framework that calls the callable argument with request values.
  if (K)
    for (const ArgKind &H : K->HandlerParams)
      if (H.Arg < Args.size())
        for (const Origin &O : ArgTaints[H.Arg].origins())
          if (O.What == Origin::Callable)
            C.Store.addHandlerLambda(O.Key, H.Kind);

  if (K && K->Bounded)
    return {};

  if (K)
    for (const ArgKind &Out : K->SourceOut)
      // Overloads put the out-parameter at different places; only a
      // parameter that can be written to is one.
      if (Out.Arg < Args.size() && Out.Arg < Callee->getNumParams() &&
          isOutParamType(Callee->getParamDecl(Out.Arg)->getType()))
        if (std::optional<PlaceRef> P =
                placeOf(stripAddressOf(Args[Out.Arg]), C.Index)) {
          TaintSet T = readSource(Call, Out.Kind, Callee);
          assign(*P, T.extended(flowsInto(Args[Out.Arg]->getBeginLoc(), P->P)),
                 S);
        }

  if (K && K->Source) {
    // A guard may have bounded this very accessor (req->getPath()).
    if (std::optional<PlaceRef> P = placeOf(Call, C.Index); P && !P->Element)
      if (const TaintSet *Known = S.exact(P->P))
        return *Known;
    // Reading out of an object that is itself raw data (a cookie jar taken
    // from the request): the object says best what the data is.
    if (ObjectTaint.firstSource())
      return ObjectTaint;
    return readSource(Call, *K->Source, Callee);
  }

  if (K && K->Behaviour == Model::Invoker)
    for (unsigned I = 0; I < Args.size(); ++I)
      if (!ArgTaints[I].callablesOnly().empty())
        return callCallables(ArgTaints[I], Call,
                             llvm::ArrayRef(Args).drop_front(I + 1),
                             llvm::ArrayRef(ArgTaints).drop_front(I + 1), S);
  if (K && K->Behaviour == Model::CallableObject)
    return callCallables(ObjectTaint, Call, Args, ArgTaints, S);
  if (K && K->Behaviour == Model::Factory)
    return evalFactory(Call, Callee, Args, ArgTaints, S);

  auto Targets = C.callTargets(Callee);
  // A call the link must finish: a body elsewhere, or a virtual call whose
  // overriders may be elsewhere too.
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  bool External = C.RecordExternalCalls && !K &&
                  (Targets.empty() ? C.isExternalUserFunction(Callee)
                                   : Method && Method->isVirtual());
  if (!Targets.empty()) {
    TaintSet T;
    for (const CallTarget &Target : Targets)
      T.merge(applySummary(Target, Call, Args, ArgTaints, Object, S));
    if (External)
      T.merge(recordExternalCall(Call, Callee, Symbol(), Args, ArgTaints, S,
                                 Targets));
    return T;
  }
  if (External)
    return recordExternalCall(Call, Callee, Symbol(), Args, ArgTaints, S, {});
  return evalLibraryCall(Call, Callee, K, Object, ObjectTaint, Args, ArgTaints,
                         S);
}

int Transfer::siteOf(const Expr *E) {
  auto [It, New] = SiteIds.try_emplace(E, int(Sites.size()));
  if (New) {
    ReportSite Site;
    Site.At = E->getBeginLoc();
    Site.Value = E;
    Sites.push_back(std::move(Site));
  }
  return It->second;
}

TaintSet Transfer::recordExternalCall(const Expr *Call,
                                      const FunctionDecl *Callee, Symbol Field,
                                      llvm::ArrayRef<const Expr *> Args,
                                      llvm::ArrayRef<TaintSet> ArgTaints,
                                      State &S,
                                      llvm::ArrayRef<CallTarget> Applied) {
  unsigned Id = C.callId(Fn, Call);
  if (Calls.size() <= Id)
    Calls.resize(Id + 1);
  ExternalCall &Rec = Calls[Id];
  if (Rec.Args.empty() && Rec.Callee.empty() && Rec.ThroughField.empty()) {
    Rec.ThroughField = Field;
    Rec.At = Call->getBeginLoc();
    if (Callee) {
      Rec.Callee = C.Keys.function(Callee);
      Rec.DisplayName = C.Keys.displayName(Callee);
      for (const ParmVarDecl *P : Callee->parameters())
        Rec.ParamNames.push_back(C.Store.intern(P->getName()));
      if (const auto *MD = dyn_cast<CXXMethodDecl>(Callee))
        Rec.Virtual = MD->isVirtual();
    }
    for (const CallTarget &T : Applied)
      Rec.AppliedHere.push_back(T.Key);
    Rec.Args.resize(Args.size());
    Rec.ArgSites.assign(Args.size(), -1);
    Rec.Writable.assign(Args.size(), false);
    for (unsigned I = 0; I < Args.size(); ++I) {
      Rec.ArgLocs.push_back(Args[I]->getBeginLoc());
      if (Callee && I < Callee->getNumParams())
        Rec.Writable[I] = isOutParamType(Callee->getParamDecl(I)->getType());
    }
  }
  for (unsigned I = 0; I < Args.size() && I < Rec.Args.size(); ++I) {
    Rec.Args[I].merge(ArgTaints[I]);
    // A site where the link may report: raw data could arrive here (not
    // just this function's own parameters, which reach their sinks above).
    bool MayBeRaw = llvm::any_of(ArgTaints[I].origins(), [](const Origin &O) {
      return O.What == Origin::Source || O.What == Origin::Field ||
             O.What == Origin::CallResult;
    });
    if (MayBeRaw && Rec.ArgSites[I] < 0)
      Rec.ArgSites[I] = siteOf(Args[I]);
    // What the callee may leave in the argument.
    if (Rec.Writable[I])
      if (std::optional<PlaceRef> P =
              placeOf(stripAddressOf(Args[I]), C.Index)) {
        Origin Left = Origin::callResult(Fn, Id, I + 1);
        extend(Left.Steps, flowsInto(Args[I]->getBeginLoc(), P->P));
        TaintSet Out;
        Out.add(std::move(Left));
        assign(PlaceRef{P->P, true}, Out, S);
      }
  }
  TaintSet Result;
  if (Callee && !Callee->getReturnType()->isVoidType() &&
      !isNeverRaw(Callee->getReturnType()))
    Result.add(Origin::callResult(Fn, Id, 0));
  return Result;
}

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

TaintSet Transfer::evalConstruct(const CXXConstructExpr *CE, State &S) {
  const CXXConstructorDecl *Ctor = CE->getConstructor();
  llvm::SmallVector<const Expr *, 4> Args(CE->arguments());
  const Entry *K = C.Index.lookup(Ctor);
  if (K && !K->Sinks.empty())
    handleSink(CE, Ctor, Args, *K, S);
  llvm::SmallVector<TaintSet, 4> ArgTaints;
  for (const Expr *Arg : Args)
    ArgTaints.push_back(eval(Arg, S));
  if (K && K->Bounded)
    return {};
  // std::thread(f, a, b): the new thread calls f(a, b).
  if (K && K->Behaviour == Model::Invoker) {
    for (unsigned I = 0; I < Args.size(); ++I)
      if (!ArgTaints[I].callablesOnly().empty()) {
        callCallables(ArgTaints[I], CE, llvm::ArrayRef(Args).drop_front(I + 1),
                      llvm::ArrayRef(ArgTaints).drop_front(I + 1), S);
        break;
      }
    return {};
  }
  if (!Ctor->isCopyOrMoveConstructor()) {
    auto Targets = C.callTargets(Ctor);
    if (!Targets.empty()) {
      for (const CallTarget &Target : Targets)
        applySummary(Target, CE, Args, ArgTaints, nullptr, S);
      return {};
    }
    // A constructor defined in another unit (an RAII tracker keeping the
    // path in a member its destructor labels with).
    if (C.RecordExternalCalls && !K && C.isExternalUserFunction(Ctor)) {
      recordExternalCall(CE, Ctor, Symbol(), Args, ArgTaints, S, {});
      return {};
    }
  }
  // A library type built from raw data (or holding a callable), or a copy
  // of a raw object, is raw: std::string(raw), Poco::URI(raw), a copy of a
  // raw struct, a std::function made from a lambda.
  TaintSet T;
  for (const TaintSet &A : ArgTaints)
    T.merge(A);
  return T;
}

TaintSet Transfer::callCallables(const TaintSet &Callee, const Expr *Call,
                                 llvm::ArrayRef<const Expr *> Args,
                                 llvm::ArrayRef<TaintSet> ArgTaints, State &S) {
  TaintSet Result;
  for (const Origin &O : Callee.origins()) {
    if (O.What == Origin::Callable) {
      for (const CallTarget &Target : C.callTargets(O.Key))
        Result.merge(applySummary(Target, Call, Args, ArgTaints, nullptr, S));
    } else if (O.What == Origin::Param && sameSymbol(O.Key, Fn)) {
      // A callable this function received: its callers know what it is.
      C.Store.mergeParamCall(Fn, O.Index,
                             CallArgs(ArgTaints.begin(), ArgTaints.end()));
    } else if (O.What == Origin::Field && C.RecordExternalCalls) {
      // A member holding callables: another unit may store one there.
      Result.merge(
          recordExternalCall(Call, nullptr, O.Key, Args, ArgTaints, S, {}));
    }
  }
  return Result;
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

void Transfer::handleSink(const Expr *Call, const FunctionDecl *Callee,
                          llvm::ArrayRef<const Expr *> Args, const Entry &K,
                          State &S) {
  const NamedDecl *Named = Callee;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Callee))
    Named = Ctor->getParent();
  Symbol Shown = C.tableName(Named).drop_front(2);
  for (const SinkInfo &Sink : K.Sinks) {
    if (Sink.Arg >= Args.size() || isa<CXXDefaultArgExpr>(Args[Sink.Arg]))
      continue;
    Step Reaches{Sink.Role == SinkRole::Label ? StepKind::ReachesLabel
                                              : StepKind::ReachesName,
                 calleeLocation(Call),
                 Shown,
                 {}};
    llvm::SmallVector<const Expr *, 8> Leaves;
    collectLabelLeaves(Args[Sink.Arg], C.Index, Leaves);
    for (const Expr *Leaf : Leaves) {
      // sm::label("path")(v) inside make_counter(..., {...}): the inner
      // sink reports v; one warning per value.
      if (isSinkCall(Leaf)) {
        eval(Leaf, S);
        continue;
      }
      hit(Leaf, eval(Leaf, S), Sink.Role, Reaches);
    }
  }
}

bool Transfer::isSinkCall(const Expr *E) {
  E = ignoreValueWrappers(E);
  const FunctionDecl *Callee = nullptr;
  if (const auto *Call = dyn_cast<CallExpr>(E))
    Callee = Call->getDirectCallee();
  else if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    Callee = CE->getConstructor();
  const Entry *K = Callee ? C.Index.lookup(Callee) : nullptr;
  return K && !K->Sinks.empty();
}

void Transfer::hit(const Expr *At, const TaintSet &T, SinkRole Role,
                   const Step &SinkStep) {
  SinkPath Path{Role, {SinkStep}};
  for (const Origin &O : T.origins())
    reachSink(At, O, Path);
}

void Transfer::reachSink(const Expr *AtExpr, Origin O, const SinkPath &Path) {
  const Expr *At = AtExpr;
  extend(O.Steps, Path.Steps);
  switch (O.What) {
  case Origin::Source: {
    if (!(C.ReportKinds & (1u << unsigned(O.Kind))))
      return;
    if (!Path.UnlessGuard.empty() && O.UnlessGuard.empty()) {
      O.UnlessGuard = Path.UnlessGuard;
      O.UnlessArg = Path.UnlessArg;
    }
    // Past a guard whose body is in another unit: the link decides.
    if (!O.UnlessGuard.empty()) {
      if (C.RecordExternalCalls)
        GuardedFindings.push_back({siteOf(AtExpr), Path.Role, std::move(O)});
      return;
    }
    // One warning per value: an expression the CFG evaluates on two paths
    // is one leak.
    if (!Reported
             .insert({At->getBeginLoc().getRawEncoding(), unsigned(Path.Role)})
             .second)
      return;
    Finding F;
    F.Reported = At;
    F.Kind = O.Kind;
    F.Role = Path.Role;
    F.Steps = std::move(O.Steps);
    F.Read = O.Read;
    F.ReadName = O.ReadName;
    F.Transformed = O.Transformed;
    F.IntoCallersCallable = O.IntoCallersCallable;
    F.Owner = FD;
    Findings.push_back(std::move(F));
    return;
  }
  case Origin::Param: {
    SinkPath P{Path.Role, std::move(O.Steps), O.UnlessGuard, O.UnlessArg};
    if (P.UnlessGuard.empty()) {
      P.UnlessGuard = Path.UnlessGuard;
      P.UnlessArg = Path.UnlessArg;
    }
    C.Store.addParamSink(O.Key, O.Index, std::move(P));
    return;
  }
  case Origin::Field:
    if (C.RecordExternalCalls) {
      ResultSink At{O.Key, 0, 0, {Path.Role, O.Steps}, siteOf(AtExpr)};
      FieldSinkSites.push_back({O.Key, std::move(At)});
    }
    C.Store.addFieldSink(O.Key, {Path.Role, std::move(O.Steps)});
    return;
  case Origin::CallResult: {
    // What another unit returns reaches a sink here: the link decides.
    for (const ResultSink &R : ResultSinks)
      if (sameSymbol(R.Function, O.Key) && R.Call == O.Index &&
          R.Sub == O.Sub && R.Path.Role == Path.Role &&
          R.Site == siteOf(AtExpr))
        return;
    ResultSinks.push_back({O.Key,
                           O.Index,
                           O.Sub,
                           {Path.Role, std::move(O.Steps)},
                           siteOf(AtExpr)});
    return;
  }
  case Origin::Callable:
    return;
  }
}

} // namespace clang::tidy::metrics::engine
