//===--- knowledge/Knowledge.h - labelguard -------------------------------===//
//
// What the check knows about HTTP frameworks and metrics libraries: where raw
// request data comes from (sources), where it must not go (sinks), what
// carries it along (propagators) and what bounds it. Kept as data
// (knowledge/*.def and the check's options) so that users extend it without
// touching the analysis.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_KNOWLEDGE_KNOWLEDGE_H
#define LABELGUARD_CHECKS_KNOWLEDGE_KNOWLEDGE_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::metrics {

/// What part of the request a raw value comes from; it picks the wording of
/// the diagnostic and the fix.
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
constexpr unsigned NumSourceKinds = 9;

/// The option spelling of a kind ("path", "pathparam", ...).
llvm::StringRef spelling(SourceKind K);
std::optional<SourceKind> parseSourceKind(llvm::StringRef Spelling);

/// The ReportKinds option's default. Inside a routed handler the
/// frameworks have already rejected unknown methods, so the method is
/// bounded there; middleware turns it on.
constexpr llvm::StringLiteral DefaultReportKinds =
    "path;target;query;pathparam;header;address;body;cookie";

/// What a sink argument carries.
enum class SinkRole { Label, Name };

struct SinkInfo {
  unsigned Arg; ///< the argument that carries labels or the name
  SinkRole Role;
};

/// An argument that a function fills with raw data.
struct ArgKind {
  unsigned Arg;
  SourceKind Kind;
};

/// What a library function does beyond carrying text (std.def).
enum class Model : unsigned char {
  None,
  Identity,       ///< returns its argument itself
  Inserter,       ///< an output iterator into its argument 0
  Invoker,        ///< calls its first callable argument with the rest
  CallableObject, ///< calls the callable its object holds
  Factory,        ///< a constructor of its first template argument
  Swap,           ///< exchanges its arguments 0 and 1
};

/// Roles of a member function by its unqualified name (one bit each).
enum MemberRole : unsigned {
  MemberElement = 1u << 0,
  MemberValue = 1u << 1,
  MemberValueOr = 1u << 2,
  MemberLookup = 1u << 3,
  MemberChangesText = 1u << 4,
  MemberMembership = 1u << 5,
  MemberFind = 1u << 6,
  MemberEnd = 1u << 7,
  MemberCut = 1u << 8,
  MemberCutInPlace = 1u << 9,
  MemberMeasure = 1u << 10,
  MemberLocate = 1u << 11,
  MemberInsertKey = 1u << 12,
  MemberClear = 1u << 13,
};

/// A function that declares a route (its pattern is argument Arg), and the
/// pass-through that registers such a pattern.
struct RouteDeclarationInfo {
  unsigned Arg;
  std::string Declarer; ///< "::labelguard::declare_route"
};

/// A framework macro that declares a route by expanding to a call of this
/// function, and the guard's macro that registers it instead.
struct RouteMacroInfo {
  std::string Macro;       ///< "CROW_ROUTE"
  std::string Replacement; ///< "LABELGUARD_CROW_ROUTE"
  std::string Header;      ///< "labelguard/adapters/crow.hpp"
};

/// A framework macro whose pattern argument reaches this function as its
/// argument Arg, and the pass-through that registers such a pattern.
struct RouteMacroArgInfo {
  std::string Macro;    ///< "ADD_METHOD_TO"
  unsigned Arg;         ///< the pattern's argument of the function
  std::string Declarer; ///< "::labelguard::declare_drogon_route"
};

/// A function that routes every route of an object (its argument Arg), and
/// the pass-through that registers that object's routes.
struct RouteObjectInfo {
  unsigned Arg;
  std::string Declarer; ///< "::labelguard::declare_oatpp_controller"
  std::string Header;   ///< "labelguard/adapters/oatpp.hpp"
};

