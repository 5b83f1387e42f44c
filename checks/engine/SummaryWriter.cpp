//===--- engine/SummaryWriter.cpp - labelguard ----------------------------===//

#include "engine/Locations.h"
#include "engine/SummaryIO.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"

namespace clang::tidy::metrics::engine {

namespace json = llvm::json;

// --- Locations as file, line and column -------------------------------------

namespace {

struct Externalizer {
  const SourceManager &SM;
  FactStore &Store;

  void loc(Loc &L) {
    if (L.Elsewhere || L.Here.isInvalid())
      return;
    L = Loc(toExternal(L, SM, Store));
  }
  void trail(Trail &T) {
    for (Step &S : T)
      loc(S.Where);
  }
  void taint(TaintSet &T) {
    TaintSet Out;
    for (Origin O : T.origins()) {
      loc(O.Read);
      trail(O.Steps);
      Out.add(std::move(O));
    }
    T = std::move(Out);
  }
  void path(SinkPath &P) { trail(P.Steps); }
  void sink(ResultSink &R) { path(R.Path); }
};

} // namespace

void externalize(FunctionSummary &S, const SourceManager &SM,
                 FactStore &Store) {
  Externalizer X{SM, Store};
  for (auto &[I, P] : S.ParamSinks)
    X.path(P);
  X.taint(S.Return);
  for (auto &[K, T] : S.ReturnFields)
    X.taint(T);
  for (auto &[I, T] : S.OutParams)
    X.taint(T);
  for (auto &[K, T] : S.FieldWrites)
    X.taint(T);
  for (auto &[I, Args] : S.ParamCalls)
    for (TaintSet &T : Args)
      X.taint(T);
  for (auto &[K, Args] : S.FieldCalls)
    for (TaintSet &T : Args)
      X.taint(T);
  for (ExternalCall &C : S.Calls) {
    X.loc(C.At);
    for (Loc &L : C.ArgLocs)
      X.loc(L);
    for (TaintSet &T : C.Args)
      X.taint(T);
  }
  for (ResultSink &R : S.ResultSinks)
    X.sink(R);
  for (auto &[K, R] : S.FieldSinkSites)
    X.sink(R);
  for (GuardedFinding &G : S.GuardedFindings) {
    X.loc(G.Source.Read);
    X.trail(G.Source.Steps);
  }
  for (ReportSite &Site : S.Sites) {
    X.loc(Site.At);
    Site.Value = nullptr;
  }
}

void externalize(FieldFacts &F, const SourceManager &SM, FactStore &Store) {
  Externalizer X{SM, Store};
  if (F.Sink)
    X.path(*F.Sink);
  X.taint(F.Stored);
}

void externalize(FindingRecord &F, const SourceManager &SM, FactStore &Store) {
  Externalizer X{SM, Store};
  X.loc(F.At);
  X.trail(F.Steps);
}

// --- JSON -------------------------------------------------------------------

namespace {

llvm::StringRef stepName(StepKind K) {
  switch (K) {
  case StepKind::Read:
    return "read";
  case StepKind::FlowsInto:
    return "flows";
  case StepKind::PassedTo:
    return "passed";
  case StepKind::ReturnedFrom:
    return "returned";
  case StepKind::Captured:
    return "captured";
  case StepKind::StoredIn:
    return "stored";
  case StepKind::ReachesLabel:
    return "label";
  case StepKind::ReachesName:
    return "name";
  }
  llvm_unreachable("unknown StepKind");
}

llvm::StringRef originName(Origin::OriginKind K) {
  switch (K) {
  case Origin::Source:
    return "source";
  case Origin::Param:
    return "param";
  case Origin::Field:
    return "field";
  case Origin::Callable:
    return "callable";
  case Origin::CallResult:
    return "call";
  }
  llvm_unreachable("unknown OriginKind");
}

class Writer {
public:
  json::Value unit(const UnitSummary &U);

private:
  json::Value loc(const Loc &L) {
    if (!L.Elsewhere)
      return nullptr;
    return json::Array{file(L.Elsewhere->File), L.Elsewhere->Line,
                       L.Elsewhere->Column};
  }
  int64_t file(llvm::StringRef F) {
    auto [It, New] = FileIndex.try_emplace(F, Files.size());
    if (New)
      Files.push_back(F.str());
    return It->second;
  }
  json::Value trail(const Trail &T) {
    json::Array A;
    for (const Step &S : T)
      A.push_back(json::Array{stepName(S.Kind), loc(S.Where), S.Name, S.Param});
    return A;
  }
  json::Value taint(const TaintSet &T) {
    json::Array A;
    for (const Origin &O : T.origins()) {
      json::Object J{{"w", originName(O.What)}};
      switch (O.What) {
      case Origin::Source:
        J["kind"] = spelling(O.Kind);
        J["read"] = loc(O.Read);
        J["rn"] = O.ReadName;
        break;
      case Origin::Param:
        J["key"] = O.Key;
        J["i"] = O.Index;
        break;
      case Origin::CallResult:
        J["key"] = O.Key;
        J["i"] = O.Index;
        J["s"] = O.Sub;
        break;
      case Origin::Field:
      case Origin::Callable:
        J["key"] = O.Key;
        break;
      }
      if (O.Transformed)
        J["t"] = true;
      if (O.IntoCallersCallable)
        J["cc"] = true;
      if (!O.UnlessGuard.empty()) {
        J["ug"] = O.UnlessGuard;
        J["ua"] = O.UnlessArg;
      }
      if (!O.Steps.empty())
        J["steps"] = trail(O.Steps);
      A.push_back(std::move(J));
    }
    return A;
  }
  json::Value path(const SinkPath &P) {
    json::Object J{{"role", P.Role == SinkRole::Label ? "label" : "name"},
                   {"steps", trail(P.Steps)}};
    if (!P.UnlessGuard.empty()) {
      J["ug"] = P.UnlessGuard;
      J["ua"] = P.UnlessArg;
    }
    return J;
  }
  json::Value plan(const SitePlan &P) {
    json::Array Edits;
    for (const Edit &E : P.Edits)
      Edits.push_back(json::Array{file(E.File), E.Offset, E.Length, E.Text});
    return json::Object{
        {"edits", std::move(Edits)}, {"note", P.Note}, {"adapter", P.Adapter}};
  }
  json::Value sink(const ResultSink &R) {
    return json::Object{{"fn", R.Function},
                        {"call", R.Call},
                        {"sub", R.Sub},
                        {"path", path(R.Path)},
                        {"site", R.Site}};
  }
  json::Value args(const CallArgs &Args) {
    json::Array A;
    for (const TaintSet &T : Args)
      A.push_back(taint(T));
    return A;
  }
  json::Value call(const ExternalCall &C);
  json::Value function(const FunctionSummary &S);

