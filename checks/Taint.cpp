//===--- Taint.cpp - labelguard -------------------------------------------===//

#include "Taint.h"

namespace clang::tidy::metrics {

void extend(Trail &T, FlowStep S) {
  if (T.size() < MaxTrailLength)
    T.push_back(std::move(S));
}

Origin Origin::source(SourceKind K, const Expr *Read) {
  Origin O{Source, {}, {}, {}, {}, {}, {}};
  O.Kind = K;
  O.Read = Read;
  return O;
}

Origin Origin::param(const ParmVarDecl *P) {
  Origin O{Param, {}, {}, {}, {}, {}, {}};
  O.Parm = P;
  return O;
}

Origin Origin::field(const FieldDecl *F) {
  Origin O{Field, {}, {}, {}, {}, {}, {}};
  O.Member = F;
  return O;
}

bool Origin::sameIdentity(const Origin &O) const {
  if (What != O.What)
    return false;
  switch (What) {
  case Source:
    return Kind == O.Kind;
  case Param:
    return Parm == O.Parm;
  case Field:
    return Member == O.Member;
  }
  return false;
}

bool TaintSet::add(Origin O) {
  for (const Origin &Existing : Origins)
    if (Existing.sameIdentity(O))
      return false;
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

TaintSet TaintSet::extended(const FlowStep &S) const {
  TaintSet Result = *this;
  for (Origin &O : Result.Origins)
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

} // namespace clang::tidy::metrics
