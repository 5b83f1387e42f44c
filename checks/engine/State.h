//===--- engine/State.h - labelguard --------------------------------------===//
//
// The program state at one point of a function: what each place holds.
// A place that was never written holds what reading it by default gives
// (a parameter its symbolic origin, a member its facts); an entry with an
// empty set says the place is known to be bounded there.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_STATE_H
#define LABELGUARD_CHECKS_ENGINE_STATE_H

#include "engine/Place.h"
#include "engine/Taint.h"
#include <map>
#include <optional>

namespace clang::tidy::metrics::engine {

class State {
public:
  /// What \p P holds, if anything was recorded for it or for the object it
  /// is part of: the exact place wins over its enclosing object (a member
  /// overwritten after the whole was copied), and parts written since are
  /// added.
  std::optional<TaintSet> read(const Place &P) const;
  /// What was recorded for \p P itself, without its parts.
  const TaintSet *exact(const Place &P) const;

  /// Writes \p T into the place: an element adds to what the place holds; the
  /// whole place is replaced, with every part of it (a strong update).
  void write(const PlaceRef &P, const TaintSet &T);
  /// The place is bounded from here on (a guard held).
  void bound(const Place &P) { write(PlaceRef{P, false}, TaintSet()); }
  /// Forgets the place (a declaration without initialiser).
  void forget(const Place &P);

  /// May-analysis: raw on either path is raw. A "bounded" entry survives
  /// only where both paths agree; elsewhere the place falls back to what
  /// reading it by default gives.
  void join(const State &From);

  /// The place passed a test by a bool function whose body is in another
  /// unit: what is read from it afterwards is bounded if that function
  /// turns out to be a membership test of argument \p Arg.
  void mark(const Place &P, Symbol Guard, unsigned Arg) {
    Marks[P] = {Guard, Arg};
  }
  const std::pair<Symbol, unsigned> *markOf(const Place &P) const {
    auto It = Marks.find(P);
    return It == Marks.end() ? nullptr : &It->second;
  }
  bool hasMarks() const { return !Marks.empty(); }

  bool operator==(const State &O) const {
    return Places == O.Places && Marks == O.Marks;
  }
  bool operator!=(const State &O) const { return !(*this == O); }

  const std::map<Place, TaintSet> &entries() const { return Places; }

private:
  std::map<Place, TaintSet> Places;
  std::map<Place, std::pair<Symbol, unsigned>> Marks;
};

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_STATE_H
