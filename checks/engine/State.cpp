//===--- engine/State.cpp - labelguard ------------------------------------===//

#include "engine/State.h"

namespace clang::tidy::metrics::engine {

std::optional<TaintSet> State::read(const Place &P) const {
  std::optional<TaintSet> Result;
  if (auto Exact = Places.find(P); Exact != Places.end()) {
    Result = Exact->second;
  } else {
    Place Prefix = P;
    while (!Prefix.Path.empty() && !Result) {
      Prefix.Path.pop_back();
      if (auto It = Places.find(Prefix); It != Places.end())
        Result = It->second;
    }
  }
  for (auto It = Places.upper_bound(P); It != Places.end(); ++It) {
    if (!It->first.within(P))
      break;
    if (!Result)
      Result = TaintSet();
    Result->merge(It->second);
  }
  return Result;
}

const TaintSet *State::exact(const Place &P) const {
  auto It = Places.find(P);
  return It == Places.end() ? nullptr : &It->second;
}

void State::write(const PlaceRef &P, const TaintSet &T) {
  if (P.Element) {
    Places[P.P].merge(T);
    Marks.erase(P.P);
    return;
  }
  forget(P.P);
  Places[P.P] = T;
}

void State::forget(const Place &P) {
  auto It = Places.lower_bound(P);
  while (It != Places.end() && It->first.within(P))
    It = Places.erase(It);
  // What is written now passed no test.
  auto M = Marks.lower_bound(P);
  while (M != Marks.end() && M->first.within(P))
    M = Marks.erase(M);
}

namespace {
/// \p P is known to hold nothing raw in \p Places: it or the object it is
/// part of was written with a bounded value, and no part of it written
/// since is raw. A place with no entry holds what reading it by default
/// gives (a parameter's origin), which is not known to be clean.
bool knownClean(const std::map<Place, TaintSet> &Places, const Place &P) {
  const TaintSet *Whole = nullptr;
  for (Place Prefix = P;; Prefix.Path.pop_back()) {
    if (auto It = Places.find(Prefix); It != Places.end()) {
      Whole = &It->second;
      break;
    }
    if (Prefix.Path.empty())
      break;
  }
  if (!Whole || !Whole->empty())
    return false;
  for (auto It = Places.upper_bound(P);
       It != Places.end() && It->first.within(P); ++It)
    if (!It->second.empty())
      return false;
  return true;
}
} // namespace

void State::join(const State &From) {
  // A test holds after the join when it held on both paths, or on the one
  // path where the value can be raw: a path where it is clean (reassigned
  // to a constant) needs no test. Decided on the states as they come in.
  std::map<Place, std::pair<Symbol, unsigned>> Joined;
  for (const auto &[P, M] : Marks) {
    auto Other = From.Marks.find(P);
    if ((Other != From.Marks.end() && Other->second == M) ||
        knownClean(From.Places, P))
      Joined.emplace(P, M);
  }
  for (const auto &[P, M] : From.Marks)
    if (!Marks.count(P) && knownClean(Places, P))
      Joined.emplace(P, M);
  for (auto It = Places.begin(); It != Places.end();) {
    auto Other = From.Places.find(It->first);
    if (Other == From.Places.end()) {
      if (It->second.empty())
        It = Places.erase(It);
      else
        ++It;
      continue;
    }
    It->second.merge(Other->second);
    ++It;
  }
  for (const auto &[K, T] : From.Places)
    if (!T.empty() && !Places.count(K))
      Places[K] = T;
  Marks = std::move(Joined);
}

} // namespace clang::tidy::metrics::engine
