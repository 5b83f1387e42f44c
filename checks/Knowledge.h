//===--- Knowledge.h - labelguard -----------------------------------------===//
//
// What the check knows about HTTP frameworks and metrics libraries: where raw
// request data comes from (sources) and where it must not go (sinks). Kept as
// data so that users extend it through options without touching the analysis.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_KNOWLEDGE_H
#define LABELGUARD_CHECKS_KNOWLEDGE_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <vector>

namespace clang::tidy::metrics {

/// What part of the request a raw value comes from; it picks the wording of
/// the diagnostic and, later, the fix.
enum class SourceKind {
  Path,      ///< the decoded request path
  Target,    ///< the request-target, query included
  Query,     ///< a query parameter
  PathParam, ///< a path parameter captured by the router
  Header,    ///< a request header
  Address,   ///< the client's address
  Body,      ///< the request body
  Cookie,    ///< a request cookie
  Method,    ///< the request method (bounded once routed)
};

/// The words that finish "metric label value comes from ...".
llvm::StringRef describe(SourceKind K);

/// Parses the option spelling of a kind ("path", "pathparam", ...).
std::optional<SourceKind> parseSourceKind(llvm::StringRef Spelling);

/// What a sink argument carries.
enum class SinkRole { Label, Name };

struct SinkInfo {
  unsigned Arg; ///< index of the argument that carries labels or the name
  SinkRole Role;
};

/// The built-in tables plus whatever the user configured. Keys are
/// tableName() spellings ("::httplib::Request::path").
class Knowledge {
public:
  /// The built-in knowledge.
  static Knowledge builtin();

  std::optional<SourceKind> source(llvm::StringRef Name) const;
  std::optional<SinkInfo> sink(llvm::StringRef Name) const;

  /// The unqualified names of the sinks ("Add"): a cheap first filter for
  /// the AST matcher, which cannot ignore template arguments in qualifiers.
  std::vector<llvm::StringRef> sinkBaseNames() const;

private:
  llvm::StringMap<SourceKind> Sources;
  llvm::StringMap<SinkInfo> Sinks;
};

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_KNOWLEDGE_H
