//===--- FixBuilder.h - labelguard ----------------------------------------===//
//
// Turns a finding into the edit that cures it: the raw path or target is
// routed through the guard (or the framework's own matched-route accessor),
// at the reported place, so that code shared with bounded callers is never
// rewritten for them. Where no edit is right, the plan says why; the check
// words it.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_FIXBUILDER_H
#define LABELGUARD_CHECKS_FIXBUILDER_H

#include "ReadReach.h"
#include "engine/Context.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::metrics {

/// What the fix needs, or why there is none; the check words each.
enum class FixNote {
  NeedsRegistration, ///< the guard needs the routes registered (Adapter)
  MatchedRoute,      ///< the framework's matched route is the label
  Limiter,           ///< the limiter lets the first values through
  NoFixName,         ///< a metric name
  NoFixKind,         ///< a kind no route guard fits (query, header, ...)
  NoFixMacro,        ///< inside a macro expansion
  NoFixTemplate,     ///< inside a template
  NoFixTransformed,  ///< the label was built from the raw value elsewhere
  NoFixContainer,    ///< the container was filled elsewhere
  NoFixCallable,     ///< the value goes to a callable a caller chose
  // Appended: summary files store these numbers.
  NoFixTemplateDiffers, ///< an instantiation needs another edit (Instantiation)
  NoFixTemplateHeader,  ///< a template other translation units may instantiate
  NoFixTemplateElsewhere, ///< another translation unit instantiates it too
  AtRead,                 ///< the raw read is guarded where it is read
  SharedFix,              ///< another finding's fix makes the same edit
  AtReadCut,   ///< as AtRead, and the code cuts the unregistered value too
  CutTemplate, ///< the raw part of the label is guarded, then cut
  AtReadKey,   ///< as AtRead, the value a map's key: one entry per route
};

/// Whether the fix guards the raw read where it is read.
inline bool guardsAtRead(FixNote Note) {
  return Note == FixNote::AtRead || Note == FixNote::AtReadCut ||
         Note == FixNote::AtReadKey;
}

/// Whether a fix with this note labels by the registered route (and so
/// needs the routes registered).
inline bool labelsByRegisteredRoute(FixNote Note) {
  return Note == FixNote::NeedsRegistration || Note == FixNote::CutTemplate ||
         guardsAtRead(Note);
}

struct FixPlan {
  /// The edits; empty when there is no automatic fix.
  std::vector<FixItHint> Edits;
  /// Where the note goes, and what it says.
  SourceLocation NoteLoc;
  FixNote Note = FixNote::NeedsRegistration;
  /// The adapter header for NeedsRegistration ("httplib.hpp"); for
  /// NoFixTemplate and NoFixTemplateDiffers, the instantiation the note
  /// names ("handle<FakeRequest>"), if any.
  std::string Adapter;
};

class FixBuilder {
public:
  /// \p GuardFunction and \p LimiterFunction are qualified names
  /// ("::labelguard::route_label"); an empty LimiterFunction offers no
  /// limiter fix.
  FixBuilder(engine::Context &C, llvm::StringRef GuardFunction,
             llvm::StringRef LimiterFunction);
  /// Gives the AST back the traversal scope it had.
  ~FixBuilder();
  FixBuilder(const FixBuilder &) = delete;
  FixBuilder &operator=(const FixBuilder &) = delete;

  /// The plan for a finding the check reports. Inside a template it is the
  /// one edit that is right for every instantiation the translation unit
  /// has (\p F.SamePlace holds their findings at this place), and only for
  /// a template defined in the main file, which no other translation unit
  /// can instantiate; otherwise the plan says why there is none.
  FixPlan plan(const engine::Finding &F);

  /// plan(), for the findings of one run in order: an edit an earlier
  /// finding's plan already makes (two labels of one read) is left out, so
  /// that a read is never guarded twice; a plan left with no edit says
  /// whose fix covers it. With \p StandAlone (clangd, which applies one
  /// fix at a time) a plan that shares only some edits keeps them all, so
  /// that applying it alone guards every read it needs.
  FixPlan planOnce(const engine::Finding &F, bool StandAlone = false);

