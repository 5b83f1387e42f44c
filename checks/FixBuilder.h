//===--- FixBuilder.h - labelguard ----------------------------------------===//
//
// Turns a finding into the edit that cures it: the raw path or target is
// routed through the guard (or the framework's own matched-route accessor),
// at the reported place, so that code shared with bounded callers is never
// rewritten for them. Where no edit is right, a note says what to do.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_FIXBUILDER_H
#define LABELGUARD_CHECKS_FIXBUILDER_H

#include "ValueFlow.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include <string>
#include <vector>

namespace clang::tidy::metrics {

struct FixPlan {
  /// The edits; empty when there is no automatic fix.
  std::vector<FixItHint> Edits;
  /// Where the note below goes.
  SourceLocation NoteLoc;
  /// What the fix needs at start-up, or why there is no fix.
  std::string Note;
};

class FixBuilder {
public:
  /// \p GuardFunction and \p LimiterFunction are qualified names
  /// ("::labelguard::route_label"); an empty LimiterFunction offers no
  /// limiter fix.
  FixBuilder(ASTContext &Ctx, llvm::StringRef GuardFunction,
             llvm::StringRef LimiterFunction);

  FixPlan plan(const Finding &F);

  /// The include insertion IncludeInserter proposed, moved where it
  /// compiles: never inside an `extern "C" { }` block or a namespace (when the
  /// file's last include is in one, the include goes before that block), and
  /// ending in the file's own line ending (CRLF files stay CRLF).
  FixItHint placeInclude(FixItHint Include) const;

private:
  std::string text(SourceRange R) const;
  std::string objectPrefix(const MemberExpr *ME) const;
  bool editable(SourceRange R) const;
  bool needsCharPointer(const Expr *E);
  std::optional<std::string> matchedRouteReplacement(const Finding &F);
  const Expr *rawPartInside(const Finding &F) const;
  bool readInOwner(const Finding &F) const;
  std::string registrationNote(const Finding &F) const;
  void wrap(const Expr *E, llvm::StringRef Function, FixPlan &Plan);

  ASTContext &Ctx;
  std::string Guard;     ///< "labelguard::route_label", as written in code
  std::string GuardNs;   ///< "labelguard::"
  std::string Limiter;   ///< empty: no limiter fix
};

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_FIXBUILDER_H
