//===--- UserKnowledge.cpp - labelguard -----------------------------------===//

#include "UserKnowledge.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

namespace clang::tidy::metrics {

std::string normalizeName(llvm::StringRef Name) {
  Name = Name.trim();
  if (Name.starts_with("::"))
    return Name.str();
  return ("::" + Name).str();
}

namespace {

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
        !llvm::all_of(P, [](char C) { return llvm::isAlnum(C) || C == '_' || C == '~'; }))
      return false;
  }
  return true;
}

std::string badName(llvm::StringRef Option, llvm::StringRef Entry) {
  return ("option '" + Option + "': '" + Entry +
          "' is not a qualified name (write it like ::ns::Class::member, "
          "without template arguments)")
      .str();
}

void addSinks(Knowledge &K, llvm::StringRef Option, llvm::StringRef Value,
              SinkRole Role, std::vector<std::string> &Errors) {
  for (llvm::StringRef Item : utils::options::parseStringList(Value)) {
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
  for (llvm::StringRef Item : utils::options::parseStringList(O.Sources)) {
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
    Entry &E = K.entry(normalizeName(Name));
    if (ArgText.empty()) {
      E.Source = *Kind;
      continue;
    }
    unsigned N;
    if (ArgText.trim().getAsInteger(10, N)) {
      Errors.push_back(("option 'Sources': '" + Item +
                        "': the out-parameter after '@' must be a number")
                           .str());
      continue;
    }
    E.SourceOut.push_back({N, *Kind});
  }
  addSinks(K, "LabelSinks", O.LabelSinks, SinkRole::Label, Errors);
  addSinks(K, "NameSinks", O.NameSinks, SinkRole::Name, Errors);
  for (auto [Option, Value, Bounded] :
       {std::tuple{llvm::StringRef("Propagators"), O.Propagators, false},
        std::tuple{llvm::StringRef("Sanitizers"), O.Sanitizers, true}}) {
    for (llvm::StringRef Name : utils::options::parseStringList(Value)) {
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

// --- The model file ---------------------------------------------------------

namespace {

class ModelReader {
public:
  ModelReader(Knowledge &K, llvm::StringRef Path,
              std::vector<std::string> &Errors)
      : K(K), Path(Path), Errors(Errors) {}

  void read(llvm::MemoryBufferRef Buffer);

private:
  void error(llvm::yaml::Node *N, const llvm::Twine &Message);
  void readSection(llvm::StringRef Section, llvm::yaml::Node *List);
  void readEntry(llvm::StringRef Section, llvm::yaml::MappingNode *Map);
  std::optional<std::string> scalar(llvm::yaml::Node *N);
  std::optional<std::vector<int>> intList(llvm::yaml::Node *N);

  Knowledge &K;
  llvm::StringRef Path;
  std::vector<std::string> &Errors;
  llvm::SourceMgr SM;
};

void ModelReader::error(llvm::yaml::Node *N, const llvm::Twine &Message) {
  unsigned Line = 0;
  if (N)
    Line = SM.getLineAndColumn(N->getSourceRange().Start).first;
  Errors.push_back((Path + ":" + llvm::Twine(Line) + ": " + Message).str());
}

std::optional<std::string> ModelReader::scalar(llvm::yaml::Node *N) {
  auto *S = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(N);
  if (!S) {
    error(N, "expected a plain value");
    return std::nullopt;
  }
  llvm::SmallString<64> Storage;
  return S->getValue(Storage).str();
}

std::optional<std::vector<int>> ModelReader::intList(llvm::yaml::Node *N) {
  auto *Seq = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(N);
  if (!Seq) {
    error(N, "expected a list of argument indexes, such as [0] or [-1]");
    return std::nullopt;
  }
  std::vector<int> Result;
  for (llvm::yaml::Node &Item : *Seq) {
    std::optional<std::string> Text = scalar(&Item);
    int Value;
    if (!Text || llvm::StringRef(*Text).getAsInteger(10, Value) || Value < -1) {
      if (Text)
        error(&Item, "'" + *Text + "' is not an argument index (-1 is the "
                                   "return value)");
      return std::nullopt;
    }
    Result.push_back(Value);
  }
  return Result;
}

void ModelReader::read(llvm::MemoryBufferRef Buffer) {
  llvm::yaml::Stream Stream(Buffer, SM, /*ShowColors=*/false);
  SM.setDiagHandler(
      [](const llvm::SMDiagnostic &D, void *Ctx) {
        auto *Self = static_cast<ModelReader *>(Ctx);
        Self->Errors.push_back((Self->Path + ":" + llvm::Twine(D.getLineNo()) +
                                ": " + D.getMessage())
                                   .str());
      },
      this);
  for (llvm::yaml::Document &Doc : Stream) {
    llvm::yaml::Node *Root = Doc.getRoot();
    if (!Root || llvm::isa<llvm::yaml::NullNode>(Root))
      continue;
    auto *Map = llvm::dyn_cast<llvm::yaml::MappingNode>(Root);
    if (!Map) {
      error(Root, "expected a mapping with Sources, Sinks, Propagations and "
                  "Filters");
      continue;
    }
    for (llvm::yaml::KeyValueNode &KV : *Map) {
      std::optional<std::string> Key = scalar(KV.getKey());
      if (!Key)
        continue;
      if (*Key != "Sources" && *Key != "Sinks" && *Key != "Propagations" &&
          *Key != "Filters") {
        error(KV.getKey(), "unknown section '" + *Key +
                               "' (expected Sources, Sinks, Propagations or "
                               "Filters)");
        continue;
      }
      readSection(*Key, KV.getValue());
    }
  }
}

void ModelReader::readSection(llvm::StringRef Section, llvm::yaml::Node *List) {
  auto *Seq = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(List);
  if (!Seq) {
    error(List, "section '" + Section + "' must be a list of entries");
    return;
  }
  for (llvm::yaml::Node &Item : *Seq) {
    auto *Map = llvm::dyn_cast<llvm::yaml::MappingNode>(&Item);
    if (!Map) {
      error(&Item, "an entry of '" + Section + "' must be a mapping with a Name");
      continue;
    }
    readEntry(Section, Map);
  }
}

void ModelReader::readEntry(llvm::StringRef Section,
                            llvm::yaml::MappingNode *Map) {
  std::optional<std::string> Name, Scope, Kind;
  llvm::yaml::Node *KindNode = nullptr;
  std::optional<std::vector<int>> Args, SrcArgs, DstArgs;
  bool Valid = true;
  for (llvm::yaml::KeyValueNode &KV : *Map) {
    std::optional<std::string> Key = scalar(KV.getKey());
    if (!Key) {
      Valid = false;
      continue;
    }
    if (*Key == "Name")
      Valid &= bool(Name = scalar(KV.getValue()));
    else if (*Key == "Scope")
      Valid &= bool(Scope = scalar(KV.getValue()));
    else if (*Key == "Kind")
      Valid &= bool(Kind = scalar(KindNode = KV.getValue()));
    else if (*Key == "Args")
      Valid &= bool(Args = intList(KV.getValue()));
    else if (*Key == "SrcArgs")
      Valid &= bool(SrcArgs = intList(KV.getValue()));
    else if (*Key == "DstArgs")
      Valid &= bool(DstArgs = intList(KV.getValue()));
    else if (*Key == "VariadicType" || *Key == "VariadicIndex")
      ; // accepted for compatibility with the analyzer's files
    else {
      error(KV.getKey(), "unknown key '" + *Key + "' in a " + Section +
                             " entry (expected Name, Scope, Kind, Args, "
                             "SrcArgs, DstArgs)");
      Valid = false;
    }
  }
  if (!Valid)
    return;
  if (!Name || Name->empty()) {
    error(Map, "a " + Section + " entry needs a Name");
    return;
  }
  std::string Qualified = normalizeName(
      (Scope ? llvm::StringRef(*Scope).rtrim(':').str() + "::" : std::string()) +
      *Name);
  if (!isQualifiedName(Qualified)) {
    error(Map, "'" + Qualified + "' is not a qualified name");
    return;
  }
  Entry &E = K.entry(Qualified);
  if (Section == "Filters") {
    E.Bounded = true;
    return;
  }
  if (Section == "Propagations") {
    E.Propagator = true;
    return;
  }
  if (Section == "Sources") {
    if (!Kind) {
      error(Map, "a Sources entry needs a Kind: path, target, query, "
                 "pathparam, header, address, body, cookie or method");
      return;
    }
    std::optional<SourceKind> SK = parseSourceKind(*Kind);
    if (!SK) {
      error(KindNode, "unknown Kind '" + *Kind +
                          "' (expected path, target, query, pathparam, "
                          "header, address, body, cookie or method)");
      return;
    }
    // Without DstArgs, or with -1, the member's value or the function's
    // result is raw; other indexes are out-parameters.
    if (!DstArgs || llvm::is_contained(*DstArgs, -1))
      E.Source = *SK;
    if (DstArgs)
      for (int A : *DstArgs)
        if (A >= 0)
          E.SourceOut.push_back({unsigned(A), *SK});
    return;
  }
  // Sinks
  SinkRole Role = SinkRole::Label;
  if (Kind) {
    if (*Kind == "name")
      Role = SinkRole::Name;
    else if (*Kind != "label") {
      error(KindNode, "the Kind of a Sinks entry is label or name, not '" + *Kind + "'");
      return;
    }
  }
  if (!Args || Args->empty() || llvm::is_contained(*Args, -1)) {
    error(Map, "a Sinks entry needs Args: the index of the argument that "
               "carries the labels or the name");
    return;
  }
  for (int A : *Args)
    E.Sinks.push_back({unsigned(A), Role});
}

} // namespace

std::vector<std::string> addModelFile(Knowledge &K, llvm::StringRef Path) {
  std::vector<std::string> Errors;
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer) {
    Errors.push_back(("cannot read the model file '" + Path +
                      "': " + Buffer.getError().message())
                         .str());
    return Errors;
  }
  ModelReader(K, Path, Errors).read((*Buffer)->getMemBufferRef());
  return Errors;
}

} // namespace clang::tidy::metrics
