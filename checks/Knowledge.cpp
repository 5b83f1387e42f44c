//===--- Knowledge.cpp - labelguard ---------------------------------------===//

#include "Knowledge.h"
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
#define LABELGUARD_SOURCE(Name, Kind) K.Sources[Name] = SourceKind::Kind;
#define LABELGUARD_SINK(Name, Arg, Role)                                       \
  K.Sinks[Name] = SinkInfo{Arg, SinkRole::Role};
#include "knowledge/All.def"
  return K;
}

std::optional<SourceKind> Knowledge::source(llvm::StringRef Name) const {
  auto It = Sources.find(Name);
  if (It == Sources.end())
    return std::nullopt;
  return It->second;
}

std::optional<SinkInfo> Knowledge::sink(llvm::StringRef Name) const {
  auto It = Sinks.find(Name);
  if (It == Sinks.end())
    return std::nullopt;
  return It->second;
}

std::vector<llvm::StringRef> Knowledge::sinkBaseNames() const {
  llvm::StringSet<> Seen;
  std::vector<llvm::StringRef> Names;
  for (const auto &Entry : Sinks) {
    llvm::StringRef Base = Entry.getKey().rsplit("::").second;
    if (Seen.insert(Base).second)
      Names.push_back(Base);
  }
  return Names;
}

} // namespace clang::tidy::metrics
