//===--- knowledge/ModelFile.cpp - labelguard ----------------------------===//
//
// The model file (ModelFile option): YAML in the Static Analyzer's taint
// configuration vocabulary, extended with Kind. A bad entry is reported at
// its own line and the rest are still read; files that are not regular or
// are too large are refused before parsing.
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

namespace {

class ModelReader {
public:
  ModelReader(Knowledge &K, llvm::StringRef Path,
              std::vector<std::string> &Errors)
      : K(K), Path(Path), Errors(Errors) {}

  void read(std::unique_ptr<llvm::MemoryBuffer> Buffer);

private:
  void error(llvm::yaml::Node *N, llvm::yaml::Node *Context,
             const llvm::Twine &Message);
  void readSection(llvm::StringRef Section, llvm::yaml::Node *List);
  void readEntry(llvm::StringRef Section, llvm::yaml::MappingNode *Map);
  std::optional<std::string> scalar(llvm::yaml::Node *N,
                                    llvm::yaml::Node *Context);
  std::optional<std::vector<int>> intList(llvm::yaml::Node *N,
                                          llvm::yaml::Node *Context);

  Knowledge &K;
  llvm::StringRef Path;
  std::vector<std::string> &Errors;
  llvm::SourceMgr SM;
};

void ModelReader::error(llvm::yaml::Node *N, llvm::yaml::Node *Context,
                        const llvm::Twine &Message) {
  // A node the parser could not build has no place of its own: the entry
  // around it still has one.
  llvm::yaml::Node *At = N ? N : Context;
  unsigned Line = 1;
  if (At && At->getSourceRange().Start.isValid())
    Line = SM.getLineAndColumn(At->getSourceRange().Start).first;
  Errors.push_back((Path + ":" + llvm::Twine(Line) + ": " + Message).str());
}

std::optional<std::string> ModelReader::scalar(llvm::yaml::Node *N,
                                               llvm::yaml::Node *Context) {
  auto *S = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(N);
  if (!S) {
    error(N, Context, "expected a plain value");
    // The parser must still walk over what was not read, or it loses its
    // place and every later entry with it.
    if (N)
      N->skip();
    return std::nullopt;
  }
  llvm::SmallString<64> Storage;
  return S->getValue(Storage).str();
}

std::optional<std::vector<int>>
ModelReader::intList(llvm::yaml::Node *N, llvm::yaml::Node *Context) {
  auto *Seq = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(N);
  if (!Seq) {
    error(N, Context,
          "expected a list of argument indexes, such as [0] or [-1]");
    if (N)
      N->skip();
    return std::nullopt;
  }
  std::vector<int> Result;
  bool Valid = true;
  // Every item is read, valid or not, so one bad index neither hides the
  // next problem nor the entries after this one.
  for (llvm::yaml::Node &Item : *Seq) {
    std::optional<std::string> Text = scalar(&Item, N);
    int Value;
    if (!Text) {
      Valid = false;
    } else if (llvm::StringRef(*Text).getAsInteger(10, Value) || Value < -1) {
      error(&Item, N,
            "'" + *Text +
                "' is not an argument index (-1 is the return value)");
      Valid = false;
    } else {
      Result.push_back(Value);
    }
  }
  if (!Valid)
    return std::nullopt;
  return Result;
}

void ModelReader::read(std::unique_ptr<llvm::MemoryBuffer> Buffer) {
  llvm::yaml::Stream Stream(Buffer->getMemBufferRef(), SM,
                            /*ShowColors=*/false);
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
      error(Root, nullptr,
            "expected a mapping with Sources, Sinks, "
            "Propagations and Filters");
      Root->skip();
      continue;
    }
    for (llvm::yaml::KeyValueNode &KV : *Map) {
      std::optional<std::string> Key = scalar(KV.getKey(), Map);
      if (!Key) {
        KV.skip();
        continue;
      }
      if (*Key != "Sources" && *Key != "Sinks" && *Key != "Propagations" &&
          *Key != "Filters") {
        error(KV.getKey(), Map,
              "unknown section '" + *Key +
                  "' (expected Sources, Sinks, Propagations or Filters)");
        KV.skip();
        continue;
      }
      readSection(*Key, KV.getValue());
    }
  }
}

