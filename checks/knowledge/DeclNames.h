//===--- knowledge/DeclNames.h - labelguard
//-----------------------------------------===//
//
// The spelling under which the knowledge tables name declarations.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_KNOWLEDGE_DECLNAMES_H
#define LABELGUARD_CHECKS_KNOWLEDGE_DECLNAMES_H

#include "clang/AST/Decl.h"
#include <string>

namespace clang::tidy::metrics {

/// Returns "::ns::Class::member" without template arguments and without
/// inline or anonymous namespaces, so that one table entry such as
/// "::prometheus::Family::Add" names every instantiation and every standard
/// library ABI namespace (std::__cxx11::basic_string is ::std::basic_string).
std::string tableName(const NamedDecl *D);

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_KNOWLEDGE_DECLNAMES_H