  std::vector<std::string> Files;
  llvm::StringMap<int64_t> FileIndex;
};

json::Array symbols(const std::vector<Symbol> &V) {
  json::Array A;
  for (Symbol S : V)
    A.push_back(S);
  return A;
}

json::Value Writer::call(const ExternalCall &C) {
  json::Array ArgLocs, Args, Writable;
  for (const Loc &L : C.ArgLocs)
    ArgLocs.push_back(loc(L));
  for (const TaintSet &T : C.Args)
    Args.push_back(taint(T));
  for (bool W : C.Writable)
    Writable.push_back(W);
  json::Array Sites;
  for (int S : C.ArgSites)
    Sites.push_back(S);
  return json::Object{{"callee", C.Callee},
                      {"field", C.ThroughField},
                      {"virtual", C.Virtual},
                      {"applied", symbols(C.AppliedHere)},
                      {"name", C.DisplayName},
                      {"params", symbols(C.ParamNames)},
                      {"at", loc(C.At)},
                      {"argLocs", std::move(ArgLocs)},
                      {"args", std::move(Args)},
                      {"sites", std::move(Sites)},
                      {"writable", std::move(Writable)}};
}

json::Value Writer::function(const FunctionSummary &S) {
  json::Object J{{"key", S.Key},
                 {"name", S.DisplayName},
                 {"params", symbols(S.ParamNames)},
                 {"overrides", symbols(S.Overrides)},
                 {"return", taint(S.Return)}};
  json::Array ParamSinks, ReturnFields, OutParams, FieldWrites, ParamCalls,
      FieldCalls, Calls, ResultSinks, FieldSinkSites, Sites;
  for (const auto &[I, P] : S.ParamSinks)
    ParamSinks.push_back(json::Array{I, path(P)});
  for (const auto &[K, T] : S.ReturnFields)
    ReturnFields.push_back(json::Array{K, taint(T)});
  for (const auto &[I, T] : S.OutParams)
    OutParams.push_back(json::Array{I, taint(T)});
  for (const auto &[K, T] : S.FieldWrites)
    FieldWrites.push_back(json::Array{K, taint(T)});
  for (const auto &[I, A] : S.ParamCalls)
    ParamCalls.push_back(json::Array{I, args(A)});
  for (const auto &[K, A] : S.FieldCalls)
    FieldCalls.push_back(json::Array{K, args(A)});
  for (const ExternalCall &C : S.Calls)
    Calls.push_back(call(C));
  for (const ResultSink &R : S.ResultSinks)
    ResultSinks.push_back(sink(R));
  for (const auto &[K, R] : S.FieldSinkSites)
    FieldSinkSites.push_back(json::Array{K, sink(R)});
  json::Array Guarded;
  for (const GuardedFinding &G : S.GuardedFindings) {
    TaintSet One;
    One.add(G.Source);
    Guarded.push_back(json::Array{
        G.Site, G.Role == SinkRole::Label ? "label" : "name", taint(One)});
  }
  J["guardedFindings"] = std::move(Guarded);
  for (const ReportSite &Site : S.Sites) {
    json::Object Plans;
    for (const auto &[Key, P] : Site.Plans)
      Plans[Key] = plan(P);
    Sites.push_back(
        json::Object{{"at", loc(Site.At)}, {"plans", std::move(Plans)}});
  }
  J["paramSinks"] = std::move(ParamSinks);
  J["returnFields"] = std::move(ReturnFields);
  J["outParams"] = std::move(OutParams);
  J["fieldWrites"] = std::move(FieldWrites);
  J["paramCalls"] = std::move(ParamCalls);
  J["fieldCalls"] = std::move(FieldCalls);
  J["calls"] = std::move(Calls);
  J["resultSinks"] = std::move(ResultSinks);
  J["fieldSinkSites"] = std::move(FieldSinkSites);
  J["sites"] = std::move(Sites);
  if (S.MembershipParam)
    J["membership"] = *S.MembershipParam;
  return J;
}

json::Value Writer::unit(const UnitSummary &U) {
  json::Array Inputs, Functions, Fields, Findings, Errors;
  for (const auto &[F, H] : U.Inputs)
    Inputs.push_back(json::Array{F, llvm::utohexstr(H)});
  for (const FunctionSummary &S : U.Functions)
    Functions.push_back(function(S));
  for (const auto &[K, F] : U.Fields) {
    json::Object J{{"key", K}, {"stored", taint(F.Stored)}};
    if (F.Sink)
      J["sink"] = path(*F.Sink);
    Fields.push_back(std::move(J));
  }
  for (const FindingRecord &F : U.Findings)
    Findings.push_back(
        json::Object{{"at", loc(F.At)},
                     {"kind", spelling(F.Kind)},
                     {"role", F.Role == SinkRole::Label ? "label" : "name"},
                     {"steps", trail(F.Steps)},
                     {"plan", plan(F.Plan)}});
  for (const std::string &E : U.Errors)
    Errors.push_back(E);
  SitePlan Registrations;
  Registrations.Edits = U.Registrations;
  // Before the file table is copied: the edits may name files nothing else
  // in the unit did.
  json::Value RegistrationsJ = plan(Registrations);
  json::Array UnitFiles;
  for (const std::string &F : U.Units)
    UnitFiles.push_back(F);
  json::Array FileTable;
  for (const std::string &F : Files)
    FileTable.push_back(F);
  return json::Object{{"format", SummaryFormat},
                      {"version", SummaryVersion},
                      {"main", U.MainFile},
                      {"fingerprint", U.Fingerprint},
                      {"inputs", std::move(Inputs)},
                      {"functions", std::move(Functions)},
                      {"fields", std::move(Fields)},
                      {"findings", std::move(Findings)},
                      {"errors", std::move(Errors)},
                      {"registrations", std::move(RegistrationsJ)},
                      {"registersByHand", U.RegistersByHand},
                      {"units", std::move(UnitFiles)},
                      {"files", std::move(FileTable)}};
}

} // namespace

void writeUnitSummary(const UnitSummary &U, llvm::raw_ostream &OS) {
  Writer W;
  // Objects print with their keys sorted; arrays in the order built, which
  // follows the unit's sorted functions and fields: the same unit gives the
  // same bytes.
  OS << W.unit(U) << "\n";
}

} // namespace clang::tidy::metrics::engine
