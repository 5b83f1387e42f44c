//===--- ValueFlow.h - labelguard -----------------------------------------===//
//
// The translation-unit-wide analysis: every function with a body in user code
// is analysed on its own (FunctionFlow) into a summary; summaries, members
// and lambda captures connect them; the whole is iterated until nothing new
// is learned, then one more pass reports.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_VALUEFLOW_H
#define LABELGUARD_CHECKS_VALUEFLOW_H

#include "Knowledge.h"
#include "Taint.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SetVector.h"
#include <map>
#include <unordered_map>
#include <optional>
#include <vector>

namespace clang::tidy::metrics {

/// The path from some input of a function to a metric sink, notes included.
struct SinkPath {
  SinkRole Role;
  Trail Steps; ///< ends with the "reaches the label of ... here" note
};

/// What a function does with its inputs, as far as raw data is concerned.
struct Summary {
  /// Parameters whose value reaches a sink inside (or below) the function.
  llvm::DenseMap<const ParmVarDecl *, SinkPath> ParamSinks;
  /// Where the returned value's raw data can come from.
  TaintSet Return;
  /// What the function leaves in its reference and pointer parameters.
  llvm::DenseMap<const ParmVarDecl *, TaintSet> OutParams;
  /// What it stores in members of its own object.
  llvm::DenseMap<const FieldDecl *, TaintSet> FieldWrites;
  /// The parameter this bool function tests for membership in a set of
  /// registered values, or -1 (see Guards.h); computed lazily.
  std::optional<int> MembershipParam;
};

/// A leak to report.
struct Finding {
  const Expr *Reported; ///< the value, where the warning goes
  SourceKind Kind;
  SinkRole Role;
  Trail Steps;                  ///< every note, in order
  const Expr *Read = nullptr;   ///< the request accessor the data came from
  bool Transformed = false;     ///< the text was changed on the way
  const FunctionDecl *Owner = nullptr; ///< the function \c Reported is in
};

class ValueFlow {
public:
  /// \p ReportKinds has one bit per SourceKind that is reported: a value
  /// made of a reported and an unreported source (method + " " + path) is
  /// reported for the former.
  ValueFlow(const Knowledge &K, ASTContext &Ctx, unsigned ReportKinds)
      : Index(K), Ctx(Ctx), ReportKinds(ReportKinds) {}

  /// Analyses \p Functions (definitions in user code, lambdas' call
  /// operators included) and returns the findings, ordered by location.
  std::vector<Finding> run(llvm::ArrayRef<const FunctionDecl *> Functions);

  // --- Used by FunctionFlow -------------------------------------------------
  KnowledgeIndex Index;
  ASTContext &Ctx;

  /// tableName(D), computed once per declaration: every call asks.
  const std::string &name(const NamedDecl *D);

  bool isAnalysed(const FunctionDecl *FD) const {
    return Analysed.count(FD->getCanonicalDecl());
  }
  /// The summary of an analysed function (the canonical declaration's).
  Summary &summary(const FunctionDecl *FD) {
    return Summaries[FD->getCanonicalDecl()];
  }
  /// The definitions that a call to \p MD may run: itself and, for a virtual
  /// method, every overrider defined in the translation unit.
  llvm::SmallVector<const FunctionDecl *, 2>
  callTargets(const FunctionDecl *Callee);

  int membershipParameter(const FunctionDecl *FD);

  void addParamSink(const ParmVarDecl *P, SinkPath Path);
  void addFieldSink(const FieldDecl *F, SinkPath Path);
  void addFieldTaint(const FieldDecl *F, const TaintSet &T);
  void addCapture(const FunctionDecl *CallOperator, const VarDecl *V,
                  const TaintSet &T);
  void addHandlerLambda(const FunctionDecl *CallOperator, SourceKind K);
  void addFinding(Finding F);
  void noteChange() { Changed = true; }

  const SinkPath *fieldSink(const FieldDecl *F) const;
  const TaintSet *fieldTaint(const FieldDecl *F) const;
  const TaintSet *capture(const FunctionDecl *CallOperator,
                          const VarDecl *V) const;
  std::optional<SourceKind> handlerLambda(const FunctionDecl *CallOperator) const;

  bool reporting() const { return Reporting; }

private:
  llvm::DenseMap<const FunctionDecl *, Summary> Summaries;
  llvm::DenseSet<const FunctionDecl *> Analysed;
  llvm::DenseMap<const FieldDecl *, SinkPath> FieldSinks;
  llvm::DenseMap<const FieldDecl *, TaintSet> FieldTaints;
  std::map<std::pair<const FunctionDecl *, const VarDecl *>, TaintSet> Captures;
  llvm::DenseMap<const FunctionDecl *, SourceKind> HandlerLambdas;
  llvm::DenseMap<const CXXMethodDecl *, llvm::SmallVector<const CXXMethodDecl *, 2>>
      Overriders;
  std::vector<Finding> Findings;
  // Node-based, so the references name() hands out stay valid.
  std::unordered_map<const NamedDecl *, std::string> Names;
  bool Changed = false;
  bool Reporting = false;
  unsigned ReportKinds;
  llvm::DenseSet<std::pair<unsigned, unsigned>> Reported;
};

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_VALUEFLOW_H