void ModelReader::readSection(llvm::StringRef Section, llvm::yaml::Node *List) {
  auto *Seq = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(List);
  if (!Seq) {
    error(List, nullptr, "section '" + Section + "' must be a list of entries");
    if (List)
      List->skip();
    return;
  }
  for (llvm::yaml::Node &Item : *Seq) {
    auto *Map = llvm::dyn_cast<llvm::yaml::MappingNode>(&Item);
    if (!Map) {
      error(&Item, List,
            "an entry of '" + Section + "' must be a mapping with a Name");
      Item.skip();
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
  llvm::StringSet<> Seen;
  bool Valid = true;
  for (llvm::yaml::KeyValueNode &KV : *Map) {
    std::optional<std::string> Key = scalar(KV.getKey(), Map);
    if (!Key) {
      Valid = false;
      KV.skip();
      continue;
    }
    if (!Seen.insert(*Key).second) {
      error(KV.getKey(), Map,
            "duplicate key '" + *Key + "' in a " + Section + " entry");
      Valid = false;
      KV.skip();
      continue;
    }
    llvm::yaml::Node *Value = KV.getValue();
    if (*Key == "Name")
      Valid &= bool(Name = scalar(Value, Map));
    else if (*Key == "Scope")
      Valid &= bool(Scope = scalar(Value, Map));
    else if (*Key == "Kind")
      Valid &= bool(Kind = scalar(KindNode = Value, Map));
    else if (*Key == "Args")
      Valid &= bool(Args = intList(Value, Map));
    else if (*Key == "SrcArgs")
      Valid &= bool(SrcArgs = intList(Value, Map));
    else if (*Key == "DstArgs")
      Valid &= bool(DstArgs = intList(Value, Map));
    else if (*Key == "VariadicType" || *Key == "VariadicIndex")
      KV.skip(); // accepted for compatibility with the analyzer's files
    else {
      error(KV.getKey(), Map,
            "unknown key '" + *Key + "' in a " + Section +
                " entry (expected Name, Scope, Kind, Args, SrcArgs, DstArgs)");
      Valid = false;
      KV.skip();
    }
  }
  if (!Valid)
    return;
  if (!Name || Name->empty()) {
    error(Map, nullptr, "a " + Section + " entry needs a Name");
    return;
  }
  std::string Qualified =
      normalizeName((Scope ? llvm::StringRef(*Scope).rtrim(':').str() + "::"
                           : std::string()) +
                    *Name);
  if (!isQualifiedName(Qualified)) {
    error(Map, nullptr, "'" + Qualified + "' is not a qualified name");
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
      error(Map, nullptr,
            "a Sources entry needs a Kind: path, target, query, "
            "pathparam, header, address, body, cookie or method");
      return;
    }
    std::optional<SourceKind> SK = parseSourceKind(*Kind);
    if (!SK) {
      error(KindNode, Map,
            "unknown Kind '" + *Kind +
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
      error(KindNode, Map,
            "the Kind of a Sinks entry is label or name, not '" + *Kind + "'");
      return;
    }
  }
  if (!Args || Args->empty() || llvm::is_contained(*Args, -1)) {
    error(Map, nullptr,
          "a Sinks entry needs Args: the index of the argument that "
          "carries the labels or the name");
    return;
  }
  for (int A : *Args)
    E.Sinks.push_back({unsigned(A), Role});
}

} // namespace

std::vector<std::string> addModelFile(Knowledge &K, llvm::StringRef Path) {
  std::vector<std::string> Errors;
  auto Refuse = [&](const llvm::Twine &Why) {
    Errors.push_back(
        ("cannot read the model file '" + Path + "': " + Why).str());
    return Errors;
  };
  // A device, a FIFO or a huge file would be read until memory runs out or
  // forever: only regular files up to the documented size are read.
  llvm::sys::fs::file_status Status;
  if (std::error_code EC = llvm::sys::fs::status(Path, Status))
    return Refuse(EC.message());
  if (Status.type() == llvm::sys::fs::file_type::directory_file)
    return Refuse("it is a directory");
  if (Status.type() != llvm::sys::fs::file_type::regular_file)
    return Refuse("not a regular file (a device, FIFO or socket)");
  if (Status.getSize() > MaxModelFileBytes)
    return Refuse("larger than " + llvm::Twine(MaxModelFileBytes / 1024) +
                  " KiB");
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true,
                                            /*RequiresNullTerminator=*/true);
  if (!Buffer)
    return Refuse(Buffer.getError().message());
  ModelReader(K, Path, Errors).read(std::move(*Buffer));
  return Errors;
}

} // namespace clang::tidy::metrics