/// Everything known about one name.
struct Entry {
  std::optional<SourceKind> Source;
  std::optional<SourceKind> Part;
  llvm::SmallVector<ArgKind, 1> SourceOut;
  llvm::SmallVector<ArgKind, 1> HandlerParams;
  llvm::SmallVector<SinkInfo, 1> Sinks;
  /// Output iterators an algorithm writes its input through.
  llvm::SmallVector<unsigned, 1> OutputIterators;
  /// The argument a membership test (or a find) is about.
  std::optional<unsigned> MembershipArg;
  std::optional<unsigned> FindArg;
  /// The member that holds the matched route pattern on this source's
  /// object ("matched_route", "matchedPathPattern()").
  std::string MatchedRoute;
  std::optional<RouteDeclarationInfo> RouteDeclaration;
  llvm::SmallVector<RouteMacroInfo, 1> RouteMacros;
  llvm::SmallVector<RouteMacroArgInfo, 1> RouteMacroArgs;
  std::optional<RouteObjectInfo> RouteObject;
  Model Behaviour = Model::None;
  bool RouteRegistrar = false;
  bool Bounded = false;
  bool Propagator = false;
  bool StringType = false;
  bool Holder = false;
};

/// The built-in tables plus whatever the user configured. Keys are
/// tableName() spellings ("::httplib::Request::path").
class Knowledge {
public:
  /// The built-in knowledge.
  static Knowledge builtin();

  /// The entry for \p Name, or null.
  const Entry *lookup(llvm::StringRef Name) const;
  Entry &entry(llvm::StringRef Name) { return Entries[Name]; }

  /// The unqualified names of the sinks ("Add"): a cheap first filter.
  std::vector<llvm::StringRef> sinkBaseNames() const;
  /// The unqualified names of route declarations (of patterns, macros and
  /// objects) and registrars.
  std::vector<llvm::StringRef> routeBaseNames() const;

  /// \p Declarer (spelled with or without its leading "::") registers the
  /// routes of an object (a LABELGUARD_ROUTE_OBJECT's), not a pattern.
  bool declaresObjects(llvm::StringRef Declarer) const;

  /// The MemberRole bits of member functions named \p Name.
  unsigned memberRoles(llvm::StringRef Name) const {
    auto It = MemberRoles.find(Name);
    return It == MemberRoles.end() ? 0 : It->second;
  }
  void addMemberRole(llvm::StringRef Name, MemberRole Role) {
    MemberRoles[Name] |= Role;
  }

  /// The adapter header ("httplib.hpp") for values read from \p Name, or
  /// "" when no framework's prefix matches.
  llvm::StringRef adapterFor(llvm::StringRef Name) const;
  void addAdapter(llvm::StringRef Prefix, llvm::StringRef Header) {
    Adapters.push_back({Prefix.str(), Header.str()});
  }

private:
  std::vector<llvm::StringRef>
  baseNames(llvm::function_ref<bool(const Entry &)> Wanted) const;

  llvm::StringMap<Entry> Entries;
  llvm::StringMap<unsigned> MemberRoles;
  std::vector<std::pair<std::string, std::string>> Adapters;
};

/// Looks declarations up in a Knowledge, remembering the answers: the
/// analysis asks about the same callees and members over and over.
class KnowledgeIndex {
public:
  explicit KnowledgeIndex(const Knowledge &K) : K(K) {}
  /// The entry for \p D (or, for a method, the entry of the method it
  /// overrides: a source declared on a base class stays a source).
  const Entry *lookup(const NamedDecl *D);
  /// The MemberRole bits of \p D by its name (0 for non-identifiers).
  unsigned memberRoles(const NamedDecl *D) const {
    if (!D)
      return 0;
    if (D->getIdentifier())
      return K.memberRoles(D->getName());
    // Operators by their spelling ("operator[]").
    if (D->getDeclName().getNameKind() == DeclarationName::CXXOperatorName)
      return K.memberRoles(D->getDeclName().getAsString());
    return 0;
  }
  const Knowledge &knowledge() const { return K; }

private:
  const Entry *lookupUncached(const NamedDecl *D);
  const Knowledge &K;
  llvm::DenseMap<const NamedDecl *, const Entry *> Cache;
};

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_KNOWLEDGE_KNOWLEDGE_H
