//===--- engine/Taint.cpp - labelguard ------------------------------------===//

#include "engine/Taint.h"

namespace clang::tidy::metrics::engine {

void extend(Trail &T, const Step &S) {
  if (T.size() < MaxTrailLength)
    T.push_back(S);
}

void extend(Trail &T, const Trail &More) {
  for (const Step &S : More)
    extend(T, S);
}

Origin Origin::source(SourceKind K, Loc Read, Symbol ReadName) {
  Origin O;
  O.What = Source;
  O.Kind = K;
  O.Read = Read;
  O.ReadName = ReadName;
  return O;
}

Origin Origin::param(Symbol Function, unsigned Index) {
  Origin O;
  O.What = Param;
  O.Key = Function;
  O.Index = Index;
  return O;
}

Origin Origin::field(Symbol Key) {
  Origin O;
  O.What = Field;
  O.Key = Key;
  return O;
}

Origin Origin::callable(Symbol Key) {
  Origin O;
  O.What = Callable;
  O.Key = Key;
  return O;
}

Origin Origin::callResult(Symbol Function, unsigned Call, unsigned Sub) {
  Origin O;
  O.What = CallResult;
  O.Key = Function;
  O.Index = Call;
  O.Sub = Sub;
  return O;
}

bool Origin::sameIdentity(const Origin &O) const {
  if (What != O.What)
    return false;
  switch (What) {
  case Source:
    return Kind == O.Kind;
  case Param:
    return Index == O.Index && sameSymbol(Key, O.Key);
  case Field:
  case Callable:
    return sameSymbol(Key, O.Key);
  case CallResult:
    return Index == O.Index && Sub == O.Sub && sameSymbol(Key, O.Key);
  }
  return false;
}

bool TaintSet::hasData() const {
  for (const Origin &O : Origins)
    if (O.isData())
      return true;
  return false;
}

bool TaintSet::add(Origin O) {
  for (Origin &Existing : Origins)
    if (Existing.sameIdentity(O)) {
      // Raw on a path the guard did not see is raw, whatever the guard.
      if (!Existing.UnlessGuard.empty() && O.UnlessGuard.empty()) {
        Existing.UnlessGuard = Symbol();
        return true;
      }
      return false;
    }
  if (Origins.size() >= MaxOrigins)
    return false;
  Origins.push_back(std::move(O));
  return true;
}

bool TaintSet::merge(const TaintSet &Other) {
  bool Changed = false;
  for (const Origin &O : Other.Origins)
    Changed |= add(O);
  return Changed;
}

TaintSet TaintSet::extended(const Step &S) const {
  TaintSet Result = *this;
  for (Origin &O : Result.Origins)
    if (O.isData())
      extend(O.Steps, S);
  return Result;
}

TaintSet TaintSet::transformed() const {
  TaintSet Result = *this;
  for (Origin &O : Result.Origins)
    O.Transformed = true;
  return Result;
}

TaintSet TaintSet::withKind(SourceKind K) const {
  TaintSet Result;
  for (Origin O : Origins) {
    if (O.What == Origin::Source)
      O.Kind = K;
    Result.add(std::move(O));
  }
  return Result;
}

TaintSet TaintSet::dataOnly() const {
  TaintSet Result;
  for (const Origin &O : Origins)
    if (O.isData())
      Result.Origins.push_back(O);
  return Result;
}

TaintSet TaintSet::callablesOnly() const {
  TaintSet Result;
  for (const Origin &O : Origins)
    if (!O.isData())
      Result.Origins.push_back(O);
  return Result;
}

const Origin *TaintSet::firstSource() const {
  for (const Origin &O : Origins)
    if (O.What == Origin::Source)
      return &O;
  return nullptr;
}

bool TaintSet::operator==(const TaintSet &Other) const {
  if (Origins.size() != Other.Origins.size())
    return false;
  for (const Origin &O : Origins) {
    bool Found = false;
    for (const Origin &P : Other.Origins)
      Found |= O.sameIdentity(P);
    if (!Found)
      return false;
  }
  return true;
}

} // namespace clang::tidy::metrics::engine
