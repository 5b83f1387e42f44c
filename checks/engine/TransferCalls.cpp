//===--- engine/TransferCalls.cpp - labelguard ----------------------------===//
//
// Calls and constructions: sources read by a call, calls into analysed
// functions (through their summaries) and through callables. The library's
// calls are in TransferLibrary.cpp, sinks in TransferSinks.cpp.
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
  // A call the link must finish: a body elsewhere, a virtual call whose
  // overriders may be elsewhere too, or a body here that the link may still
  // add to (it hands a parameter on into another unit). The link skips the
  // targets applied here that it cannot add to.
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  llvm::SmallVector<CallTarget, 2> Settled;
  bool OpenTarget = false;
  for (const CallTarget &Target : Targets) {
    const FunctionSummary *Sum = C.Store.summary(Target.Key);
    if (Sum && Sum->openAtLink())
      OpenTarget = true;
    else
      Settled.push_back(Target);
  }
  bool External =
      C.RecordExternalCalls && !K &&
      (Targets.empty() ? C.isExternalUserFunction(Callee)
                       : (Method && Method->isVirtual()) || OpenTarget);
  if (!Targets.empty()) {
    TaintSet T;
    for (const CallTarget &Target : Targets)
      T.merge(applySummary(Target, Call, Args, ArgTaints, Object, S));
    if (External)
      T.merge(recordExternalCall(Call, Callee, Symbol(), Args, ArgTaints, S,
                                 Settled));
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
      auto Targets = C.callTargets(O.Key);
      for (const CallTarget &Target : Targets)
        Result.merge(applySummary(Target, Call, Args, ArgTaints, nullptr, S));
      // A function whose body is in another unit: the link applies it. (One
      // such function per call is recorded: a call site is one record.)
      const FunctionDecl *F = C.functionOf(O.Key);
      if (Targets.empty() && C.RecordExternalCalls && F &&
          C.isExternalUserFunction(F))
        Result.merge(
            recordExternalCall(Call, F, Symbol(), Args, ArgTaints, S, {}));
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

} // namespace clang::tidy::metrics::engine
