//===--- knowledge/DeclNames.cpp - labelguard
//---------------------------------------===//

#include "knowledge/DeclNames.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::metrics {

std::string tableName(const NamedDecl *D) {
  llvm::SmallVector<const NamedDecl *, 8> Parts;
  // A member of a class template specialization or of a template's pattern
  // is named after the template, which is what users write in options.
  for (const Decl *Cur = D; Cur;
       Cur = dyn_cast_or_null<Decl>(Cur->getDeclContext())) {
    const auto *ND = dyn_cast<NamedDecl>(Cur);
    if (!ND) {
      if (isa<TranslationUnitDecl>(Cur))
        break;
      continue; // linkage specs, export decls
    }
    if (const auto *NS = dyn_cast<NamespaceDecl>(ND))
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
    Parts.push_back(ND);
  }
  std::string Name;
  for (const NamedDecl *ND : llvm::reverse(Parts)) {
    Name += "::";
    if (isa<CXXConstructorDecl>(ND))
      // The constructor's own name spells the class's template arguments.
      Name += cast<CXXConstructorDecl>(ND)->getParent()->getName();
    else if (ND->getDeclName().getNameKind() != DeclarationName::Identifier)
      Name += ND->getDeclName().getAsString(); // "operator[]"
    else
      Name += ND->getName();
  }
  return Name;
}

} // namespace clang::tidy::metrics
