//===--- RouteRegistration.h - labelguard ---------------------------------===//
//
// The second half of the cure: a label by the registered route is only as
// good as the routes registered. Where a unit declares its routes with
// literal patterns (knowledge: LABELGUARD_ROUTE_DECLARATION) and registers
// none with the guard by hand (LABELGUARD_ROUTE_REGISTRAR), the fix wraps
// each pattern in the framework's pass-through declarer, which registers it
// and returns it unchanged: one edit per declaration, and once a unit calls
// a declarer it registers by hand, so a second run adds nothing.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ROUTEREGISTRATION_H
#define LABELGUARD_CHECKS_ROUTEREGISTRATION_H

#include "knowledge/Knowledge.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/DenseSet.h"
#include <string>
#include <vector>

namespace clang::tidy::metrics {

class RouteRegistration {
public:
  explicit RouteRegistration(KnowledgeIndex &K) : K(K) {}

  /// A call the matcher found to a route declaration or a registrar (a
  /// CallExpr or a CXXConstructExpr).
  void add(const Expr *Call, ASTContext &Ctx);

  /// The unit registers routes with the guard itself.
  bool registersByHand() const { return ByHand; }

  /// One edit per declaration whose pattern is a literal the fix can wrap,
  /// in source order; none when the unit registers by hand.
  const std::vector<FixItHint> &edits() const { return Edits; }
  /// Where the first of those declarations is, and the declarer it uses.
  SourceLocation first() const { return First; }
  llvm::StringRef firstDeclarer() const { return FirstDeclarer; }

  /// The files the edits are in (each needs the guard's include).
  std::vector<FileID> files(const SourceManager &SM) const;

  void clear();

private:
  KnowledgeIndex &K;
  bool ByHand = false;
  std::vector<FixItHint> Edits;
  llvm::DenseSet<SourceLocation> Seen;
  SourceLocation First;
  std::string FirstDeclarer;
};

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_ROUTEREGISTRATION_H
