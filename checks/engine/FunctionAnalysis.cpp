//===--- engine/FunctionAnalysis.cpp - labelguard -------------------------===//

#include "engine/FunctionAnalysis.h"
#include "engine/Transfer.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"

namespace clang::tidy::metrics::engine {

namespace {

// A block is re-analysed when its input changes; loops converge long before
// this, and a pathological CFG stops here.
constexpr unsigned MaxVisitsPerBlock = 8;
// Functions larger than this are not analysed (bounded work per function).
constexpr unsigned MaxBlocks = 20000;
// The structured walk does not follow statements nested deeper than this.
constexpr unsigned MaxWalkDepth = 256;

bool runCFG(Transfer &T, const FunctionDecl *FD, ASTContext &AST) {
  CFG::BuildOptions Options;
  Options.AddInitializers = true;
  Options.AddCXXDefaultInitExprInCtors = true;
  std::unique_ptr<CFG> Graph =
      CFG::buildCFG(FD, const_cast<Stmt *>(FD->getBody()), &AST, Options);
  if (!Graph)
    return false;
  if (Graph->getNumBlockIDs() > MaxBlocks)
    return true; // analysed as far as the bound allows: nothing

  State Entry = T.entryState();
  std::vector<std::optional<State>> Out(Graph->getNumBlockIDs());
  std::vector<unsigned> Visits(Graph->getNumBlockIDs(), 0);
  PostOrderCFGView POV(Graph.get());
  bool Changed = true;
  while (Changed) {
    Changed = false;
    for (const CFGBlock *Block : POV) {
      if (!Block)
        continue;
      std::optional<State> In;
      if (Block == &Graph->getEntry())
        In = Entry;
      for (auto I = Block->pred_begin(), E = Block->pred_end(); I != E; ++I) {
        const CFGBlock *Pred = I->getReachableBlock();
        if (!Pred || !Out[Pred->getBlockID()])
          continue;
        State Edge = *Out[Pred->getBlockID()];
        // Which edge of the predecessor's branch leads here.
        if (Pred->succ_size() == 2 && Pred->getTerminatorCondition()) {
          bool IsTrueEdge = *Pred->succ_begin() == Block;
          bool IsFalseEdge = *(Pred->succ_begin() + 1) == Block;
          if (IsTrueEdge != IsFalseEdge)
            T.refine(Pred->getTerminatorCondition(), IsTrueEdge, Edge);
        }
        if (!In)
          In = std::move(Edge);
        else
          In->join(Edge);
      }
      if (!In)
        continue;
      unsigned ID = Block->getBlockID();
      if (Visits[ID] >= MaxVisitsPerBlock)
        continue;
      ++Visits[ID];
      State S = std::move(*In);
      for (const CFGElement &Element : *Block) {
        if (std::optional<CFGStmt> CS = Element.getAs<CFGStmt>())
          T.evalStmt(CS->getStmt(), S);
        else if (std::optional<CFGInitializer> CI =
                     Element.getAs<CFGInitializer>())
          T.evalInitializer(CI->getInitializer(), S);
      }
      if (!Out[ID] || *Out[ID] != S) {
        Out[ID] = std::move(S);
        Changed = true;
      }
    }
  }
  if (const std::optional<State> &Exit = Out[Graph->getExit().getBlockID()])
    T.finish(*Exit);
  return true;
}

/// The fallback: statements in order, both arms of a branch joined, loop
/// bodies twice. Less precise than the CFG (no early exits), never silent.
class StructuredWalk {
public:
  explicit StructuredWalk(Transfer &T) : T(T) {}

  void walk(const Stmt *St, State &S, unsigned Depth = 0) {
    if (!St || Depth > MaxWalkDepth)
      return;
    if (const auto *If = dyn_cast<IfStmt>(St)) {
      // if consteval: at run time only the other arm runs.
      if (If->isConsteval()) {
        walk(If->isNegatedConsteval() ? If->getThen() : If->getElse(), S,
             Depth + 1);
        return;
      }
      walk(If->getInit(), S, Depth + 1);
      if (const DeclStmt *CondVar = If->getConditionVariableDeclStmt())
        T.evalStmt(CondVar, S);
      T.eval(If->getCond(), S);
      State Then = S, Else = S;
      T.refine(If->getCond(), true, Then);
      T.refine(If->getCond(), false, Else);
      walk(If->getThen(), Then, Depth + 1);
      walk(If->getElse(), Else, Depth + 1);
      Then.join(Else);
      S = std::move(Then);
      return;
    }
    if (isa<WhileStmt, ForStmt, DoStmt, CXXForRangeStmt, SwitchStmt>(St)) {
      // Heads first (a range-for's range, a for's init), then the body
      // twice: what one iteration stores, the next reads.
      State Before = S;
      for (int Round = 0; Round < 2; ++Round)
        for (const Stmt *Child : St->children())
          walk(Child, S, Depth + 1);
      S.join(Before);
      return;
    }
    if (isa<DeclStmt, ReturnStmt, Expr>(St)) {
      T.evalStmt(St, S);
      return;
    }
    for (const Stmt *Child : St->children())
      walk(Child, S, Depth + 1);
  }

private:
  Transfer &T;
};

} // namespace

std::vector<Finding> analyzeFunction(Context &C, const FunctionDecl *FD) {
  if (!FD->getBody())
    return {};
  Transfer T(C, FD);
  if (!runCFG(T, FD, C.AST)) {
    State S = T.entryState();
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        T.evalInitializer(Init, S);
    StructuredWalk(T).walk(FD->getBody(), S);
    T.finish(S);
  }
  return T.takeFindings();
}

} // namespace clang::tidy::metrics::engine
