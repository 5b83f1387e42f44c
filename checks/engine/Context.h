//===--- engine/Context.h - labelguard ------------------------------------===//
//
// What every part of one translation unit's analysis shares: the AST, the
// knowledge, the fact store and the keys, and the shape of the program (which
// functions have a body here, which methods override which).
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_CONTEXT_H
#define LABELGUARD_CHECKS_ENGINE_CONTEXT_H

#include "engine/FactStore.h"
#include "engine/Keys.h"
#include "knowledge/Knowledge.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::metrics::engine {

/// A function a call may run: its key, and its definition when the body is
/// in this translation unit (null when its summary comes from elsewhere).
struct CallTarget {
  Symbol Key;
  const FunctionDecl *Definition = nullptr;
};

class Context {
public:
  Context(ASTContext &AST, const Knowledge &K, FactStore &Store,
          unsigned ReportKinds)
      : AST(AST), Index(K), Store(Store), Keys(AST, Store),
        ReportKinds(ReportKinds) {}

  ASTContext &AST;
  KnowledgeIndex Index;
  FactStore &Store;
  engine::Keys Keys;
  /// One bit per SourceKind that is reported.
  const unsigned ReportKinds;

  /// Registers the definitions analysed in this translation unit.
  void addDefinition(const FunctionDecl *FD);
  /// The definition analysed here for \p FD's function, or null.
  const FunctionDecl *definition(const FunctionDecl *FD) const;

  /// The functions a call to \p Callee may run that have a summary (here or
  /// imported): itself and, for a virtual method, every overrider known.
  llvm::SmallVector<CallTarget, 2> callTargets(const FunctionDecl *Callee);
  /// The same for a function known by its key only (a callable's target).
  llvm::SmallVector<CallTarget, 2> callTargets(Symbol Key);

  /// The request accessor expression read at \p L, recorded when its origin
  /// was made (for the fix builder; never part of a summary).
  void recordRead(SourceLocation L, const Expr *E, Symbol Name) {
    Reads.try_emplace(L, std::make_pair(E, Name));
  }
  const Expr *readAt(const Loc &L) const;
  /// Every read recorded: where, what expression, what name.
  const llvm::DenseMap<SourceLocation, std::pair<const Expr *, Symbol>> &
  reads() const {
    return Reads;
  }
  /// The definition analysed here of the function with key \p Key.
  const FunctionDecl *definitionOf(Symbol Key) const {
    return DefinitionOfKey.lookup(Key.data());
  }
  /// A function named as a value here (a callable origin's key), and its
  /// declaration: a call through the value may run a body of another unit.
  Symbol functionValue(const FunctionDecl *FD) {
    Symbol Key = Keys.function(FD);
    FunctionOfKey.try_emplace(Key.data(), FD);
    return Key;
  }
  const FunctionDecl *functionOf(Symbol Key) const {
    return FunctionOfKey.lookup(Key.data());
  }

  /// The knowledge name of \p D, as the tables spell it ("::ns::C::m").
  Symbol tableName(const NamedDecl *D);

  /// Whether calls into functions whose bodies are elsewhere are recorded
  /// for the link (when a summary file is written).
  bool RecordExternalCalls = false;
  /// The number of the call \p E in its function: stable across the
  /// function's analyses.
  unsigned callId(Symbol Function, const Expr *E);
  /// A user function without a body here, that no table describes: what a
  /// summary from another translation unit may tell.
  bool isExternalUserFunction(const FunctionDecl *FD);

private:
  llvm::DenseMap<const FunctionDecl *, const FunctionDecl *> Definitions;
  llvm::DenseMap<const char *, const FunctionDecl *> DefinitionOfKey;
  llvm::DenseMap<const char *, const FunctionDecl *> FunctionOfKey;
  llvm::DenseMap<const CXXMethodDecl *,
                 llvm::SmallVector<const CXXMethodDecl *, 2>>
      Overriders;
  llvm::DenseMap<SourceLocation, std::pair<const Expr *, Symbol>> Reads;
  llvm::DenseMap<const NamedDecl *, Symbol> Names;
  llvm::DenseMap<const Expr *, unsigned> CallIds;
  llvm::DenseMap<const char *, unsigned> NextCallId;
};

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_CONTEXT_H
