//===--- Knowledge.cpp - labelguard ---------------------------------------===//

#include "Knowledge.h"
#include "DeclNames.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"

namespace clang::tidy::metrics {

llvm::StringRef describe(SourceKind K) {
  switch (K) {
  case SourceKind::Path:
    return "the raw request path";
  case SourceKind::Target:
    return "the raw request target (path and query)";
  case SourceKind::Query:
    return "a request query parameter";
  case SourceKind::PathParam:
    return "a request path parameter";
  case SourceKind::Header:
    return "a request header";
  case SourceKind::Address:
    return "the client address";
  case SourceKind::Body:
    return "the request body";
  case SourceKind::Cookie:
    return "a request cookie";
  case SourceKind::Method:
    return "the request method";
  }
  llvm_unreachable("unknown SourceKind");
}

llvm::StringRef spelling(SourceKind K) {
  switch (K) {
  case SourceKind::Path:
    return "path";
  case SourceKind::Target:
    return "target";
  case SourceKind::Query:
    return "query";
  case SourceKind::PathParam:
    return "pathparam";
  case SourceKind::Header:
    return "header";
  case SourceKind::Address:
    return "address";
  case SourceKind::Body:
    return "body";
  case SourceKind::Cookie:
    return "cookie";
  case SourceKind::Method:
    return "method";
  }
  llvm_unreachable("unknown SourceKind");
}

std::optional<SourceKind> parseSourceKind(llvm::StringRef Spelling) {
  return llvm::StringSwitch<std::optional<SourceKind>>(Spelling)
      .Case("path", SourceKind::Path)
      .Case("target", SourceKind::Target)
      .Case("query", SourceKind::Query)
      .Case("pathparam", SourceKind::PathParam)
      .Case("header", SourceKind::Header)
      .Case("address", SourceKind::Address)
      .Case("body", SourceKind::Body)
      .Case("cookie", SourceKind::Cookie)
      .Case("method", SourceKind::Method)
      .Default(std::nullopt);
}

Knowledge Knowledge::builtin() {
  Knowledge K;
#define LABELGUARD_SOURCE(Name, Kind) K.entry(Name).Source = SourceKind::Kind;
#define LABELGUARD_SOURCE_OUT(Name, Arg, Kind)                                 \
  K.entry(Name).SourceOut.push_back({Arg, SourceKind::Kind});
#define LABELGUARD_HANDLER_PARAMS(Name, Arg, Kind)                             \
  K.entry(Name).HandlerParams.push_back({Arg, SourceKind::Kind});
#define LABELGUARD_PART(Name, Kind) K.entry(Name).Part = SourceKind::Kind;
#define LABELGUARD_BOUNDED(Name) K.entry(Name).Bounded = true;
#define LABELGUARD_PROPAGATOR(Name) K.entry(Name).Propagator = true;
#define LABELGUARD_SINK(Name, Arg, Role)                                       \
  K.entry(Name).Sinks.push_back({Arg, SinkRole::Role});
#include "knowledge/All.def"
  return K;
}

const Entry *Knowledge::lookup(llvm::StringRef Name) const {
  auto It = Entries.find(Name);
  return It == Entries.end() ? nullptr : &It->second;
}

std::vector<llvm::StringRef> Knowledge::sinkBaseNames() const {
  llvm::StringSet<> Seen;
  std::vector<llvm::StringRef> Names;
  for (const auto &E : Entries) {
    if (E.second.Sinks.empty())
      continue;
    llvm::StringRef Base = E.getKey().rsplit("::").second;
    if (Seen.insert(Base).second)
      Names.push_back(Base);
  }
  return Names;
}

const Entry *KnowledgeIndex::lookup(const NamedDecl *D) {
  if (!D)
    return nullptr;
  D = cast<NamedDecl>(D->getCanonicalDecl());
  auto [It, Inserted] = Cache.try_emplace(D, nullptr);
  if (Inserted)
    It->second = lookupUncached(D);
  return It->second;
}

const Entry *KnowledgeIndex::lookupUncached(const NamedDecl *D) {
  // A member of an instantiation is known by its template's pattern name;
  // tableName() already drops template arguments.
  if (const Entry *E = K.lookup(tableName(D)))
    return E;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(D))
    for (const CXXMethodDecl *Overridden : MD->overridden_methods())
      if (const Entry *E = lookup(Overridden))
        return E;
  return nullptr;
}

} // namespace clang::tidy::metrics
