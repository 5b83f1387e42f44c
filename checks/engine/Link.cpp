//===--- engine/Link.cpp - labelguard -------------------------------------===//

#include "engine/Link.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <set>
#include <tuple>

namespace clang::tidy::metrics::engine {

namespace {
// What a value from another unit may itself be made of is expanded this
// deep (a chain of returns across units); facts only grow, and the rounds
// are bounded for pathological programs.
constexpr unsigned MaxExpandDepth = 8;
constexpr unsigned MaxRounds = 64;
} // namespace

void ProgramLink::add(UnitSummary U) {
  Units.push_back(std::make_unique<UnitSummary>(std::move(U)));
}

std::vector<std::string> ProgramLink::errors() const {
  std::vector<std::string> All;
  for (const auto &U : Units)
    All.insert(All.end(), U->Errors.begin(), U->Errors.end());
  return All;
}

std::vector<Edit> ProgramLink::templateBodies() const {
  std::vector<Edit> All;
  for (const auto &U : Units)
    All.insert(All.end(), U->Templates.begin(), U->Templates.end());
  return All;
}

TaintSet ProgramLink::expand(const TaintSet &T, unsigned Depth) const {
  TaintSet Out;
  for (const Origin &O : T.origins()) {
    Out.add(O);
    if (O.What != Origin::CallResult || Depth >= MaxExpandDepth)
      continue;
    CallKey Key{O.Key.data(), O.Index, O.Sub};
    auto It = Resolved.find(Key);
    if (It == Resolved.end())
      continue;
    auto Cached = Expanded.find({Key, Depth + 1});
    if (Cached == Expanded.end())
      Cached =
          Expanded.try_emplace({Key, Depth + 1}, expand(It->second, Depth + 1))
              .first;
    // (A std::map keeps its nodes where they are: the reference holds
    // while deeper expansions add to the cache.)
    const TaintSet &Inner = Cached->second;
    for (Origin R : Inner.origins()) {
      // What the call gave back, then where the value went from the call.
      if (R.isData())
        extend(R.Steps, O.Steps);
      R.Transformed |= O.Transformed;
      Out.add(std::move(R));
    }
  }
  return Out;
}

TaintSet ProgramLink::substitute(const TaintSet &In,
                                 const FunctionSummary &Callee,
                                 const ExternalCall &Call,
                                 llvm::ArrayRef<TaintSet> Args) const {
  TaintSet Out;
  for (const Origin &O : In.origins()) {
    if (O.What != Origin::Param || !sameSymbol(O.Key, Callee.Key)) {
      Out.add(O);
      continue;
    }
    if (O.Index >= Args.size())
      continue;
    Step Passed{StepKind::PassedTo, Call.ArgLocs[O.Index], Callee.DisplayName,
                O.Index < Callee.ParamNames.size() ? Callee.ParamNames[O.Index]
                                                   : Symbol()};
    for (Origin Actual : Args[O.Index].origins()) {
      Actual.Transformed |= O.Transformed;
      if (Actual.UnlessGuard.empty()) {
        Actual.UnlessGuard = O.UnlessGuard;
        Actual.UnlessArg = O.UnlessArg;
      }
      if (Actual.isData()) {
        extend(Actual.Steps, Passed);
        extend(Actual.Steps, O.Steps);
      }
      Out.add(std::move(Actual));
    }
  }
  return Out;
}

std::vector<const FunctionSummary *>
ProgramLink::targets(const ExternalCall &Call) const {
  std::vector<const FunctionSummary *> Result;
  llvm::SmallPtrSet<const char *, 8> Seen;
  for (Symbol Applied : Call.AppliedHere)
    Seen.insert(Applied.data());
  auto Add = [&](Symbol Key) {
    if (!Seen.insert(Key.data()).second)
      return;
    auto It = Functions.find(Key);
    if (It != Functions.end())
      Result.push_back(It->second);
  };
  if (!Call.ThroughField.empty()) {
    // A hook: whatever any unit stored in the member.
    auto It = Fields.find(Call.ThroughField);
    if (It != Fields.end())
      for (const Origin &O : It->second.Stored.origins())
        if (O.What == Origin::Callable)
          Add(O.Key);
    return Result;
  }
  Add(Call.Callee);
  if (!Call.Virtual)
    return Result;
  // Every overrider, however deep, defined in any unit.
  std::vector<Symbol> Work{Call.Callee};
  llvm::SmallPtrSet<const char *, 8> Visited;
  while (!Work.empty()) {
    Symbol Base = Work.back();
    Work.pop_back();
    if (!Visited.insert(Base.data()).second)
      continue;
    auto It = Overriders.find(Base);
    if (It == Overriders.end())
      continue;
    for (Symbol Over : It->second) {
      Add(Over);
      Work.push_back(Over);
    }
  }
  return Result;
}

bool ProgramLink::guardHolds(Symbol Guard, unsigned Arg) const {
  auto It = Functions.find(Guard);
  return It != Functions.end() && It->second->MembershipParam == Arg;
}

bool ProgramLink::reach(FunctionSummary &F, int Site, Origin O,
                        const SinkPath &Path) {
  extend(O.Steps, Path.Steps);
  if (O.UnlessGuard.empty()) {
    O.UnlessGuard = Path.UnlessGuard;
    O.UnlessArg = Path.UnlessArg;
  }
  switch (O.What) {
  case Origin::Source: {
    if (Site < 0 || Site >= int(F.Sites.size()))
      return false;
    // Bounded by a guard defined in another unit.
    if (!O.UnlessGuard.empty() && guardHolds(O.UnlessGuard, O.UnlessArg))
      return false;
    const ReportSite *At = &F.Sites[Site];
    if (!Reported.insert({At, unsigned(Path.Role)}).second)
      return false;
    Findings.push_back({At, O.Kind, Path.Role, std::move(O.Steps), O.Read,
                        O.ReadName, O.Transformed, O.IntoCallersCallable});
    return true;
  }
  case Origin::Param: {
    auto It = Functions.find(O.Key);
    if (It == Functions.end())
      return false;
    if (!It->second->ParamSinks
             .try_emplace(O.Index, SinkPath{Path.Role, std::move(O.Steps),
                                            O.UnlessGuard, O.UnlessArg})
             .second)
      return false;
    changedParamSinks(It->second);
    return true;
  }
  case Origin::Field: {
    FieldFacts &Facts = Fields[O.Key];
    if (Facts.Sink)
      return false;
    Facts.Sink = SinkPath{Path.Role, std::move(O.Steps)};
    changedEverything();
    return true;
  }
  case Origin::CallResult: {
    for (const ResultSink &R : F.ResultSinks)
      if (sameSymbol(R.Function, O.Key) && R.Call == O.Index &&
          R.Sub == O.Sub && R.Site == Site && R.Path.Role == Path.Role)
        return false;
    F.ResultSinks.push_back(
        {O.Key, O.Index, O.Sub, {Path.Role, std::move(O.Steps)}, Site});
    changedItself(&F);
    return true;
  }
  case Origin::Callable:
    return false;
  }
  return false;
}

bool ProgramLink::apply(FunctionSummary &F, unsigned Id,
                        const ExternalCall &Call,
                        const FunctionSummary &Target) {
  bool Changed = false;
  std::vector<TaintSet> Args;
  for (const TaintSet &A : Call.Args)
    Args.push_back(expand(A));
  auto PassStep = [&](unsigned I) {
    return Step{StepKind::PassedTo, Call.ArgLocs[I], Target.DisplayName,
                I < Target.ParamNames.size() ? Target.ParamNames[I] : Symbol()};
  };
  // Parameters that reach a sink in (or below) the target.
  for (const auto &[Index, Path] : Target.ParamSinks) {
    if (Index >= Args.size())
      continue;
    for (Origin O : Args[Index].origins())
      if (O.isData()) {
        extend(O.Steps, PassStep(Index));
        Changed |= reach(F, Call.ArgSites[Index], std::move(O), Path);
      }
  }
  // Arguments stored in members that some method labels with.
  for (const auto &[Field, Written] : Target.FieldWrites) {
    auto Facts = Fields.find(Field);
    if (Facts == Fields.end() || !Facts->second.Sink)
      continue;
    SinkPath Sink = *Facts->second.Sink;
    for (const Origin &W : Written.origins()) {
      if (W.What != Origin::Param || !sameSymbol(W.Key, Target.Key) ||
          W.Index >= Args.size())
        continue;
      for (Origin O : Args[W.Index].origins())
        if (O.isData()) {
          extend(O.Steps, PassStep(W.Index));
          extend(O.Steps, W.Steps);
          Changed |= reach(F, Call.ArgSites[W.Index], std::move(O), Sink);
        }
    }
  }
  // Callables the caller passed, that the target calls.
  for (const auto &[Index, Passed] : Target.ParamCalls) {
    if (Index >= Args.size())
      continue;
    for (const Origin &Callable : Args[Index].origins()) {
      if (Callable.What != Origin::Callable)
        continue;
      auto Inner = Functions.find(Callable.Key);
      if (Inner == Functions.end())
        continue;
      for (const auto &[P, Path] : Inner->second->ParamSinks) {
        if (P >= Passed.size())
          continue;
        // What the target passes on of the caller's own arguments is
        // reported at that argument; anything else at the callable's.
        for (const Origin &Handed : Passed[P].origins()) {
          const FunctionSummary &Callee = *Inner->second;
          int Site = Call.ArgSites[Index];
          std::optional<Step> IntoCallee;
          if (Handed.What == Origin::Param &&
              sameSymbol(Handed.Key, Target.Key) &&
              Handed.Index < Args.size()) {
            Site = Call.ArgSites[Handed.Index];
            // Named at the argument, as a run of one unit names it.
            IntoCallee = Step{
                StepKind::PassedTo, Call.ArgLocs[Handed.Index],
                Callee.DisplayName,
                P < Callee.ParamNames.size() ? Callee.ParamNames[P] : Symbol()};
          }
          TaintSet One;
          One.add(Handed);
          TaintSet Sub = substitute(One, Target, Call, Args);
          for (Origin O : Sub.origins())
            if (O.isData()) {
              if (IntoCallee)
                extend(O.Steps, *IntoCallee);
              Changed |= reach(F, Site, std::move(O), Path);
            }
        }
      }
    }
  }
  // What comes back: the result, the out-parameters.
  auto Merge = [&](unsigned Sub, const TaintSet &T) {
    TaintSet Value = substitute(T, Target, Call, Args);
    if (Sub == 0) {
      Step Returned{StepKind::ReturnedFrom, Call.At, Target.DisplayName, {}};
      Value = Value.extended(Returned);
    }
    if (Resolved[{F.Key.data(), Id, Sub}].merge(Value)) {
      Changed = true;
      Expanded.clear();
      changedEverything();
    }
  };
  Merge(0, Target.Return);
  for (const auto &[Key, T] : Target.ReturnFields)
    Merge(0, T);
  for (const auto &[Index, T] : Target.OutParams)
    if (Index < Call.Writable.size() && Call.Writable[Index])
      Merge(Index + 1, T);
  return Changed;
}

void ProgramLink::run() {
  // Deterministic whatever order the units came in.
  llvm::sort(Units, [](const auto &A, const auto &B) {
    return A->MainFile < B->MainFile;
  });
  for (const auto &U : Units) {
    for (FunctionSummary &F : U->Functions) {
      if (!Functions.try_emplace(F.Key, &F).second)
        continue;
      for (Symbol Base : F.Overrides)
        Overriders[Base].push_back(F.Key);
    }
    for (const auto &[Key, Facts] : U->Fields) {
      FieldFacts &Into = Fields[Key];
      if (!Into.Sink && Facts.Sink)
        Into.Sink = Facts.Sink;
      Into.Stored.merge(Facts.Stored);
    }
    for (const FindingRecord &R : U->Findings)
      UnitFindings.push_back(&R);
  }
  // Callables handed to a function of another unit that keeps them in a
  // member (a setter): a call through the member may run them.
  for (auto &[Key, F] : Functions)
    for (const ExternalCall &C : F->Calls)
      for (const FunctionSummary *T : targets(C))
        for (const auto &[Field, Written] : T->FieldWrites)
          for (const Origin &W : Written.origins())
            if (W.What == Origin::Param && sameSymbol(W.Key, T->Key) &&
                W.Index < C.Args.size())
              for (const Origin &A : C.Args[W.Index].origins())
                if (A.What == Origin::Callable)
                  Fields[Field].Stored.add(A);
  for (auto &[Key, F] : Functions) {
    Progress &P = Progressed[F];
    for (const ExternalCall &C : F->Calls) {
      P.Targets.push_back(targets(C));
      for (const FunctionSummary *T : P.Targets.back())
        P.CallsCallables |= !T->ParamCalls.empty();
    }
  }
  // Rounds in key order, as if every function were applied in every round;
  // one whose inputs did not change since it was last applied would learn
  // nothing, and is skipped. (Chains across units take a round per unit:
  // most rounds change a few functions' parameters' sinks, nothing else.)
  changedEverything();
  for (unsigned Round = 0; Round < MaxRounds; ++Round) {
    bool Changed = false;
    for (auto &[Key, F] : Functions) {
      Progress &P = Progressed[F];
      uint64_t Since = P.Applied;
      bool Stale = Everything > Since || P.Itself > Since ||
                   (P.CallsCallables && AnyParamSinks > Since);
      for (const auto &Ts : P.Targets)
        for (const FunctionSummary *T : Ts)
          Stale = Stale || Progressed[T].ParamSinks > Since;
      if (!Stale)
        continue;
      P.Applied = ++Stamp;
      for (unsigned Id = 0; Id < F->Calls.size(); ++Id)
        for (const FunctionSummary *T : P.Targets[Id])
          Changed |= apply(*F, Id, F->Calls[Id], *T);
      // Values from other units that reach sinks here. (reach may append
      // to the list: index, not iterators.)
      for (size_t I = 0; I < F->ResultSinks.size(); ++I) {
        ResultSink R = F->ResultSinks[I];
        Origin Symbolic = Origin::callResult(R.Function, R.Call, R.Sub);
        TaintSet Single;
        Single.add(Symbolic);
        TaintSet Values = expand(Single);
        for (Origin O : Values.origins())
          if (O.What != Origin::CallResult && O.isData())
            Changed |= reach(*F, R.Site, std::move(O), R.Path);
      }
      // Findings past a guard of another unit: now it is known.
      for (const GuardedFinding &G : F->GuardedFindings) {
        SinkPath Done{G.Role, {}, {}, 0};
        Changed |= reach(*F, G.Site, G.Source, Done);
      }
      // Members another unit stores request data in, labelled here.
      for (const auto &[Field, R] : F->FieldSinkSites) {
        auto Facts = Fields.find(Field);
        if (Facts == Fields.end())
          continue;
        for (Origin O : Facts->second.Stored.origins())
          if (O.What == Origin::Source)
            Changed |= reach(*F, R.Site, std::move(O), R.Path);
      }
    }
    if (!Changed)
      break;
  }
}

void ProgramLink::changedParamSinks(const FunctionSummary *Fn) {
  Progressed[Fn].ParamSinks = AnyParamSinks = ++Stamp;
}

void ProgramLink::changedItself(const FunctionSummary *Fn) {
  Progressed[Fn].Itself = ++Stamp;
}

UnitSummary ProgramLink::takeIndex() {
  UnitSummary Index;
  Index.Functions.reserve(Functions.size());
  for (const auto &[Key, F] : Functions) {
    // Closing reads only Resolved, never another function's summary.
    FunctionSummary Closed = std::move(*F);
    auto Close = [&](TaintSet &T) {
      TaintSet Out;
      TaintSet Expanded = expand(T);
      for (const Origin &O : Expanded.origins())
        if (O.What != Origin::CallResult)
          Out.add(O);
      T = std::move(Out);
    };
    Close(Closed.Return);
    for (auto &[K, T] : Closed.ReturnFields)
      Close(T);
    for (auto &[K, T] : Closed.OutParams)
      Close(T);
    for (auto &[K, T] : Closed.FieldWrites)
      Close(T);
    // The calls were resolved into the facts above; a per-unit run needs
    // only those.
    Closed.Calls = {};
    Closed.ResultSinks = {};
    Closed.FieldSinkSites = {};
    Closed.GuardedFindings = {};
    Closed.Sites = {};
    Index.Functions.push_back(std::move(Closed));
  }
  Index.Fields = std::move(Fields);
  Functions.clear();
  // Registration is decided for the whole program: one unit that registers
  // by hand means the service does, and the report adds no declaration.
  std::set<std::tuple<Symbol, unsigned, unsigned, std::string>> Seen;
  for (const auto &U : Units) {
    Index.RegistersByHand |= U->RegistersByHand;
    for (const Edit &E : U->Registrations)
      if (Seen.insert({E.File, E.Offset, E.Length, E.Text}).second)
        Index.Registrations.push_back(E);
  }
  if (Index.RegistersByHand)
    Index.Registrations.clear();
  std::set<std::tuple<Symbol, unsigned, unsigned>> SeenBodies;
  for (const auto &U : Units)
    for (const Edit &E : U->Templates)
      if (SeenBodies.insert({E.File, E.Offset, E.Length}).second)
        Index.Templates.push_back(E);
  return Index;
}

} // namespace clang::tidy::metrics::engine