  /// The unit's findings, before the first plan: the fix that guards a raw
  /// read where it is read checks that every use of it leads to one of
  /// their labels. Where the host traverses the whole translation unit
  /// (clang-tidy), this also narrows the AST's traversal scope, for as long
  /// as the builder lives, to the declarations the fixes may edit: the main
  /// file's and those holding a finding. The fixes look at the parents of
  /// those nodes only, and a parent map of every header costs more memory
  /// than the rest of the check (clangd narrows the scope to the main file
  /// itself).
  void setFindings(llvm::ArrayRef<engine::Finding> Findings);
  /// The plan at a site where the link may find a leak: never inside a
  /// template (the instantiations of other units are not known here).
  FixPlan planAtSite(const engine::Finding &F);

  /// The functions analysed in the translation unit: the instantiations a
  /// template's edit must be right for.
  void setAnalysed(llvm::ArrayRef<const FunctionDecl *> Functions);

  /// The bodies of the templates instantiated here that are defined outside
  /// the main file, once each (for the unit's summary: UnitSummary::Templates).
  std::vector<SourceRange> templateBodiesElsewhere() const;

  /// The template bodies other units instantiate from outside their main
  /// files (the project index's): no fix inside them.
  void setOtherUnitsTemplates(llvm::ArrayRef<engine::Edit> Bodies) {
    OtherUnitsTemplates = Bodies;
  }

  /// The include insertion IncludeInserter proposed, moved where it
  /// compiles: never inside an `extern "C" { }` block or a namespace (when the
  /// file's last include is in one, the include goes before that block), and
  /// ending in the file's own line ending (CRLF files stay CRLF).
  FixItHint placeInclude(FixItHint Include) const;

private:
  std::string objectPrefix(const MemberExpr *ME) const;
  bool editable(SourceRange R) const;
  bool needsCharPointer(const Expr *E);
  std::optional<std::string> matchedRouteReplacement(const engine::Finding &F,
                                                     const Expr *Read);
  const Expr *rawPartInside(const engine::Finding &F, const Expr *Read) const;
  bool readInOwner(const engine::Finding &F, const Expr *Read) const;
  void wrap(const Expr *E, llvm::StringRef Function, FixPlan &Plan);
  bool planAtRead(const engine::Finding &F, const Expr *Read, FixPlan &Plan);
  bool wrapCoReads(const Expr *Read, FixPlan &Plan);
  bool cutsKeepTheirText(const engine::Finding &F, const Expr *Read);
  FixPlan planOne(const engine::Finding &F, bool AcrossInstantiations);
  const Expr *readOf(const engine::Finding &F) const;
  std::string instantiationName(const FunctionDecl *FD) const;

  /// The analysed instantiations of templates, by where their body begins
  /// (every instantiation of one pattern keeps the pattern's locations).
  llvm::DenseMap<unsigned, llvm::SmallVector<const FunctionDecl *, 2>>
      Instantiations;
  llvm::ArrayRef<engine::Edit> OtherUnitsTemplates;

  engine::Context &C;
  ASTContext &Ctx;
  std::string Guard;   ///< "labelguard::route_label", as written in code
  std::string GuardNs; ///< "labelguard::"
  std::string Limiter; ///< empty: no limiter fix
  /// The label values reported in this unit (for planAtRead).
  llvm::SmallPtrSet<const Expr *, 16> Labels;
  /// The insertions planOnce has handed out, and the warning of each.
  std::map<std::pair<SourceLocation, std::string>, SourceLocation> Made;
  std::unique_ptr<ReadReach> Reach;
  /// The traversal scope to give back, when setFindings narrowed it.
  std::optional<std::vector<Decl *>> HostScope;
};

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_FIXBUILDER_H
