//===--- ReadReach.h - labelguard -----------------------------------------===//
//
// Where the value read at one place goes, for the fix that guards the raw
// value where it is read. Wrapping a read changes the value for every use
// downstream of it, so the fix may do it only when each of those uses leads
// to a reported label, through nothing but copies into locals, members and
// returned values, and cuts of the text at its own positions (substr,
// remove_prefix, find): no comparison, routing, response, log or other call
// sees the value. A cut of the route template at the template's own
// positions is a part of the template, so the label stays meaningful.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_READREACH_H
#define LABELGUARD_CHECKS_READREACH_H

#include "knowledge/Knowledge.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::metrics {

/// Decides whether every use of the text read at one place leads to a label.
///
/// The rule, as the check's documentation states it:
/// - the read, and every declaration the value passes through, is in the
///   main file, outside macros and templates;
/// - a local variable it initialises (or is assigned to) is a string type,
///   not captured by a lambda, and each of its uses is again such a use;
/// - a member it is stored in belongs to a class no other translation unit
///   can see (defined in the main file), that no structured binding takes
///   apart; each read of the member (copies by the implicit copy and move
///   members aside) is again such a use;
/// - a key it inserts (operator[], try_emplace, emplace) into a map (a
///   class with a key_type and a mapped_type) that is a local of the
///   function or a member as above: every use of that map in the unit is
///   an insertion whose key is the followed text or a string literal (the
///   mapped value free; try_emplace's result discarded or used for the
///   mapped value), a range-for whose key (the structured binding, `.first`)
///   is again such a use and whose mapped value is free, `clear()`, or the
///   implicit copy and move members. A lookup, `size()`, a call given the
///   map, a capture stop the fix: the keys they see would change;
/// - a value returned is returned by a function no other unit can call
///   (internal linkage) whose every use here is a direct call;
/// - a cut (substr, remove_prefix, remove_suffix) takes positions made of
///   constants and positions measured in the same text (find, size); those
///   positions are used for such cuts only, or compared to choose between
///   such cuts;
/// - where a cut starts (substr's position, the count remove_prefix and
///   remove_suffix drop) is within every text the guard answers, the
///   unregistered value's included: 0, one past a position found in the
///   whole text (npos + 1 is 0), or 1 on the whole text, which is never
///   empty; any other start may throw or run past the end;
/// - the read is of an owning string type, whose place the guard's answer
///   (a `const std::string &`) takes without changing what the code can do
///   with it, and no `decltype(auto)` declaration takes its type;
/// - anything else (a comparison of the text, a call, an argument, a
///   response, a stream) stops the fix.
class ReadReach {
public:
  ReadReach(ASTContext &Ctx, KnowledgeIndex &K);

  /// True when every use of the value \p Read yields ends in an expression
  /// for which \p IsLabel is true.
  bool onlyReachesLabels(const Expr *Read,
                         llvm::function_ref<bool(const Expr *)> IsLabel);

  /// True when \p E's value is text derived from the read being followed
  /// only (for the cuts a label expression makes itself).
  bool isChainText(const Expr *E) const;
  /// True when \p E is a position made only of constants and positions
  /// measured in the text being followed (or in another read of the same
  /// raw value, a co-read; a local position's every use is followed).
  bool isChainPosition(const Expr *E);
  /// The other reads of the same raw value whose text is only measured (or
  /// chosen instead of the followed one): the fix guards them too, so that
  /// the positions are positions in the guard's answer.
  llvm::ArrayRef<const Expr *> coReads() const { return CoReads; }
  /// Within one expression: true when every cut between \p Read and
  /// \p Label (its ancestor) cuts at constants or at positions measured in
  /// the read itself; `req.url.substr(0, req.url.find('?'))` cuts at a
  /// position of another read, which the guard's answer does not share.
  bool cutsKeepTheirText(const Expr *Read, const Expr *Label);
  /// True when the last walk (onlyReachesLabels, cutsKeepTheirText) let a
  /// cut through: the unregistered value is cut too.
  bool cuts() const { return Cuts; }
  /// True when the last onlyReachesLabels let the text become a map's key:
  /// the map then keeps one entry per route.
  bool keys() const { return !Keyed.empty(); }
  /// True when the guard's answer can stand where a value of type \p T was
  /// read: an owning string of `char` (a view would become a string, with
  /// other members).
  bool guardKeepsType(QualType T) const;

  /// The scope the index of references covers, when wider than the AST's
  /// traversal scope (the parent map's): references anywhere count, a
  /// header template's instantiation included.
  void setIndexScope(std::vector<Decl *> Scope) {
    IndexScope = std::move(Scope);
  }

  /// The function whose body holds \p S (a lambda's call operator), or null.
  const FunctionDecl *enclosingFunction(const Stmt *S) const;

private:
  bool text(const Expr *E);
  bool position(const Expr *E);
  bool variable(const VarDecl *V);
  bool positionVariable(const VarDecl *V);
  bool member(const FieldDecl *M);
  bool returned(const FunctionDecl *FD);
  bool isKeyedMap(QualType T) const;
  bool inserted(const Expr *Container);
  bool keyed(const ValueDecl *D);
  bool containerUse(const Expr *R);
  bool insertionKey(const Expr *Key);
  bool insertionResultFree(const Expr *Call) const;
  bool onlyWritten(const Expr *Entry) const;
  bool unused(const Stmt *Node, const Stmt *&P) const;
  bool element(const VarDecl *Loop);
  const CXXForRangeStmt *rangeOver(const Stmt *Node) const;
  bool memberCall(const CXXMemberCallExpr *Call, const Expr *&Next, bool &Done);
  bool cutArguments(const CXXMemberCallExpr *Call);
  bool startsWithin(const Expr *Pos, const Expr *Object, const Stmt *Cut,
                    unsigned Depth = 0);
  bool located(const Expr *E, unsigned Depth = 0);
  bool whole(const Expr *E, const Stmt *Except, unsigned Depth = 0);
  bool chainUpdate(const Stmt *S);
  bool coRead(const Expr *E) const;
  bool coReadsOnlyMeasured() const;
  bool decides(const Expr *Comparison);
  bool isStringClass(QualType T) const;
  bool inMainFile(SourceLocation L) const;
  const Stmt *parent(const Stmt *S) const;
  const Expr *strip(const Expr *E) const;
  bool isAssignmentTo(const Stmt *P, const Expr *LHS, const Expr *&RHS) const;
  void index();
  void reset(const Expr *Read);

  ASTContext &Ctx;
  KnowledgeIndex &K;
  llvm::function_ref<bool(const Expr *)> IsLabel;
  const Expr *Root = nullptr;
  /// Variables, members and functions the followed text passes through.
  llvm::SmallPtrSet<const Decl *, 8> Chain;
  /// Maps whose keys it becomes.
  llvm::SmallPtrSet<const Decl *, 2> Keyed;
  /// Local variables holding positions in it.
  llvm::SmallPtrSet<const Decl *, 4> Positions;
  llvm::SmallPtrSet<const Stmt *, 16> Visited;
  unsigned Steps = 0;
  bool Cuts = false;
  mutable llvm::SmallVector<const Expr *, 2> CoReads;

  /// Every reference in the unit to a declaration of the main file, and the
  /// classes structured bindings take apart: built once, on first need.
  bool Indexed = false;
  std::vector<Decl *> IndexScope;
  llvm::DenseMap<const Decl *, llvm::SmallVector<const Expr *, 4>> Refs;
  llvm::SmallPtrSet<const Decl *, 4> Decomposed;
};

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_READREACH_H
