//===--- Taint.h - labelguard ---------------------------------------------===//
//
// What the analysis knows about a value: where its raw request data can come
// from, and the trail it took to get here.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_TAINT_H
#define LABELGUARD_CHECKS_TAINT_H

#include "Knowledge.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/SmallVector.h"
#include <string>

namespace clang::tidy::metrics {

/// One hop of a flow, in source-to-sink order; becomes one note.
struct FlowStep {
  SourceLocation Loc;
  std::string Note;
};

using Trail = llvm::SmallVector<FlowStep, 4>;

/// Long trails are truncated: the notes stay readable and memory bounded.
constexpr unsigned MaxTrailLength = 24;

/// Appends \p S to \p T unless the trail is already as long as it may be.
void extend(Trail &T, FlowStep S);

/// One way raw data can reach a value.
///
/// Besides real request data (a Source), a function's summary speaks of its
/// inputs symbolically: "whatever parameter p holds" (Param) and "whatever
/// member m of this object holds" (Field). Call sites and the translation
/// unit's member table give those symbols their meaning.
struct Origin {
  enum OriginKind { Source, Param, Field };
  OriginKind What;
  SourceKind Kind = SourceKind::Path;  ///< for Source
  const ParmVarDecl *Parm = nullptr;   ///< for Param
  const FieldDecl *Member = nullptr;   ///< for Field
  const Expr *Read = nullptr;          ///< for Source: the accessor expression
  /// The text was changed on the way (concatenated, formatted, cut): the
  /// value is still unbounded, but guarding it whole would not give a route.
  bool Transformed = false;
  Trail Steps;

  static Origin source(SourceKind K, const Expr *Read);
  static Origin param(const ParmVarDecl *P);
  static Origin field(const FieldDecl *F);

  /// Origins with the same identity are merged; the first trail wins.
  bool sameIdentity(const Origin &O) const;
};

/// A small set of origins: empty means the value is bounded.
class TaintSet {
public:
  bool empty() const { return Origins.empty(); }
  const llvm::SmallVectorImpl<Origin> &origins() const { return Origins; }

  /// Adds \p O unless an origin with its identity is present.
  /// Returns true if the set changed.
  bool add(Origin O);
  bool merge(const TaintSet &Other);

  /// The same set with \p S appended to every trail.
  TaintSet extended(const FlowStep &S) const;

  /// The same set, marked as changed text (see Origin::Transformed).
  TaintSet transformed() const;

  /// The same set with every request source worded as \p K (a part read
  /// out of a raw object: the path of a raw URI).
  TaintSet withKind(SourceKind K) const;

  /// The first real source, if any.
  const Origin *firstSource() const;

  bool operator==(const TaintSet &Other) const;

private:
  /// A value rarely has more than a couple of distinct origins; the bound
  /// keeps the lattice finite and the analysis cheap.
  static constexpr unsigned MaxOrigins = 6;
  llvm::SmallVector<Origin, 2> Origins;
};

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_TAINT_H
