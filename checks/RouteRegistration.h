//===--- RouteRegistration.h - labelguard ---------------------------------===//
//
// The second half of the cure: a label by the registered route is only as
// good as the routes registered. Where a unit declares its routes with
// literal patterns (knowledge: LABELGUARD_ROUTE_DECLARATION) and registers
// none with the guard by hand (LABELGUARD_ROUTE_REGISTRAR), the fix wraps
// each pattern in the framework's pass-through declarer, which registers it
// and returns it unchanged. A route macro that hands its literal to a
// template argument (CROW_ROUTE; knowledge: LABELGUARD_ROUTE_MACRO) is
// renamed to the guard's macro instead, which registers the rule it yields.
// A macro whose pattern argument becomes a call's argument (Drogon's
// ADD_METHOD_TO; knowledge: LABELGUARD_ROUTE_MACRO_ARG) gets its literal
// argument wrapped where the user wrote it. A function that routes every
// route of an object (Oat++'s addController; knowledge:
// LABELGUARD_ROUTE_OBJECT) gets that object wrapped where the user wrote
// it, in a pass-through that registers the routes the object carries.
// One change per declaration, and once a unit calls a declarer it registers
// by hand, so a second run adds nothing.
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

  /// The edits for every declaration whose pattern is a literal the fix can
  /// wrap (two insertions) or whose route macro it can rename (one
  /// replacement), in the order found.
  const std::vector<FixItHint> &edits() const { return Edits; }
  /// How many declarations those edits register, and how many of them are
  /// objects carrying routes rather than patterns.
  unsigned declarations() const { return Declarations; }
  unsigned objects() const { return Objects; }
  /// Where the first of those declarations is, and the declarer it uses.
  SourceLocation first() const { return First; }
  llvm::StringRef firstDeclarer() const { return FirstDeclarer; }

  /// The includes the edits need: each file with an edit, and the header
  /// to include there ("" for the guard's own header, which declares the
  /// declarers; a route macro's adapter header otherwise).
  llvm::ArrayRef<std::pair<FileID, std::string>> includes() const {
    return Includes;
  }

  void clear();

private:
  /// Wraps what is spelled at \p Range (a literal pattern, or an object
  /// carrying routes) in \p Declarer, of \p Header ("" for the guard's);
  /// false when it is not spelled in a file or was already wrapped.
  bool declare(CharSourceRange Range, llvm::StringRef Declarer,
               llvm::StringRef Header, const SourceManager &SM);
  /// Adds the last edit of the declaration at \p At, made with
  /// \p Declarer, whose file needs \p Header.
  void record(SourceLocation At, FixItHint Last, llvm::StringRef Declarer,
              llvm::StringRef Header, const SourceManager &SM);

  KnowledgeIndex &K;
  bool ByHand = false;
  unsigned Declarations = 0;
  unsigned Objects = 0;
  std::vector<FixItHint> Edits;
  std::vector<std::pair<FileID, std::string>> Includes;
  llvm::DenseSet<SourceLocation> Seen;
  SourceLocation First;
  std::string FirstDeclarer;
};

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_ROUTEREGISTRATION_H
