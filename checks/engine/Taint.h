//===--- engine/Taint.h - labelguard --------------------------------------===//
//
// What the analysis knows about a value: where its raw request data can come
// from (origins), and the trail it took to get here, as structured steps
// that the check words. Nothing here points into the AST: locations are
// either a SourceLocation of the translation unit being analysed or a
// file/line/column read from a summary file, and names are interned text.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_TAINT_H
#define LABELGUARD_CHECKS_ENGINE_TAINT_H

#include "knowledge/Knowledge.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::metrics::engine {

/// Interned text: a function's or a field's key (its USR), a variable or
/// callee name. Equal symbols of one analysis share their characters, so
/// comparing the data pointers compares the text.
using Symbol = llvm::StringRef;
inline bool sameSymbol(Symbol A, Symbol B) { return A.data() == B.data(); }

/// A place in a file outside this translation unit's source manager, as a
/// summary file records it.
struct ExternalLoc {
  Symbol File;
  unsigned Line = 0;
  unsigned Column = 0;
};

/// A location: in the translation unit being analysed, or in a summary.
struct Loc {
  SourceLocation Here;
  const ExternalLoc *Elsewhere = nullptr;

  Loc() = default;
  Loc(SourceLocation L) : Here(L) {}
  explicit Loc(const ExternalLoc *E) : Elsewhere(E) {}
  bool isValid() const { return Here.isValid() || Elsewhere; }
  bool operator==(const Loc &O) const {
    return Here == O.Here && Elsewhere == O.Elsewhere;
  }
};

/// One hop of a flow, in source-to-sink order; the check words each kind.
enum class StepKind : unsigned char {
  Read,         ///< the value is read from the request
  FlowsInto,    ///< Name: the variable (or container, stream) it flows into
  PassedTo,     ///< Name: the callee ("" for a lambda); Param: its parameter
  ReturnedFrom, ///< Name: the callee ("" for a lambda)
  Captured,     ///< a lambda captures it
  StoredIn,     ///< Name: the member it is stored in
  ReachesLabel, ///< Name: the metrics function whose label it reaches
  ReachesName,  ///< Name: the metrics function whose name it reaches
};

struct Step {
  StepKind Kind;
  Loc Where;
  Symbol Name;
  Symbol Param;
};

using Trail = llvm::SmallVector<Step, 4>;

/// Long trails are truncated: the notes stay readable and memory bounded.
constexpr unsigned MaxTrailLength = 24;

/// Appends \p S to \p T unless the trail is already as long as it may be.
void extend(Trail &T, const Step &S);
void extend(Trail &T, const Trail &More);

/// One way raw data (or a callable) can reach a value.
///
/// Besides real request data (Source), a function's summary speaks of its
/// inputs symbolically: "whatever parameter Index of function Key holds"
/// (Param) and "whatever member Key of an object holds" (Field). Call sites
/// and the members' facts give those symbols their meaning. A Callable is no
/// data at all: it is a lambda or function (Key) a value may hold, so that a
/// call through a std::function or a pointer knows what it runs.
///
/// A CallResult is what a call to a function whose body is in another
/// translation unit gave back: call Index of function Key, its result (Sub
/// 0) or what it left in argument Sub - 1. Only the link, which has every
/// summary, knows what it holds.
struct Origin {
  enum OriginKind : unsigned char {
    Source,
    Param,
    Field,
    Callable,
    CallResult
  };
  OriginKind What = Source;
  SourceKind Kind = SourceKind::Path; ///< for Source
  /// The text was changed on the way (concatenated, formatted, cut): the
  /// value is still unbounded, but guarding it whole would not give a route.
  bool Transformed = false;
  /// The value went into a callable that some caller chose (a helper that
  /// calls the lambda it was given): an edit where it was read would change
  /// what every caller's callable receives.
  bool IntoCallersCallable = false;
  /// The value passed a test by a bool function whose body is in another
  /// unit (`if (!is_registered(p)) return;`): if the link finds that
  /// function tests argument UnlessArg for membership, the value is bounded.
  Symbol UnlessGuard;
  unsigned UnlessArg = 0;
  unsigned Index = 0; ///< Param: the parameter; CallResult: the call
  unsigned Sub = 0;   ///< CallResult: 0 the result, N + 1 argument N
  Symbol Key;         ///< Param, CallResult: the function; Field; Callable
  Loc Read;           ///< for Source: where it was read
  /// For Source: the knowledge name of what was read (the fix's hints).
  Symbol ReadName;
  Trail Steps;

  static Origin source(SourceKind K, Loc Read, Symbol ReadName);
  static Origin param(Symbol Function, unsigned Index);
  static Origin field(Symbol Key);
  static Origin callable(Symbol Key);
  static Origin callResult(Symbol Function, unsigned Call, unsigned Sub);

  bool isData() const { return What != Callable; }
  /// Origins with the same identity are merged; the first trail wins.
  bool sameIdentity(const Origin &O) const;
};

/// A small set of origins: one without data means the value is bounded.
class TaintSet {
public:
  bool empty() const { return Origins.empty(); }
  /// True when some origin is data (not only callables).
  bool hasData() const;
  const llvm::SmallVectorImpl<Origin> &origins() const { return Origins; }

  /// Adds \p O unless an origin with its identity is present.
  /// Returns true if the set changed.
  bool add(Origin O);
  bool merge(const TaintSet &Other);

  /// The same set with \p S appended to every data origin's trail.
  TaintSet extended(const Step &S) const;
  /// The same set, marked as changed text (see Origin::Transformed).
  TaintSet transformed() const;
  /// The same set with every request source worded as \p K (a part read
  /// out of a raw object: the path of a raw URI).
  TaintSet withKind(SourceKind K) const;
  /// The data origins only, or the callables only.
  TaintSet dataOnly() const;
  TaintSet callablesOnly() const;

  /// The first real source, if any.
  const Origin *firstSource() const;

  bool operator==(const TaintSet &Other) const;
  bool operator!=(const TaintSet &Other) const { return !(*this == Other); }

private:
  /// A value rarely has more than a couple of distinct origins; the bound
  /// keeps the lattice finite and the analysis cheap.
  static constexpr unsigned MaxOrigins = 8;
  llvm::SmallVector<Origin, 2> Origins;
};

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_TAINT_H
