//===--- engine/Keys.h - labelguard ---------------------------------------===//
//
// The stable names of functions and fields: their USRs
// (clang::index::generateUSRForDecl), which are the same in every
// translation unit that declares them. A function or field with internal
// linkage (static, an anonymous namespace, a lambda) is private to its
// translation unit: its key also names that unit's main file, so that two
// files' `static void record()` are never confused.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_KEYS_H
#define LABELGUARD_CHECKS_ENGINE_KEYS_H

#include "engine/FactStore.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::metrics::engine {

class Keys {
public:
  Keys(ASTContext &Ctx, FactStore &Store);

  /// The key of a function (its canonical declaration's).
  Symbol function(const FunctionDecl *FD);
  /// The key of a field (its canonical declaration's).
  Symbol field(const FieldDecl *FD);
  /// The name notes give a function: "record", a constructor's class, and
  /// the empty symbol for a lambda.
  Symbol displayName(const FunctionDecl *FD);

private:
  Symbol keyOf(const NamedDecl *D);

  FactStore &Store;
  std::string MainFile;
  llvm::DenseMap<const Decl *, Symbol> Cache;
};

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_KEYS_H
