//===--- engine/CallSummaries.cpp - labelguard ----------------------------===//
//
// Call summaries: applying a callee's summary at a call (its parameters
// stand for what the caller passed), and finishing a function's summary
// from the state at its exit.
//
//===----------------------------------------------------------------------===//

#include "engine/ExprUtils.h"
#include "engine/Guards.h"
#include "engine/Transfer.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::metrics::engine {

namespace {

// The object an expression evaluates to, looking through what only moves it
// around: copies, an optional's converting constructor, value(), *, ->.
const Expr *underlyingObject(const Expr *E, KnowledgeIndex &K,
                             const SourceManager &SM) {
  for (unsigned Step = 0; Step < 8; ++Step) {
    E = ignoreValueWrappers(E);
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
        CE && CE->getNumArgs() == 1 && !CE->isListInitialization() &&
        (CE->getConstructor()->isCopyOrMoveConstructor() ||
         SM.isInSystemHeader(CE->getConstructor()->getLocation()))) {
      E = CE->getArg(0);
      continue;
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
        OC && OC->getNumArgs() == 1 &&
        (OC->getOperator() == OO_Arrow || OC->getOperator() == OO_Star)) {
      E = OC->getArg(0);
      continue;
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
        MC && (K.memberRoles(MC->getMethodDecl()) & MemberValue)) {
      E = MC->getImplicitObjectArgument();
      continue;
    }
    return E;
  }
  return E;
}

} // namespace

const NamedDecl *Transfer::fieldNamed(const CXXRecordDecl *RD, Symbol Key) {
  for (unsigned Level = 0; RD && Level < 2; ++Level) {
    if (RD->hasDefinition())
      for (const FieldDecl *F : RD->getDefinition()->fields())
        if (sameSymbol(C.Keys.field(F), Key))
          return F;
    // std::optional<Info> and its kin: the members are the held type's.
    const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
    RD = nullptr;
    if (Spec && Spec->getTemplateArgs().size() >= 1 &&
        Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type)
      RD = Spec->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl();
  }
  return nullptr;
}

const std::map<Symbol, TaintSet, SymbolLess> *
Transfer::callFields(const Expr *E) {
  if (!E || CallFields.empty())
    return nullptr;
  E = underlyingObject(E, C.Index, C.AST.getSourceManager());
  auto It = CallFields.find(E);
  return It == CallFields.end() ? nullptr : &It->second;
}

