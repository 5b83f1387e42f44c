//===--- engine/Context.cpp - labelguard ----------------------------------===//

#include "engine/Context.h"
#include "knowledge/DeclNames.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::metrics::engine {

void Context::addDefinition(const FunctionDecl *FD) {
  Definitions[FD->getCanonicalDecl()] = FD;
  DefinitionOfKey[Keys.function(FD).data()] = FD;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    for (const CXXMethodDecl *Base : MD->overridden_methods())
      Overriders[cast<CXXMethodDecl>(Base->getCanonicalDecl())].push_back(MD);
}

const FunctionDecl *Context::definition(const FunctionDecl *FD) const {
  return Definitions.lookup(FD->getCanonicalDecl());
}

llvm::SmallVector<CallTarget, 2>
Context::callTargets(const FunctionDecl *Callee) {
  llvm::SmallVector<CallTarget, 2> Targets;
  llvm::SmallVector<const FunctionDecl *, 4> Work{Callee};
  llvm::SmallPtrSet<const FunctionDecl *, 4> Seen;
  llvm::SmallPtrSet<const char *, 4> SeenKeys;
  while (!Work.empty()) {
    const FunctionDecl *FD = Work.pop_back_val();
    if (!Seen.insert(FD->getCanonicalDecl()).second)
      continue;
    Symbol Key = Keys.function(FD);
    if (Store.summary(Key) && SeenKeys.insert(Key.data()).second)
      Targets.push_back({Key, definition(FD)});
    const auto *MD = dyn_cast<CXXMethodDecl>(FD);
    if (!MD || !MD->isVirtual())
      continue;
    auto It = Overriders.find(cast<CXXMethodDecl>(MD->getCanonicalDecl()));
    if (It != Overriders.end())
      Work.append(It->second.begin(), It->second.end());
    // Overriders whose bodies are in other translation units.
    if (const ImportedFacts *I = Store.imported())
      for (Symbol Imported : I->overriders(Key)) {
        Symbol Over = Store.intern(Imported);
        if (SeenKeys.insert(Over.data()).second && Store.summary(Over))
          Targets.push_back({Over, DefinitionOfKey.lookup(Over.data())});
      }
  }
  return Targets;
}

llvm::SmallVector<CallTarget, 2> Context::callTargets(Symbol Key) {
  if (const FunctionDecl *Def = DefinitionOfKey.lookup(Key.data()))
    return callTargets(Def);
  llvm::SmallVector<CallTarget, 2> Targets;
  if (Store.summary(Key))
    Targets.push_back({Key, nullptr});
  return Targets;
}

const Expr *Context::readAt(const Loc &L) const {
  if (L.Elsewhere || L.Here.isInvalid())
    return nullptr;
  return Reads.lookup(L.Here).first;
}

Symbol Context::tableName(const NamedDecl *D) {
  auto [It, Inserted] = Names.try_emplace(D);
  if (!Inserted)
    return It->second;
  Symbol S = Store.intern(metrics::tableName(D));
  Names[D] = S;
  return S;
}

unsigned Context::callId(Symbol Function, const Expr *E) {
  auto [It, New] = CallIds.try_emplace(E, 0);
  if (New)
    It->second = NextCallId[Function.data()]++;
  return It->second;
}

bool Context::isExternalUserFunction(const FunctionDecl *FD) {
  if (!FD || definition(FD) || FD->getBuiltinID() || FD->isImplicit() ||
      FD->isDeleted())
    return false;
  if (AST.getSourceManager().isInSystemHeader(FD->getLocation()))
    return false;
  if (FD->getDeclContext()->getEnclosingNamespaceContext()->isStdNamespace())
    return false;
  return !Index.lookup(FD);
}

} // namespace clang::tidy::metrics::engine
