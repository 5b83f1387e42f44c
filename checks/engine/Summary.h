//===--- engine/Summary.h - labelguard ------------------------------------===//
//
// What a function does with raw data, as its callers need to know it, and
// what the analysis reports. A summary holds no AST pointer: functions and
// fields are named by their keys (USRs), parameters by their index, places
// by Loc. So a summary can be written to a file, read back in another
// translation unit, and applied there exactly as here.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_SUMMARY_H
#define LABELGUARD_CHECKS_ENGINE_SUMMARY_H

#include "engine/Taint.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include <map>
#include <optional>
#include <vector>

namespace clang::tidy::metrics::engine {

/// Symbols order by their text, so that whatever is written out in map
/// order is deterministic.
struct SymbolLess {
  bool operator()(Symbol A, Symbol B) const { return A < B; }
};

/// The path from some input of a function to a metric sink, notes included.
struct SinkPath {
  SinkRole Role = SinkRole::Label;
  Trail Steps; ///< ends with the ReachesLabel or ReachesName step
};

/// The arguments a function passes when it calls a callable it received
/// (a parameter, or a member holding a std::function): one taint per
/// argument position, merged over every such call.
using CallArgs = std::vector<TaintSet>;

/// What one function does with its inputs, as far as raw data goes.
///
/// Containers are node-based (std::map) and entries are never erased: a
/// pointer or reference into a summary stays valid while facts are added.
struct FunctionSummary {
  Symbol Key;
  /// How notes name the function: "record", the class of a constructor, or
  /// empty for a lambda.
  Symbol DisplayName;
  /// Its parameters' names, for "passed to 'f' as 'p'".
  std::vector<Symbol> ParamNames;
  /// The keys of the methods this one overrides: a virtual call to one of
  /// them may run this body.
  std::vector<Symbol> Overrides;

  /// Parameters whose value reaches a sink inside (or below) the function.
  std::map<unsigned, SinkPath> ParamSinks;
  /// Where the returned value's raw data can come from.
  TaintSet Return;
  /// The returned object's members, where they differ from Return (a struct
  /// whose path is raw and whose method is not).
  std::map<Symbol, TaintSet, SymbolLess> ReturnFields;
  /// What the function leaves in its reference and pointer parameters.
  std::map<unsigned, TaintSet> OutParams;
  /// What it stores in members of its own object.
  std::map<Symbol, TaintSet, SymbolLess> FieldWrites;
  /// The callables it receives as parameters and calls, with what.
  std::map<unsigned, CallArgs> ParamCalls;
  /// For a bool function that tests its parameter for membership in a set
  /// of registered values: that parameter (see Guards.h).
  std::optional<unsigned> MembershipParam;

  bool operator==(const FunctionSummary &O) const;
};

/// Facts about one member of a class, across every method that touches it.
struct FieldFacts {
  /// The member's value reaches a sink (a flush() labels with it).
  std::optional<SinkPath> Sink;
  /// Request data (and callables) stored into it by some method.
  TaintSet Stored;
};

/// A leak to report.
struct Finding {
  const Expr *Reported = nullptr; ///< the value, where the warning goes
  SourceKind Kind = SourceKind::Path;
  SinkRole Role = SinkRole::Label;
  Trail Steps;                    ///< every step, in order
  Loc Read;                       ///< where the request data was read
  Symbol ReadName;                ///< what was read (for the fix's hints)
  bool Transformed = false;       ///< the text was changed on the way
  bool IntoCallersCallable = false; ///< see Origin::IntoCallersCallable
  const FunctionDecl *Owner = nullptr; ///< the function \c Reported is in
};

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_SUMMARY_H
