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

void State::join(const State &From) {
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
  // A test holds after the join only if it held on both paths.
  for (auto It = Marks.begin(); It != Marks.end();) {
    auto Other = From.Marks.find(It->first);
    if (Other == From.Marks.end() || Other->second != It->second)
      It = Marks.erase(It);
    else
      ++It;
  }
}

} // namespace clang::tidy::metrics::engine
