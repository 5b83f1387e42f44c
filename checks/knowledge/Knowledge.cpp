//===--- knowledge/Knowledge.cpp - labelguard -----------------------------===//

#include "knowledge/Knowledge.h"
#include "knowledge/DeclNames.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"

namespace clang::tidy::metrics {

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
#define LABELGUARD_STRING_TYPE(Name) K.entry(Name).StringType = true;
#define LABELGUARD_IDENTITY(Name) K.entry(Name).Behaviour = Model::Identity;
#define LABELGUARD_INSERTER(Name) K.entry(Name).Behaviour = Model::Inserter;
#define LABELGUARD_OUTPUT_ITERATOR(Name, Arg)                                  \
  K.entry(Name).OutputIterators.push_back(Arg);
#define LABELGUARD_INVOKER(Name) K.entry(Name).Behaviour = Model::Invoker;
#define LABELGUARD_CALLABLE_OBJECT(Name)                                       \
  K.entry(Name).Behaviour = Model::CallableObject;
#define LABELGUARD_FACTORY(Name) K.entry(Name).Behaviour = Model::Factory;
#define LABELGUARD_SWAP(Name) K.entry(Name).Behaviour = Model::Swap;
#define LABELGUARD_HOLDER(Name) K.entry(Name).Holder = true;
#define LABELGUARD_MEMBERSHIP(Name, Arg) K.entry(Name).MembershipArg = Arg;
#define LABELGUARD_FIND(Name, Arg) K.entry(Name).FindArg = Arg;
#define LABELGUARD_MEMBER(Name, Role) K.addMemberRole(Name, Member##Role);
#define LABELGUARD_ADAPTER(Prefix, Header) K.addAdapter(Prefix, Header);
#define LABELGUARD_MATCHED_ROUTE(Source, Member)                               \
  K.entry(Source).MatchedRoute = Member;
#define LABELGUARD_ROUTE_DECLARATION(Name, Arg, Declarer)                      \
  K.entry(Name).RouteDeclaration = RouteDeclarationInfo{Arg, Declarer};
#define LABELGUARD_ROUTE_REGISTRAR(Name) K.entry(Name).RouteRegistrar = true;
#define LABELGUARD_ROUTE_MACRO(Name, Macro, Replacement, Header)               \
  K.entry(Name).RouteMacros.push_back({Macro, Replacement, Header});
#define LABELGUARD_ROUTE_MACRO_ARG(Name, Macro, Arg, Declarer)                 \
  K.entry(Name).RouteMacroArgs.push_back({Macro, Arg, Declarer});
#define LABELGUARD_ROUTE_OBJECT(Name, Arg, Declarer, Header)                   \
  K.entry(Name).RouteObject = RouteObjectInfo{Arg, Declarer, Header};
#include "All.def"
  return K;
}

llvm::StringRef Knowledge::adapterFor(llvm::StringRef Name) const {
  for (const auto &[Prefix, Header] : Adapters)
    if (Name.starts_with(Prefix))
      return Header;
  return "";
}

const Entry *Knowledge::lookup(llvm::StringRef Name) const {
  auto It = Entries.find(Name);
  return It == Entries.end() ? nullptr : &It->second;
}

std::vector<llvm::StringRef> Knowledge::sinkBaseNames() const {
  return baseNames([](const Entry &E) { return !E.Sinks.empty(); });
}

std::vector<llvm::StringRef> Knowledge::routeBaseNames() const {
  return baseNames([](const Entry &E) {
    return E.RouteDeclaration.has_value() || E.RouteRegistrar ||
           !E.RouteMacros.empty() || !E.RouteMacroArgs.empty() ||
           E.RouteObject.has_value();
  });
}

bool Knowledge::declaresObjects(llvm::StringRef Declarer) const {
  Declarer = Declarer.ltrim(':');
  for (const auto &E : Entries)
    if (E.second.RouteObject &&
        llvm::StringRef(E.second.RouteObject->Declarer).ltrim(':') == Declarer)
      return true;
  return false;
}

std::vector<llvm::StringRef>
Knowledge::baseNames(llvm::function_ref<bool(const Entry &)> Wanted) const {
  llvm::StringSet<> Seen;
  std::vector<llvm::StringRef> Names;
  for (const auto &E : Entries) {
    if (!Wanted(E.second))
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
