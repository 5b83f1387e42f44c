//===--- engine/Transfer.h - labelguard -----------------------------------===//
//
// What each expression and statement of one function does to the state:
// the value an expression evaluates to (its origins), and the places,
// summaries and findings its evaluation writes. Library semantics come from
// the knowledge tables; calls into analysed functions go through their
// summaries (CallSummaries.cpp).
//
// Transfer.cpp holds expressions, TransferStatements.cpp statements and
// conditions, TransferCalls.cpp calls and constructions, TransferLibrary.cpp
// the library's calls as the tables describe them, TransferSinks.cpp sinks,
// CallSummaries.cpp applying and finishing summaries.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_TRANSFER_H
#define LABELGUARD_CHECKS_ENGINE_TRANSFER_H

#include "engine/Context.h"
#include "engine/State.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <map>
#include <vector>

namespace clang::tidy::metrics::engine {

class Transfer {
public:
  Transfer(Context &C, const FunctionDecl *FD);

  /// The state on entry: parameters hold their symbolic origins, or raw
  /// data when a framework calls this lambda with request values.
  State entryState();

  /// The value of \p E; its side effects go into \p S.
  TaintSet eval(const Expr *E, State &S);
  /// A statement of the CFG (or of the structured walk).
  void evalStmt(const Stmt *St, State &S);
  /// A member initialiser of a constructor.
  void evalInitializer(const CXXCtorInitializer *Init, State &S);
  /// The state on the edge of \p Cond that is \p Edge.
  void refine(const Stmt *Cond, bool Edge, State &S);
  /// Records what the function does, from the state at its exit.
  void finish(const State &Exit);

  /// The findings of this analysis.
  std::vector<Finding> takeFindings() { return std::move(Findings); }

private:
  // Transfer.cpp
  TaintSet evalImpl(const Expr *E, State &S);
  TaintSet evalVariable(const ValueDecl *D, State &S);
  TaintSet evalMember(const MemberExpr *ME, State &S);
  TaintSet evalBase(const Expr *Base, State &S);
  TaintSet evalAssignment(const Expr *LHS, const Expr *RHS, bool Compound,
                          State &S);
  TaintSet evalConditional(const AbstractConditionalOperator *CO, State &S);
  TaintSet evalLambda(const LambdaExpr *L, State &S);
  /// Writes into a place; a lambda that captured its variable by reference
  /// sees the value too.
  void assign(const PlaceRef &P, const TaintSet &T, State &S);
  Step flowsInto(SourceLocation L, const Place &P);

  // TransferStatements.cpp
  void evalDecl(const VarDecl *VD, State &S);
  void evalReturn(const ReturnStmt *RS, State &S);
  bool initFields(const VarDecl *VD, const InitListExpr *IL, State &S);

  // TransferLibrary.cpp
  TaintSet evalLibraryCall(const CallExpr *Call, const FunctionDecl *Callee,
                           const Entry *K, const Expr *Object,
                           const TaintSet &ObjectTaint,
                           llvm::ArrayRef<const Expr *> Args,
                           llvm::ArrayRef<TaintSet> ArgTaints, State &S);
  TaintSet evalFactory(const CallExpr *Call, const FunctionDecl *Callee,
                       llvm::ArrayRef<const Expr *> Args,
                       llvm::ArrayRef<TaintSet> ArgTaints, State &S);

  // TransferSinks.cpp
  void handleSink(const Expr *Call, const FunctionDecl *Callee,
                  llvm::ArrayRef<const Expr *> Args, const Entry &K, State &S);
  bool isSinkCall(const Expr *E);
  void hit(const Expr *At, const TaintSet &T, SinkRole Role,
           const Step &SinkStep);

  // TransferCalls.cpp
  TaintSet evalCall(const CallExpr *Call, State &S);
  TaintSet evalConstruct(const CXXConstructExpr *CE, State &S);
  TaintSet readSource(const Expr *Read, SourceKind Kind, const NamedDecl *D);
  TaintSet callCallables(const TaintSet &Callee, const Expr *Call,
                         llvm::ArrayRef<const Expr *> Args,
                         llvm::ArrayRef<TaintSet> ArgTaints, State &S);
  /// A call into another translation unit (or through a member's callables
  /// when \p Field is set), recorded for the link; returns the symbolic
  /// value of its result.
  TaintSet recordExternalCall(const Expr *Call, const FunctionDecl *Callee,
                              Symbol Field, llvm::ArrayRef<const Expr *> Args,
                              llvm::ArrayRef<TaintSet> ArgTaints, State &S,
                              llvm::ArrayRef<CallTarget> Applied);
  /// The report site of \p E in this function.
  int siteOf(const Expr *E);

public:
  // CallSummaries.cpp (used by the calls above).

  /// Applies the summary of \p Target to a call: raw arguments for
  /// parameters that reach a sink are findings here (or sinks of this
  /// function's own parameters); out-parameters, the object's members and
  /// the callables the callee calls get their values; returns the value.
  TaintSet applySummary(const CallTarget &Target, const Expr *Call,
                        llvm::ArrayRef<const Expr *> Args,
                        llvm::ArrayRef<TaintSet> ArgTaints, const Expr *Object,
                        State &S);
  /// Reports (or records) \p O reaching a sink along \p Path, at \p At
  /// (TransferSinks.cpp).
  void reachSink(const Expr *At, Origin O, const SinkPath &Path);

private:
  TaintSet substituteReturn(const FunctionSummary &Sum, const Expr *Call,
                            llvm::ArrayRef<TaintSet> ArgTaints,
                            llvm::ArrayRef<const Expr *> Args);
  /// Records the members of a returned struct one by one, if the state
  /// tells them apart; false when it does not.
  bool recordReturnFields(const Expr *Value, State &S);
  const std::map<Symbol, TaintSet, SymbolLess> *callFields(const Expr *E);
  const NamedDecl *fieldNamed(const CXXRecordDecl *RD, Symbol Key);

  Context &C;
  const FunctionDecl *FD;
  const Symbol Fn;
  /// Variables that a lambda of this function captured by reference: the
  /// lambda sees what is stored into them later, too.
  llvm::DenseMap<const VarDecl *,
                 llvm::SmallVector<std::pair<Symbol, SourceLocation>, 1>>
      RefCaptures;
  /// The members of the structs that calls returned, where the callee
  /// told them apart (keyed by the call expression).
  llvm::DenseMap<const Expr *, std::map<Symbol, TaintSet, SymbolLess>>
      CallFields;
  std::vector<Finding> Findings;
  // What the link needs (when RecordExternalCalls): by call number, the
  // calls into other units; the sinks their results reach; report sites.
  std::vector<ExternalCall> Calls;
  std::vector<ResultSink> ResultSinks;
  std::vector<std::pair<Symbol, ResultSink>> FieldSinkSites;
  std::vector<GuardedFinding> GuardedFindings;
  std::vector<ReportSite> Sites;
  llvm::DenseMap<const Expr *, int> SiteIds;
  llvm::DenseSet<std::pair<unsigned, unsigned>> Reported;
  /// Guards against runaway recursion in deeply nested expressions.
  unsigned Depth = 0;
};

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_TRANSFER_H
