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
  /// Only if this guard of another unit is no membership test (see
  /// Origin::UnlessGuard).
  Symbol UnlessGuard{};
  unsigned UnlessArg = 0;
};

/// The arguments a function passes when it calls a callable it received
/// (a parameter, or a member holding a std::function): one taint per
/// argument position, merged over every such call.
using CallArgs = std::vector<TaintSet>;

/// An edit in clang-apply-replacements' terms: bytes of a file.
struct Edit {
  Symbol File;
  unsigned Offset = 0;
  unsigned Length = 0;
  std::string Text;
  bool operator==(const Edit &O) const {
    return File == O.File && Offset == O.Offset && Length == O.Length &&
           Text == O.Text;
  }
};

/// A fix the check planned at a site while the AST was at hand: its edits
/// (none when there is no automatic fix) and the check's note about it.
struct SitePlan {
  std::vector<Edit> Edits;
  unsigned Note = 0; ///< the check's FixNote
  /// The adapter header its note names, or the template instantiation a
  /// template's note names, if any.
  std::string Adapter;
  bool operator==(const SitePlan &O) const {
    return Edits == O.Edits && Note == O.Note && Adapter == O.Adapter;
  }
};

/// Where a finding of a function would be reported if the link finds that
/// what reaches it is raw: an argument of a call into another translation
/// unit, or a label a value from such a call reaches.
struct ReportSite {
  Loc At;
  /// The expression, in the translation unit that made the site only.
  const Expr *Value = nullptr;
  /// The check's plans at this site, by the kind of source that may reach
  /// it: "route" and "other" for a source read elsewhere (an untransformed
  /// path or target, and anything else), and the exact kind's spelling
  /// ("path", "query", ...) for a source read in this very function.
  std::map<std::string, SitePlan> Plans;
};

/// A call to a function whose body is not in this translation unit: what
/// it passes, so that the link can apply the callee's summary here.
struct ExternalCall {
  /// The function called; or, for a call through a member holding callables
  /// (a hook), that member: the link runs whatever any unit stored there.
  Symbol Callee;
  Symbol ThroughField;
  /// A virtual call: overriders defined anywhere may run.
  bool Virtual = false;
  /// Targets whose summaries this translation unit applied already.
  std::vector<Symbol> AppliedHere;
  Symbol DisplayName;
  std::vector<Symbol> ParamNames;
  Loc At;                     ///< the call, for "returned from" notes
  std::vector<Loc> ArgLocs;   ///< each argument, for "passed to" notes
  std::vector<TaintSet> Args; ///< in the calling function's terms
  std::vector<int> ArgSites;  ///< index into the function's Sites, or -1
  std::vector<bool> Writable; ///< the callee may write the argument
};

/// A value a call into another translation unit gave back (Call, Sub as in
/// Origin::CallResult) reaches a sink in this function, at Site.
struct ResultSink {
  Symbol Function; ///< whose call it is (this one, or a callee here)
  unsigned Call = 0;
  unsigned Sub = 0;
  SinkPath Path;
  int Site = -1;
};

/// A source that reaches a sink at a site, past a guard of another unit.
struct GuardedFinding {
  int Site = -1;
  SinkRole Role = SinkRole::Label;
  Origin Source; ///< its trail ends at the sink; UnlessGuard says which guard
};

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
  /// The members holding callables that it calls, with what.
  std::map<Symbol, CallArgs, SymbolLess> FieldCalls;
  /// For a bool function that tests its parameter for membership in a set
  /// of registered values: that parameter (see Guards.h).
  std::optional<unsigned> MembershipParam;

  // What only the link can resolve (recorded when summaries are written):
  // calls into other translation units, the sinks their results reach here,
  // and the sites where findings about them would be reported.
  std::vector<ExternalCall> Calls;
  std::vector<ResultSink> ResultSinks;
  /// Findings that hold unless a guard of another unit is a membership test
  /// (the origin says which): the link decides. Each is a source reaching a
  /// sink at a site, its trail complete.
  std::vector<GuardedFinding> GuardedFindings;
  /// Members whose value reaches a sink here, at a site: request data that
  /// another unit stores in them is reported there.
  std::vector<std::pair<Symbol, ResultSink>> FieldSinkSites;
  std::vector<ReportSite> Sites;

  /// Whether the link may still teach a caller in this unit something a
  /// call's in-unit application could not: the function calls into other
  /// units (what its parameters reach is known only there), or stores a
  /// parameter in a member that a method of another unit may label with.
  /// Such a call is recorded for the link as well as applied here.
  bool openAtLink() const {
    if (!Calls.empty())
      return true;
    for (const auto &[Field, Written] : FieldWrites)
      for (const Origin &O : Written.origins())
        if (O.What == Origin::Param)
          return true;
    return false;
  }
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
  /// Where the warning goes when the finding was made at the link: a site
  /// of some translation unit's summary (Reported is then null).
  const ReportSite *Site = nullptr;
  SourceKind Kind = SourceKind::Path;
  SinkRole Role = SinkRole::Label;
  Trail Steps;                         ///< every step, in order
  Loc Read;                            ///< where the request data was read
  Symbol ReadName;                     ///< what was read (for the fix's hints)
  bool Transformed = false;            ///< the text was changed on the way
  bool IntoCallersCallable = false;    ///< see Origin::IntoCallersCallable
  const FunctionDecl *Owner = nullptr; ///< the function \c Reported is in
  /// The findings at the same place and role in other functions: the other
  /// instantiations of the template \c Owner is an instantiation of (their
  /// expressions keep the pattern's locations). Filled by
  /// TranslationUnitAnalysis::run, which reports the place once.
  std::vector<Finding> SamePlace;
};

/// A finding as a summary file keeps it: decided in its translation unit,
/// or at the link; located by file, line and column.
struct FindingRecord {
  Loc At;
  SourceKind Kind = SourceKind::Path;
  SinkRole Role = SinkRole::Label;
  Trail Steps;
  SitePlan Plan;
  /// Notes after the fix's (the routes a fix registers), made by the
  /// report; never written to a summary.
  std::vector<std::pair<ExternalLoc, std::string>> ExtraNotes;
};

/// What one translation unit contributes to the whole program.
struct UnitSummary {
  std::string MainFile;
  /// What the summary depends on besides its inputs (the compile command,
  /// the check's options, labelguard's version), as the driver hashes it.
  std::string Fingerprint;
  /// Every file the unit read, with a hash of its contents: a summary is
  /// stale when one of them changed.
  std::vector<std::pair<std::string, uint64_t>> Inputs;
  std::vector<FunctionSummary> Functions;
  std::map<Symbol, FieldFacts, SymbolLess> Fields;
  std::vector<FindingRecord> Findings;
  /// The edits that register the routes the unit declares (the check's
  /// route-declaration fix), made when a fix labels by the registered route
  /// and no unit of the program registers routes by hand.
  std::vector<Edit> Registrations;
  bool RegistersByHand = false;
  /// The bodies of the templates the unit instantiated that are defined
  /// outside its main file (File, Offset, Length; no Text): another unit's
  /// fix inside one would change this unit's instantiations too, which that
  /// unit did not see, so the report drops it.
  std::vector<Edit> Templates;
  /// The compiler's errors, as "file:line:col: error: text" lines.
  std::vector<std::string> Errors;
  /// For a project index: the main files of the units it links.
  std::vector<std::string> Units;
};

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_SUMMARY_H
