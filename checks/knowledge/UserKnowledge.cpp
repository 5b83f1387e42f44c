//===--- knowledge/UserKnowledge.cpp - labelguard ------------------------===//
//
// The check's options that extend the tables (ExtraSources, ExtraSinks,
// ExtraSanitizers, ...): each entry checked and added, a bad one an error
// that names its option. The model file is read in ModelFile.cpp.
//
//===----------------------------------------------------------------------===//

#include "knowledge/UserKnowledge.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

namespace clang::tidy::metrics {

bool isQualifiedName(llvm::StringRef Name) {
  Name = Name.trim();
  if (Name.starts_with("::"))
    Name = Name.drop_front(2);
  if (Name.empty() || Name.contains('<') || Name.contains(' '))
    return false;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Name.split(Parts, "::");
  for (llvm::StringRef P : Parts) {
    if (P.empty())
      return false;
    if (P.starts_with("operator"))
      continue;
    if (!(llvm::isAlpha(P.front()) || P.front() == '_') ||
        !llvm::all_of(
            P, [](char C) { return llvm::isAlnum(C) || C == '_' || C == '~'; }))
      return false;
  }
  return true;
}

std::string normalizeName(llvm::StringRef Name) {
  Name = Name.trim();
  if (Name.starts_with("::"))
    return Name.str();
  return ("::" + Name).str();
}

namespace {

// clang-tidy's list options: items separated by semicolons.
llvm::SmallVector<llvm::StringRef, 8> splitList(llvm::StringRef Value) {
  llvm::SmallVector<llvm::StringRef, 8> Items;
  Value.split(Items, ';', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  return Items;
}

std::string badName(llvm::StringRef Option, llvm::StringRef Entry) {
  return ("option '" + Option + "': '" + Entry +
          "' is not a qualified name (write it like ::ns::Class::member, "
          "without template arguments)")
      .str();
}

void addSinks(Knowledge &K, llvm::StringRef Option, llvm::StringRef Value,
              SinkRole Role, std::vector<std::string> &Errors) {
  for (llvm::StringRef Item : splitList(Value)) {
    Item = Item.trim();
    if (Item.empty())
      continue;
    auto [Name, Arg] = Item.rsplit(':');
    unsigned N;
    if (Arg.empty() || Name.ends_with(":") || Arg.getAsInteger(10, N)) {
      Errors.push_back(("option '" + Option + "': '" + Item +
                        "' must be QualifiedName:N, N the argument's index")
                           .str());
      continue;
    }
    if (!isQualifiedName(Name)) {
      Errors.push_back(badName(Option, Name));
      continue;
    }
    K.entry(normalizeName(Name)).Sinks.push_back({N, Role});
  }
}

} // namespace

std::vector<std::string> addUserKnowledge(Knowledge &K,
                                          const KnowledgeOptions &O) {
  std::vector<std::string> Errors;
  for (llvm::StringRef Item : splitList(O.Sources)) {
    Item = Item.trim();
    if (Item.empty())
      continue;
    auto [Lhs, KindText] = Item.split('=');
    std::optional<SourceKind> Kind = parseSourceKind(KindText.trim());
    if (!Kind) {
      Errors.push_back(("option 'Sources': '" + Item +
                        "' must be QualifiedName=kind or QualifiedName@N=kind, "
                        "kind one of path, target, query, pathparam, header, "
                        "address, body, cookie, method")
                           .str());
      continue;
    }
    auto [Name, ArgText] = Lhs.split('@');
    if (!isQualifiedName(Name)) {
      Errors.push_back(badName("Sources", Name));
      continue;
    }
    bool OutParam = Lhs.contains('@');
    unsigned N = 0;
    if (OutParam && ArgText.trim().getAsInteger(10, N)) {
      Errors.push_back(("option 'Sources': '" + Item +
                        "': the out-parameter after '@' must be a number")
                           .str());
      continue;
    }
    Entry &E = K.entry(normalizeName(Name));
    if (!OutParam) {
      E.Source = *Kind;
      continue;
    }
    E.SourceOut.push_back({N, *Kind});
  }
  addSinks(K, "LabelSinks", O.LabelSinks, SinkRole::Label, Errors);
  addSinks(K, "NameSinks", O.NameSinks, SinkRole::Name, Errors);
  for (auto [Option, Value, Bounded] :
       {std::tuple{llvm::StringRef("Propagators"), O.Propagators, false},
        std::tuple{llvm::StringRef("Sanitizers"), O.Sanitizers, true}}) {
    for (llvm::StringRef Name : splitList(Value)) {
      if (Name.trim().empty())
        continue;
      if (!isQualifiedName(Name)) {
        Errors.push_back(badName(Option, Name));
        continue;
      }
      Entry &E = K.entry(normalizeName(Name));
      (Bounded ? E.Bounded : E.Propagator) = true;
    }
  }
  if (!O.ModelFile.trim().empty())
    for (std::string &Error : addModelFile(K, O.ModelFile.trim()))
      Errors.push_back(std::move(Error));
  return Errors;
}

} // namespace clang::tidy::metrics
