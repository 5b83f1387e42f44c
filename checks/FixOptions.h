//===--- FixOptions.h - labelguard ----------------------------------------===//
//
// The options that shape the fix-its (GuardFunction, LimiterFunction,
// GuardHeader, IncludeStyle), checked before any fix is built: a value that
// would make a fix that does not compile is an error naming the option.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_FIXOPTIONS_H
#define LABELGUARD_CHECKS_FIXOPTIONS_H

#include "clang-tidy/utils/IncludeSorter.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace clang::tidy::metrics {

/// A function a fix calls, written `ns::f` or `::ns::f`: identifiers joined
/// by `::`, at least one qualifier, no template arguments. Returns the
/// problem, or nothing when \p Name is such a name.
std::optional<std::string> functionNameProblem(llvm::StringRef Name);

/// The header a fix includes, as IncludeInserter wants it: `<path>` for an
/// angled include, `path` for a quoted one. The option's `"path"` is quoted,
/// `<path>` and a bare `path` angled. On a malformed value
/// (empty, unbalanced brackets or quotes, blanks or brackets inside) returns
/// nothing and sets \p Problem.
std::optional<std::string> includeSpelling(llvm::StringRef Header,
                                           std::string &Problem);

/// The IncludeStyle named by \p Value (`llvm`, `google`, `google-objc`), or
/// nothing.
std::optional<utils::IncludeSorter::IncludeStyle>
parseIncludeStyle(llvm::StringRef Value);

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_FIXOPTIONS_H