TaintSet Transfer::applySummary(const CallTarget &Target, const Expr *Call,
                                llvm::ArrayRef<const Expr *> Args,
                                llvm::ArrayRef<TaintSet> ArgTaints,
                                const Expr *Object, State &S) {
  const FunctionSummary *Found = C.Store.summary(Target.Key);
  if (!Found)
    return {};
  // A recursive call may add to the summary being applied: apply a copy.
  FunctionSummary Copy;
  const FunctionSummary &Sum =
      sameSymbol(Target.Key, Fn) ? (Copy = *Found) : *Found;

  auto ParamIndex = [&](const Origin &O) -> int {
    if (O.What != Origin::Param || !sameSymbol(O.Key, Target.Key) ||
        O.Index >= Args.size())
      return -1;
    return int(O.Index);
  };
  auto PassStep = [&](unsigned I) {
    return Step{StepKind::PassedTo, Args[I]->getBeginLoc(), Sum.DisplayName,
                I < Sum.ParamNames.size() ? Sum.ParamNames[I] : Symbol()};
  };
  // Replaces "parameter p of Target" by what the caller passed for p.
  auto Substitute = [&](const Origin &O,
                        llvm::function_ref<void(Origin, int)> Yield) {
    if (int I = ParamIndex(O); I >= 0) {
      for (const Origin &Actual : ArgTaints[I].origins()) {
        Origin Composed = Actual;
        Composed.Transformed |= O.Transformed;
        if (Composed.UnlessGuard.empty()) {
          Composed.UnlessGuard = O.UnlessGuard;
          Composed.UnlessArg = O.UnlessArg;
        }
        if (Composed.isData()) {
          extend(Composed.Steps, PassStep(I));
          extend(Composed.Steps, O.Steps);
        }
        Yield(std::move(Composed), I);
      }
      return;
    }
    Yield(O, -1);
  };

  // Raw arguments for parameters that reach a sink: the leak is reported
  // here, at the argument, in the code that owns the raw value.
  for (const auto &[Index, Path] : Sum.ParamSinks) {
    if (Index >= Args.size())
      continue;
    for (const Origin &Actual : ArgTaints[Index].origins()) {
      if (!Actual.isData())
        continue;
      Origin Passed = Actual;
      extend(Passed.Steps, PassStep(Index));
      reachSink(Args[Index], std::move(Passed), Path);
    }
  }

  // Members the callee stores into: a constructor or setter that keeps a
  // raw argument in a member that some method later labels with.
  std::optional<PlaceRef> ObjectPlace =
      Object ? placeOf(Object, C.Index) : std::nullopt;
  const CXXRecordDecl *ObjectClass =
      Object ? Object->getType()->getPointeeCXXRecordDecl() : nullptr;
  if (Object && !ObjectClass)
    ObjectClass = Object->getType()->getAsCXXRecordDecl();
  for (const auto &[FieldKey, Written] : Sum.FieldWrites) {
    std::optional<SinkPath> FieldSink;
    if (const FieldFacts *Facts = C.Store.field(FieldKey))
      FieldSink = Facts->Sink;
    const NamedDecl *Field =
        ObjectPlace ? fieldNamed(ObjectClass, FieldKey) : nullptr;
    for (const Origin &W : Written.origins())
      Substitute(W, [&](Origin O, int ArgIndex) {
        if (ArgIndex < 0)
          return;
        if (FieldSink && O.isData())
          reachSink(Args[ArgIndex], O, *FieldSink);
        // The caller's own object, or a local it can read the member of.
        if (Field) {
          TaintSet T;
          T.add(std::move(O));
          assign(PlaceRef{ObjectPlace->P.with(Field), true}, T, S);
        }
      });
  }

  // Out-parameters.
  for (const auto &[Index, Written] : Sum.OutParams) {
    if (Index >= Args.size())
      continue;
    std::optional<PlaceRef> P = placeOf(stripAddressOf(Args[Index]), C.Index);
    if (!P)
      continue;
    TaintSet T;
    Step Into = flowsInto(Args[Index]->getBeginLoc(), P->P);
    for (const Origin &W : Written.origins())
      Substitute(W, [&](Origin O, int) {
        if (O.isData())
          extend(O.Steps, Into);
        T.add(std::move(O));
      });
    assign(PlaceRef{P->P, true}, T, S);
  }

  // Callables the callee calls, that the caller passed: the call inside
  // runs the caller's lambda with the callee's arguments.
  for (const auto &[Index, Passed] : Sum.ParamCalls) {
    if (Index >= Args.size() || ArgTaints[Index].callablesOnly().empty())
      continue;
    llvm::SmallVector<TaintSet, 4> InnerTaints;
    llvm::SmallVector<const Expr *, 4> InnerArgs;
    for (const TaintSet &A : Passed) {
      TaintSet T;
      const Expr *At = nullptr;
      for (const Origin &O : A.origins())
        Substitute(O, [&](Origin Sub, int ArgIndex) {
          // Where a finding goes: the caller's argument that carried the
          // data in, or where the callee read it.
          if (!At && ArgIndex >= 0)
            At = Args[ArgIndex];
          if (!At && Sub.What == Origin::Source)
            At = C.readAt(Sub.Read);
          // Read in the callee, bound for this caller's callable.
          if (ArgIndex < 0)
            Sub.IntoCallersCallable = true;
          T.add(std::move(Sub));
        });
      InnerTaints.push_back(std::move(T));
      InnerArgs.push_back(At ? At : Args[Index]);
    }
    callCallables(ArgTaints[Index].callablesOnly(), Call, InnerArgs,
                  InnerTaints, S);
  }

  return substituteReturn(Sum, Call, ArgTaints, Args);
}

