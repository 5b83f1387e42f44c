//===--- engine/Keys.cpp - labelguard -------------------------------------===//

#include "engine/Keys.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::metrics::engine {

Keys::Keys(ASTContext &Ctx, FactStore &Store) : Store(Store) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    MainFile = Main->getName().str();
}

Symbol Keys::keyOf(const NamedDecl *D) {
  D = cast<NamedDecl>(D->getCanonicalDecl());
  auto [It, Inserted] = Cache.try_emplace(D);
  if (!Inserted)
    return It->second;
  llvm::SmallString<128> USR;
  if (index::generateUSRForDecl(D, USR)) {
    // No USR (an invalid declaration): a key that is unique in this run and
    // never matches another translation unit's.
    USR = "labelguard:unnamed:";
    USR += llvm::utostr(reinterpret_cast<uintptr_t>(D));
  }
  std::string Key;
  if (!D->isExternallyVisible())
    Key = MainFile + "|";
  Key += USR.str();
  Symbol S = Store.intern(Key);
  // The map may have grown meanwhile: look the slot up again.
  Cache[D] = S;
  return S;
}

Symbol Keys::function(const FunctionDecl *FD) { return keyOf(FD); }

Symbol Keys::field(const FieldDecl *FD) { return keyOf(FD); }

Symbol Keys::displayName(const FunctionDecl *FD) {
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      MD && MD->getParent()->isLambda())
    return Symbol();
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    return Store.intern(Ctor->getParent()->getNameAsString());
  return Store.intern(FD->getNameAsString());
}

} // namespace clang::tidy::metrics::engine
