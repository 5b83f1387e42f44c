//===--- HighCardinalityLabelCheck.cpp - labelguard -----------------------===//

#include "HighCardinalityLabelCheck.h"
#include "DeclNames.h"
#include "ValueFlow.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::metrics {

namespace {
// The label argument is usually a braced list that the AST turns into a
// std::map (or vector, or initializer_list) built from pairs. The values the
// user wrote are the leaves of that construction; each leaf is judged, and
// reported, on its own.
void collectLeaves(const Expr *E, llvm::SmallVectorImpl<const Expr *> &Out) {
  E = ignoreValueWrappers(E);
  if (const auto *IL = dyn_cast<InitListExpr>(E)) {
    for (const Expr *Init : IL->inits())
      collectLeaves(Init, Out);
    return;
  }
  if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E)) {
    collectLeaves(SIL->getSubExpr(), Out);
    return;
  }
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
      CE && !isStringLike(CE->getType())) {
    for (const Expr *Arg : CE->arguments())
      if (!isa<CXXDefaultArgExpr>(Arg))
        collectLeaves(Arg, Out);
    return;
  }
  Out.push_back(E);
}

// Argument N as the table counts it: the object of a member operator call is
// not one of the callee's parameters.
const Expr *sinkArgument(const CallExpr *Call, unsigned N) {
  if (isa<CXXOperatorCallExpr>(Call) &&
      isa_and_nonnull<CXXMethodDecl>(Call->getDirectCallee()))
    ++N;
  return N < Call->getNumArgs() ? Call->getArg(N) : nullptr;
}

SourceLocation calleeLocation(const CallExpr *Call) {
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
    if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()))
      return ME->getMemberLoc();
  return Call->getExprLoc();
}
} // namespace

HighCardinalityLabelCheck::HighCardinalityLabelCheck(StringRef Name,
                                                     ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Known(Knowledge::builtin()) {}

void HighCardinalityLabelCheck::registerMatchers(MatchFinder *Finder) {
  // The base-name filter is cheap; check() then compares the full name.
  auto SinkCallee = functionDecl(hasAnyName(Known.sinkBaseNames()));
  Finder->addMatcher(callExpr(callee(SinkCallee)).bind("sink"), this);
}

void HighCardinalityLabelCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("sink");
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || Call->containsErrors())
    return;
  const std::string SinkName = tableName(Callee);
  std::optional<SinkInfo> Sink = Known.sink(SinkName);
  if (!Sink)
    return;
  const Expr *Arg = sinkArgument(Call, Sink->Arg);
  if (!Arg)
    return;

  llvm::SmallVector<const Expr *, 8> Leaves;
  collectLeaves(Arg, Leaves);
  ValueFlow Flow(Known);
  for (const Expr *Leaf : Leaves) {
    std::optional<Origin> O = Flow.trace(Leaf);
    if (!O)
      continue;
    if (Sink->Role == SinkRole::Label)
      diag(Leaf->getBeginLoc(), "metric label value comes from %0; every "
                                "distinct value becomes a new time series")
          << describe(O->Kind) << Leaf->getSourceRange();
    else
      diag(Leaf->getBeginLoc(), "metric name is built from %0; every distinct "
                                "value becomes a new metric")
          << describe(O->Kind) << Leaf->getSourceRange();
    // The read needs no note of its own when it is the reported expression.
    for (const FlowStep &Step : O->Steps)
      if (Step.Loc != Leaf->getBeginLoc())
        diag(Step.Loc, Step.Note, DiagnosticIDs::Note);
    diag(calleeLocation(Call), "reaches the %select{label|name}0 of '%1' here",
         DiagnosticIDs::Note)
        << (Sink->Role == SinkRole::Name) << StringRef(SinkName).drop_front(2);
  }
}

} // namespace clang::tidy::metrics