TaintSet Transfer::substituteReturn(const FunctionSummary &Sum,
                                    const Expr *Call,
                                    llvm::ArrayRef<TaintSet> ArgTaints,
                                    llvm::ArrayRef<const Expr *> Args) {
  Step Returned{
      StepKind::ReturnedFrom, Call->getBeginLoc(), Sum.DisplayName, {}};
  auto Substitute = [&](const TaintSet &In) {
    TaintSet Out;
    for (const Origin &O : In.origins()) {
      if (O.What == Origin::Param && sameSymbol(O.Key, Sum.Key)) {
        if (O.Index >= ArgTaints.size())
          continue;
        for (Origin Actual : ArgTaints[O.Index].origins()) {
          Actual.Transformed |= O.Transformed;
          if (Actual.UnlessGuard.empty()) {
            Actual.UnlessGuard = O.UnlessGuard;
            Actual.UnlessArg = O.UnlessArg;
          }
          if (Actual.isData()) {
            extend(Actual.Steps,
                   {StepKind::PassedTo, Args[O.Index]->getBeginLoc(),
                    Sum.DisplayName,
                    O.Index < Sum.ParamNames.size() ? Sum.ParamNames[O.Index]
                                                    : Symbol()});
            extend(Actual.Steps, O.Steps);
            extend(Actual.Steps, Returned);
          }
          Out.add(std::move(Actual));
        }
        continue;
      }
      Origin Copy = O;
      if (Copy.isData())
        extend(Copy.Steps, Returned);
      Out.add(std::move(Copy));
    }
    return Out;
  };
  TaintSet Result = Substitute(Sum.Return);
  if (Sum.ReturnFields.empty())
    return Result;
  // The struct's members, told apart for whoever reads one of them.
  auto &Fields = CallFields[ignoreValueWrappers(Call)];
  Fields[Symbol()] = Result;
  for (const auto &[Key, T] : Sum.ReturnFields) {
    TaintSet Member = Substitute(T);
    Fields[Key] = Member;
    Result.merge(Member);
  }
  return Result;
}

bool Transfer::recordReturnFields(const Expr *Value, State &S) {
  const Expr *E = underlyingObject(Value, C.Index, C.AST.getSourceManager());
  if (const auto *Fields = callFields(E)) {
    // Passing on what a callee returned, member by member.
    for (const auto &[Key, T] : *Fields) {
      if (Key.empty())
        C.Store.mergeReturn(Fn, T);
      else
        C.Store.mergeReturnField(Fn, Key, T);
    }
    return true;
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!V)
    return false;
  Place Whole = Place::of(V);
  std::vector<std::pair<Symbol, TaintSet>> Members;
  for (const auto &[P, T] : S.entries())
    if (P.within(Whole) && P.Path.size() == 1)
      if (const auto *Field = dyn_cast<FieldDecl>(P.Path.front()))
        Members.push_back({C.Keys.field(Field), T});
  if (Members.empty())
    return false;
  const TaintSet *Exact = S.exact(Whole);
  C.Store.mergeReturn(Fn, Exact ? *Exact : TaintSet());
  for (const auto &[Key, T] : Members)
    C.Store.mergeReturnField(Fn, Key, T);
  return true;
}

void Transfer::finish(const State &Exit) {
  if (C.RecordExternalCalls)
    C.Store.setLinkFacts(Fn, std::move(Calls), std::move(ResultSinks),
                         std::move(FieldSinkSites), std::move(GuardedFindings),
                         std::move(Sites));
  for (const auto &[P, T] : Exit.entries()) {
    if (T.empty())
      continue;
    if (P.isThis()) {
      const auto *Field =
          P.Path.empty() ? nullptr : dyn_cast<FieldDecl>(P.Path.front());
      if (!Field)
        continue;
      Symbol Key = C.Keys.field(Field);
      TaintSet Stored, Known;
      for (const Origin &O : T.origins()) {
        if (O.What == Origin::Field && sameSymbol(O.Key, Key))
          continue;
        Stored.add(O);
        if (O.What == Origin::Source || O.What == Origin::Callable)
          Known.add(O);
      }
      C.Store.mergeFieldWrite(Fn, Key, Stored);
      if (!Known.empty())
        C.Store.mergeFieldStored(Key, Known);
      continue;
    }
    const auto *Param = dyn_cast<ParmVarDecl>(P.Var);
    if (!Param || Param->getDeclContext() != FD ||
        !isOutParamType(Param->getType()))
      continue;
    TaintSet Written;
    for (const Origin &O : T.origins())
      if (!(O.What == Origin::Param && sameSymbol(O.Key, Fn) &&
            O.Index == Param->getFunctionScopeIndex()))
        Written.add(O);
    if (!Written.empty())
      C.Store.mergeOutParam(Fn, Param->getFunctionScopeIndex(), Written);
  }
  if (FD->getReturnType()->isBooleanType())
    C.Store.setMembershipParam(
        Fn, membershipParameter(
                FD, C.Index,
                [this](const FunctionDecl *Callee) -> std::optional<unsigned> {
                  const FunctionSummary *Sum =
                      C.Store.summary(C.Keys.function(Callee));
                  return Sum ? Sum->MembershipParam : std::nullopt;
                }));
}

} // namespace clang::tidy::metrics::engine
