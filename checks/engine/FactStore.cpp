//===--- engine/FactStore.cpp - labelguard --------------------------------===//

#include "engine/FactStore.h"

namespace clang::tidy::metrics::engine {

const ExternalLoc *FactStore::externalLoc(llvm::StringRef File, unsigned Line,
                                          unsigned Column) {
  Symbol F = intern(File);
  InternShard &Shard = shardOf(llvm::hash_combine(F.data(), Line, Column));
  std::lock_guard<std::mutex> Lock(Shard.Lock);
  ExternalLoc &L = Shard.Locs[{F.data(), Line, Column}];
  L = {F, Line, Column};
  return &L;
}

void FactStore::read(Symbol Fact) {
  if (Reader.empty() || Fact.empty())
    return;
  Readers[Fact.data()].insert(Reader.data());
  SymbolOf[Reader.data()] = Reader;
}

void FactStore::wake(Symbol Fact) {
  auto It = Readers.find(Fact.data());
  if (It == Readers.end())
    return;
  for (const char *R : It->second)
    Woken.insert(R);
}

void FactStore::wakeFunction(Symbol Fn) {
  SymbolOf[Fn.data()] = Fn;
  Woken.insert(Fn.data());
}

std::vector<Symbol> FactStore::takeWoken() {
  std::vector<Symbol> Result;
  for (const char *W : Woken)
    Result.push_back(SymbolOf.lookup(W));
  Woken.clear();
  return Result;
}

const FunctionSummary *FactStore::summary(Symbol Fn) {
  read(Fn);
  auto It = Summaries.find(Fn.data());
  if (It != Summaries.end())
    return It->second.get();
  if (!Imported)
    return nullptr;
  std::unique_ptr<FunctionSummary> &Copy = Imports[Fn.data()];
  if (!Copy)
    if (const FunctionSummary *S = Imported->summary(Fn))
      Copy = std::make_unique<FunctionSummary>(reintern(*S));
  return Copy.get();
}

Trail FactStore::reintern(const Trail &T) {
  Trail Out = T;
  for (Step &S : Out) {
    S.Name = S.Name.empty() ? Symbol() : intern(S.Name);
    S.Param = S.Param.empty() ? Symbol() : intern(S.Param);
  }
  return Out;
}

TaintSet FactStore::reintern(const TaintSet &T) {
  TaintSet Out;
  for (Origin O : T.origins()) {
    O.Key = O.Key.empty() ? Symbol() : intern(O.Key);
    O.ReadName = O.ReadName.empty() ? Symbol() : intern(O.ReadName);
    O.Steps = reintern(O.Steps);
    Out.add(std::move(O));
  }
  return Out;
}

FunctionSummary FactStore::reintern(const FunctionSummary &S) {
  FunctionSummary Out;
  Out.Key = intern(S.Key);
  Out.DisplayName = S.DisplayName.empty() ? Symbol() : intern(S.DisplayName);
  for (Symbol P : S.ParamNames)
    Out.ParamNames.push_back(P.empty() ? Symbol() : intern(P));
  for (Symbol O : S.Overrides)
    Out.Overrides.push_back(intern(O));
  for (const auto &[I, P] : S.ParamSinks)
    Out.ParamSinks[I] = {P.Role, reintern(P.Steps)};
  Out.Return = reintern(S.Return);
  for (const auto &[K, T] : S.ReturnFields)
    Out.ReturnFields[intern(K)] = reintern(T);
  for (const auto &[I, T] : S.OutParams)
    Out.OutParams[I] = reintern(T);
  for (const auto &[K, T] : S.FieldWrites)
    Out.FieldWrites[intern(K)] = reintern(T);
  for (const auto &[I, Args] : S.ParamCalls)
    for (const TaintSet &T : Args)
      Out.ParamCalls[I].push_back(reintern(T));
  Out.MembershipParam = S.MembershipParam;
  return Out;
}

FieldFacts FactStore::reintern(const FieldFacts &F) {
  FieldFacts Out;
  if (F.Sink)
    Out.Sink = SinkPath{F.Sink->Role, reintern(F.Sink->Steps)};
  Out.Stored = reintern(F.Stored);
  return Out;
}

FunctionSummary &FactStore::local(Symbol Fn) {
  std::unique_ptr<FunctionSummary> &S = Summaries[Fn.data()];
  if (!S) {
    S = std::make_unique<FunctionSummary>();
    S->Key = Fn;
  }
  return *S;
}

const FieldFacts *FactStore::field(Symbol Field) {
  read(Field);
  const FieldFacts *Elsewhere = nullptr;
  if (Imported) {
    std::unique_ptr<FieldFacts> &Copy = ImportedFields[Field.data()];
    if (!Copy)
      if (const FieldFacts *F = Imported->field(Field))
        Copy = std::make_unique<FieldFacts>(reintern(*F));
    Elsewhere = Copy.get();
  }
  auto It = Fields.find(Field);
  if (It == Fields.end())
    return Elsewhere;
  // What this unit learned, with what the others did.
  if (Elsewhere) {
    if (!It->second.Sink && Elsewhere->Sink)
      It->second.Sink = Elsewhere->Sink;
    It->second.Stored.merge(Elsewhere->Stored);
  }
  return &It->second;
}

const TaintSet *FactStore::capture(Symbol Lambda, const VarDecl *V) {
  auto It = Captures.find({Lambda.data(), V});
  return It == Captures.end() ? nullptr : &It->second;
}

std::optional<SourceKind> FactStore::handlerLambda(Symbol Lambda) {
  auto It = HandlerLambdas.find(Lambda.data());
  if (It == HandlerLambdas.end())
    return std::nullopt;
  return It->second;
}

bool FactStore::addParamSink(Symbol Fn, unsigned Index, SinkPath P) {
  if (!local(Fn).ParamSinks.try_emplace(Index, std::move(P)).second)
    return false;
  wake(Fn);
  return true;
}

bool FactStore::mergeReturn(Symbol Fn, const TaintSet &T) {
  if (!local(Fn).Return.merge(T))
    return false;
  wake(Fn);
  return true;
}

bool FactStore::mergeReturnField(Symbol Fn, Symbol Field, const TaintSet &T) {
  FunctionSummary &S = local(Fn);
  auto [It, New] = S.ReturnFields.try_emplace(Field);
  if (!It->second.merge(T) && !New)
    return false;
  wake(Fn);
  return true;
}

bool FactStore::mergeOutParam(Symbol Fn, unsigned Index, const TaintSet &T) {
  if (!local(Fn).OutParams[Index].merge(T))
    return false;
  wake(Fn);
  return true;
}

bool FactStore::mergeFieldWrite(Symbol Fn, Symbol Field, const TaintSet &T) {
  if (!local(Fn).FieldWrites[Field].merge(T))
    return false;
  wake(Fn);
  return true;
}

bool FactStore::mergeParamCall(Symbol Fn, unsigned Index,
                               const CallArgs &Args) {
  CallArgs &Known = local(Fn).ParamCalls[Index];
  bool Changed = false;
  if (Known.size() < Args.size()) {
    Known.resize(Args.size());
    Changed = true;
  }
  for (unsigned I = 0; I < Args.size(); ++I)
    Changed |= Known[I].merge(Args[I]);
  if (Changed)
    wake(Fn);
  return Changed;
}

bool FactStore::setMembershipParam(Symbol Fn, std::optional<unsigned> Index) {
  FunctionSummary &S = local(Fn);
  if (S.MembershipParam == Index)
    return false;
  S.MembershipParam = Index;
  wake(Fn);
  return true;
}

bool FactStore::addFieldSink(Symbol Field, SinkPath P) {
  FieldFacts &F = Fields[Field];
  if (F.Sink)
    return false;
  F.Sink = std::move(P);
  wake(Field);
  return true;
}

bool FactStore::mergeFieldStored(Symbol Field, const TaintSet &T) {
  if (!Fields[Field].Stored.merge(T))
    return false;
  wake(Field);
  return true;
}

bool FactStore::mergeCapture(Symbol Lambda, const VarDecl *V,
                             const TaintSet &T) {
  if (!Captures[{Lambda.data(), V}].merge(T))
    return false;
  // The lambda itself reads its captures.
  wakeFunction(Lambda);
  return true;
}

bool FactStore::addHandlerLambda(Symbol Lambda, SourceKind K) {
  if (!HandlerLambdas.try_emplace(Lambda.data(), K).second)
    return false;
  wakeFunction(Lambda);
  return true;
}

void FactStore::setLinkFacts(
    Symbol Fn, std::vector<ExternalCall> Calls,
    std::vector<ResultSink> ResultSinks,
    std::vector<std::pair<Symbol, ResultSink>> FieldSinkSites,
    std::vector<GuardedFinding> GuardedFindings,
    std::vector<ReportSite> Sites) {
  FunctionSummary &S = local(Fn);
  // Callers record their calls to an open function for the link (see
  // FunctionSummary::openAtLink): they must look again when that changes.
  bool WasOpen = S.openAtLink();
  S.Calls = std::move(Calls);
  S.ResultSinks = std::move(ResultSinks);
  S.FieldSinkSites = std::move(FieldSinkSites);
  S.GuardedFindings = std::move(GuardedFindings);
  S.Sites = std::move(Sites);
  if (S.openAtLink() != WasOpen)
    wake(Fn);
}

void FactStore::setFindings(Symbol Fn, std::vector<Finding> F) {
  if (F.empty())
    Findings.erase(Fn);
  else
    Findings[Fn] = std::move(F);
}

std::vector<Finding> FactStore::allFindings() const {
  std::vector<Finding> All;
  for (const auto &[Fn, F] : Findings)
    All.insert(All.end(), F.begin(), F.end());
  return All;
}

std::vector<const FunctionSummary *> FactStore::localSummaries() const {
  std::vector<const FunctionSummary *> All;
  for (const auto &[K, S] : Summaries)
    All.push_back(S.get());
  llvm::sort(All, [](const FunctionSummary *A, const FunctionSummary *B) {
    return A->Key < B->Key;
  });
  return All;
}

} // namespace clang::tidy::metrics::engine
