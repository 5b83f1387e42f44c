//===--- engine/Link.h - labelguard ---------------------------------------===//
//
// The link: every translation unit's summary, joined. Calls that one unit
// made into functions whose bodies are in another are resolved with those
// functions' summaries, to a fixpoint, exactly as a call inside one unit is
// (CallSummaries.cpp): raw arguments for parameters that reach a sink are
// findings at the caller's site, parameters that pass raw data on reach the
// sinks below them, returned values and out-parameters flow back. No source
// is parsed again: findings are made at the sites the units recorded.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_LINK_H
#define LABELGUARD_CHECKS_ENGINE_LINK_H

#include "engine/FactStore.h"
#include "engine/Summary.h"
#include "llvm/ADT/DenseMap.h"
#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <vector>

namespace clang::tidy::metrics::engine {

/// A finding the link made: at a site of some unit's function.
struct LinkFinding {
  const ReportSite *Site = nullptr;
  SourceKind Kind = SourceKind::Path;
  SinkRole Role = SinkRole::Label;
  Trail Steps;
  Loc Read;
  Symbol ReadName;
  bool Transformed = false;
  bool IntoCallersCallable = false;
};

class ProgramLink {
public:
  /// Names are interned into \p Strings, which the units' summaries were
  /// read into.
  explicit ProgramLink(FactStore &Strings) : Strings(Strings) {}

  /// Adds one unit. A function defined in several units (inline, in a
  /// header) is taken from the first unit in main-file order.
  void add(UnitSummary U);
  /// Resolves the calls across units, to a fixpoint (bounded).
  void run();

  /// The findings the units made themselves, and those the link made.
  const std::vector<const FindingRecord *> &unitFindings() const {
    return UnitFindings;
  }
  const std::vector<LinkFinding> &linkFindings() const { return Findings; }
  /// The units' compiler errors.
  std::vector<std::string> errors() const;
  /// The template bodies units instantiated from outside their main files
  /// (UnitSummary::Templates), over every unit.
  std::vector<Edit> templateBodies() const;

  /// The whole program as one summary (the project index): every function's
  /// summary closed over the calls it makes into other units, and every
  /// member's facts. What a per-unit run with the index applies. The link
  /// is spent: the summaries are moved into the index, not copied (10,000
  /// units' are hundreds of megabytes), so take the findings first.
  UnitSummary takeIndex();

private:
  using CallKey = std::tuple<const char *, unsigned, unsigned>;
  TaintSet expand(const TaintSet &T, unsigned Depth = 0) const;
  TaintSet substitute(const TaintSet &In, const FunctionSummary &Callee,
                      const ExternalCall &Call,
                      llvm::ArrayRef<TaintSet> Args) const;
  std::vector<const FunctionSummary *> targets(const ExternalCall &Call) const;
  bool apply(FunctionSummary &F, unsigned Id, const ExternalCall &Call,
             const FunctionSummary &Target);
  bool reach(FunctionSummary &F, int Site, Origin O, const SinkPath &Path);
  /// Whether a guard of another unit (Origin::UnlessGuard) is a membership
  /// test of the argument the value was passed as.
  bool guardHolds(Symbol Guard, unsigned Arg) const;

  /// Marks what changed, for the fixpoint (see run): the stamps count
  /// changes, and a function is applied again only if something it reads
  /// changed after it was last applied.
  void changedEverything() { Everything = ++Stamp; }
  void changedParamSinks(const FunctionSummary *Fn);
  void changedItself(const FunctionSummary *Fn);

  FactStore &Strings;
  std::vector<std::unique_ptr<UnitSummary>> Units;
  std::map<Symbol, FunctionSummary *, SymbolLess> Functions;
  std::map<Symbol, std::vector<Symbol>, SymbolLess> Overriders;
  std::map<Symbol, FieldFacts, SymbolLess> Fields;
  std::map<CallKey, TaintSet> Resolved;
  /// What expand made of a resolved call at a depth, while Resolved stays
  /// as it is: the fixpoint expands the same chains for every call in
  /// every round, and chains across ten units made that most of a link.
  mutable std::map<std::pair<CallKey, unsigned>, TaintSet> Expanded;
  std::vector<const FindingRecord *> UnitFindings;
  std::vector<LinkFinding> Findings;
  std::set<std::tuple<const ReportSite *, unsigned>> Reported;

  /// The fixpoint's bookkeeping, per function (see run).
  struct Progress {
    uint64_t Applied = 0;    ///< the stamp when it was last applied
    uint64_t Itself = 0;     ///< its own facts last changed (result sinks)
    uint64_t ParamSinks = 0; ///< its parameters' sinks last changed
    /// Each call's targets: what targets() gives does not change while the
    /// fixpoint runs (members' stored callables and overriders are fixed).
    std::vector<std::vector<const FunctionSummary *>> Targets;
    /// Whether some target calls a callable it was passed: what that
    /// callable's parameters reach is read too.
    bool CallsCallables = false;
  };
  llvm::DenseMap<const FunctionSummary *, Progress> Progressed;
  uint64_t Stamp = 0;
  uint64_t Everything = 0; ///< expanded values or members' sinks changed
  uint64_t AnyParamSinks = 0;
};

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_LINK_H
