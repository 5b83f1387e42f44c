//===--- FunctionFlow.h - labelguard --------------------------------------===//
//
// The analysis of one function body: a forward, flow-sensitive data-flow
// over its CFG that tracks which places (locals, parameters, members, and
// fields of those) hold raw request data, evaluates calls against the
// summaries of the functions they call, and records sinks reached.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_FUNCTIONFLOW_H
#define LABELGUARD_CHECKS_FUNCTIONFLOW_H

#include "Taint.h"
#include "ValueFlow.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/CFG.h"
#include <map>
#include <optional>
#include <vector>

namespace clang::tidy::metrics {

class FunctionFlow {
public:
  FunctionFlow(ValueFlow &VF, const FunctionDecl *FD) : VF(VF), FD(FD) {}

  /// Analyses the body, updating the function's summary and, when the
  /// ValueFlow is reporting, its findings.
  void run();

private:
  /// A place: a root declaration (a variable, or ThisRoot) followed by the
  /// members or accessors read from it.
  using Place = std::vector<const void *>;
  using State = std::map<Place, TaintSet>;

  struct PlaceRef {
    Place Key;
    bool Element = false; ///< an element of a container, or through a pointer
  };

  // Evaluation: the value's taint; side effects go into the state.
  TaintSet eval(const Expr *E, State &S);
  TaintSet evalImpl(const Expr *E, State &S);
  TaintSet evalCall(const CallExpr *Call, State &S);
  TaintSet evalConstruct(const CXXConstructExpr *CE, State &S);
  TaintSet invokeCallable(const Expr *Call, llvm::ArrayRef<const Expr *> Args,
                          llvm::ArrayRef<TaintSet> ArgTaints, State &S);
  TaintSet evalMakeObject(const CallExpr *Call, const FunctionDecl *Callee,
                          llvm::ArrayRef<const Expr *> Args,
                          llvm::ArrayRef<TaintSet> ArgTaints, State &S);
  TaintSet evalMember(const MemberExpr *ME, State &S);
  TaintSet evalBase(const Expr *Base, State &S);
  TaintSet evalVariable(const ValueDecl *D, const Expr *Ref, State &S);
  TaintSet evalAssignment(const Expr *LHS, const Expr *RHS, bool Compound,
                          const Expr *Whole, State &S);
  TaintSet evalConditional(const AbstractConditionalOperator *CO, State &S);
  void evalLambda(const LambdaExpr *L, State &S);
  void evalStmt(const Stmt *St, State &S);

  /// Checks the label or name arguments of a sink call.
  void handleSink(const Expr *Call, const FunctionDecl *Callee,
                  llvm::ArrayRef<const Expr *> Args, const Entry &K,
                  State &S);
  bool isSinkCall(const Expr *E);
  void hit(const Expr *At, const TaintSet &T, SinkRole Role,
           const FlowStep &SinkNote);

  /// Applies the summary of \p Target to a call.
  TaintSet applySummary(const FunctionDecl *Target, const Expr *Call,
                        llvm::ArrayRef<const Expr *> Args,
                        llvm::ArrayRef<TaintSet> ArgTaints,
                        const Expr *Object, State &S);

  std::optional<PlaceRef> placeOf(const Expr *E, unsigned Depth = 0);
  /// The taint recorded for \p P, and whether anything was recorded.
  std::optional<TaintSet> read(const State &S, const Place &P) const;
  void write(State &S, const PlaceRef &P, const TaintSet &T);
  void refine(const Stmt *Cond, bool Edge, State &S);
  bool initFields(const VarDecl *VD, const InitListExpr *IL, State &S);

  static void merge(State &Into, const State &From);
  std::string calleeName(const FunctionDecl *Callee) const;
  std::string placeName(const Place &P) const;
  void finishSummary(const State &Exit);

  ValueFlow &VF;
  const FunctionDecl *FD;
  /// Variables that a lambda of this function captured by reference: the
  /// lambda sees what is stored into them later, too.
  llvm::DenseMap<const VarDecl *,
                 llvm::SmallVector<std::pair<const FunctionDecl *, SourceLocation>, 1>>
      RefCaptures;
  /// Guards against runaway recursion in deeply nested expressions.
  unsigned Depth = 0;
};

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_FUNCTIONFLOW_H
