//===--- program/Report.cpp - labelguard ----------------------------------===//

#include "program/Report.h"
#include "UnitSummaries.h"
#include "clang/Tooling/Core/Diagnostic.h"
#include "clang/Tooling/Core/Replacement.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/YAMLTraits.h"
#include <map>

namespace clang::tidy::metrics::program {

using engine::FindingRecord;

namespace {

constexpr llvm::StringLiteral CheckName = "metrics-high-cardinality-label";

/// Source files read once, for snippets and offsets.
class Files {
public:
  llvm::StringRef text(llvm::StringRef Path) {
    auto It = Cache.find(Path);
    if (It == Cache.end()) {
      auto Buffer = llvm::MemoryBuffer::getFile(Path);
      It = Cache.try_emplace(Path, Buffer ? (*Buffer)->getBuffer().str() : "")
               .first;
    }
    return It->second;
  }
  llvm::StringRef line(llvm::StringRef Path, unsigned Line) {
    llvm::StringRef T = text(Path);
    for (unsigned I = 1; I < Line && !T.empty(); ++I)
      T = T.split('\n').second;
    return T.split('\n').first.rtrim('\r');
  }
  unsigned offset(llvm::StringRef Path, unsigned Line, unsigned Column) {
    llvm::StringRef T = text(Path);
    size_t Offset = 0;
    for (unsigned I = 1; I < Line; ++I) {
      size_t NL = T.find('\n', Offset);
      if (NL == llvm::StringRef::npos)
        return unsigned(T.size());
      Offset = NL + 1;
    }
    return unsigned(std::min(Offset + Column - 1, T.size()));
  }

private:
  llvm::StringMap<std::string> Cache;
};

/// Adds \p R to \p Into. Two insertions at one offset (the guard's
/// include and a route adapter's, both placed before a file's first
/// include) are one insertion of both texts, which tooling::Replacements
/// otherwise refuses as a conflict; includes go in sorted order, where the
/// front ends' include inserter puts them.
llvm::Error addEdit(tooling::Replacements &Into,
                    const tooling::Replacement &R) {
  llvm::Error Problem = Into.add(R);
  if (!Problem || R.getLength() != 0)
    return Problem;
  const tooling::Replacement *Old = nullptr;
  for (const tooling::Replacement &Had : Into)
    if (Had.getOffset() == R.getOffset() && Had.getLength() == 0)
      Old = &Had;
  // Any other two insertions at one place have no order to go in.
  auto Includes = [](llvm::StringRef Text) {
    return Text.starts_with("#include") && Text.ends_with("\n");
  };
  if (!Old || !Includes(Old->getReplacementText()) ||
      !Includes(R.getReplacementText()))
    return Problem;
  llvm::consumeError(std::move(Problem));
  llvm::StringRef First = Old->getReplacementText();
  llvm::StringRef Second = R.getReplacementText();
  // Already merged in.
  if (First.starts_with(Second) || First.contains(("\n" + Second).str()))
    return llvm::Error::success();
  if (Second < First)
    std::swap(First, Second);
  tooling::Replacement Merged(R.getFilePath(), R.getOffset(), 0,
                              (First + Second).str());
  tooling::Replacements Rebuilt;
  for (const tooling::Replacement &Had : Into)
    if (&Had != Old)
      if (llvm::Error E = Rebuilt.add(Had))
        return E;
  if (llvm::Error E = Rebuilt.add(Merged))
    return E;
  Into = std::move(Rebuilt);
  return llvm::Error::success();
}

bool declinesTemplate(const engine::SitePlan &P) {
  return P.Edits.empty() &&
         (P.Note == unsigned(FixNote::NoFixTemplate) ||
          P.Note == unsigned(FixNote::NoFixTemplateDiffers) ||
          P.Note == unsigned(FixNote::NoFixTemplateHeader) ||
          P.Note == unsigned(FixNote::NoFixTemplateElsewhere));
}

std::string warningText(const FindingRecord &F) {
  std::string Text = warningFormat(F.Role).str();
  size_t At = Text.find("%0");
  Text.replace(At, 2, describe(F.Kind).str());
  return Text;
}

struct Note {
  const engine::ExternalLoc *At;
  std::string Text;
};

std::vector<Note> notesOf(const FindingRecord &F, const FixSpelling &S) {
  std::vector<Note> Notes;
  for (const engine::Step &Step : F.Steps) {
    // The read needs no note of its own when it is the reported value.
    if (Step.Kind == engine::StepKind::Read && Step.Where == F.At)
      continue;
    if (Step.Where.Elsewhere)
      Notes.push_back({Step.Where.Elsewhere, stepNote(Step)});
  }
  Notes.push_back({F.At.Elsewhere,
                   fixNote(FixNote(F.Plan.Note), F.Plan.Adapter, F.Kind, S)});
  for (const auto &[At, Text] : F.ExtraNotes)
    Notes.push_back({&At, Text});
  return Notes;
}

void printOne(llvm::raw_ostream &OS, Files &Sources,
              const engine::ExternalLoc &At, llvm::StringRef Level,
              llvm::StringRef Text, bool Tag) {
  OS << At.File << ":" << At.Line << ":" << At.Column << ": " << Level << ": "
     << Text;
  if (Tag)
    OS << " [" << CheckName << "]";
  OS << "\n";
  llvm::StringRef Line = Sources.line(At.File, At.Line);
  OS << llvm::format("%5u", At.Line) << " | " << Line << "\n";
  OS << "      | " << std::string(At.Column ? At.Column - 1 : 0, ' ') << "^\n";
}

} // namespace

void carryRegistrations(FindingRecord &Carrier,
                        llvm::ArrayRef<engine::Edit> Registrations) {
  // Which declarers wrap objects carrying routes rather than patterns: the
  // built-in knowledge's (a model file declares no routes).
  static const Knowledge Builtin = Knowledge::builtin();
  const engine::Edit *First = nullptr;
  unsigned Count = 0, Objects = 0;
  for (const engine::Edit &E : Registrations) {
    Carrier.Plan.Edits.push_back(E);
    // A declaration is the opening of a declarer's call or a route macro
    // renamed to the guard's (a replacement); the rest are the calls'
    // closing parentheses and the includes.
    llvm::StringRef Text(E.Text);
    bool Call = Text.ends_with("(");
    if (!Call && E.Length == 0)
      continue;
    ++Count;
    if (Call && Builtin.declaresObjects(Text.drop_back()))
      ++Objects;
    if (!First || std::make_pair(E.File, E.Offset) <
                      std::make_pair(First->File, First->Offset))
      First = &E;
  }
  if (!First)
    return;
  Files Sources;
  llvm::StringRef Text = Sources.text(First->File);
  llvm::StringRef Before = Text.take_front(First->Offset);
  engine::ExternalLoc At;
  At.File = First->File;
  At.Line = unsigned(Before.count('\n')) + 1;
  At.Column = unsigned(Before.size() - (Before.rfind('\n') + 1)) + 1;
  Carrier.ExtraNotes.push_back(
      {At, registrationNote(Count, llvm::StringRef(First->Text).rtrim('('),
                            Objects)});
}

std::vector<FindingRecord> collectFindings(const engine::ProgramLink &L,
                                           const Knowledge &K) {
  std::vector<FindingRecord> All;
  for (const FindingRecord *F : L.unitFindings())
    All.push_back(*F);
  for (const engine::LinkFinding &F : L.linkFindings()) {
    FindingRecord R;
    R.At = F.Site->At;
    R.Kind = F.Kind;
    R.Role = F.Role;
    R.Steps = F.Steps;
    R.Plan = choosePlan(F, K);
    All.push_back(std::move(R));
  }
  auto Key = [](const FindingRecord &F) {
    const engine::ExternalLoc *E = F.At.Elsewhere;
    return std::make_tuple(E ? E->File.str() : std::string(), E ? E->Line : 0,
                           E ? E->Column : 0, unsigned(F.Role));
  };
  llvm::stable_sort(All, [&](const FindingRecord &A, const FindingRecord &B) {
    return Key(A) < Key(B);
  });
  // A header's finding reached from several units, or found by a unit and by
  // the link: one warning. Inside a template, one edit changes the
  // instantiations of every unit: a unit that declined the place declines
  // it for all.
  std::vector<FindingRecord> Unique;
  for (FindingRecord &F : All) {
    if (!F.At.Elsewhere)
      continue;
    if (Unique.empty() || Key(Unique.back()) != Key(F))
      Unique.push_back(std::move(F));
    else if (declinesTemplate(F.Plan) && !declinesTemplate(Unique.back().Plan))
      Unique.back().Plan = F.Plan;
  }
  // A unit that instantiates a template from outside its main file found
  // nothing to fix there, or its finding would have declined above: an edit
  // inside that template, which another unit offered for its own
  // instantiations, is left out.
  std::vector<engine::Edit> Bodies = L.templateBodies();
  for (FindingRecord &F : Unique) {
    bool Inside = llvm::any_of(F.Plan.Edits, [&](const engine::Edit &E) {
      return llvm::any_of(Bodies, [&](const engine::Edit &B) {
        return E.File == B.File && E.Offset >= B.Offset &&
               E.Offset + E.Length <= B.Offset + B.Length;
      });
    });
    if (Inside) {
      F.Plan = engine::SitePlan();
      F.Plan.Note = unsigned(FixNote::NoFixTemplateElsewhere);
    }
  }
  return Unique;
}

bool Filter::shows(const FindingRecord &F) const {
  if (!F.At.Elsewhere)
    return false;
  std::string File = F.At.Elsewhere->File.str();
  if (MainFiles.count(File))
    return Files.empty() || Files.count(File);
  // A header.
  if (HeaderFilter)
    return HeaderFilter->match(File);
  return !SourceRoot.empty() && llvm::StringRef(File).starts_with(SourceRoot);
}

void printFindings(llvm::raw_ostream &OS,
                   llvm::ArrayRef<const FindingRecord *> Findings,
                   const FixSpelling &Spelling) {
  Files Sources;
  for (const FindingRecord *F : Findings) {
    printOne(OS, Sources, *F->At.Elsewhere, "warning", warningText(*F), true);
    for (const Note &N : notesOf(*F, Spelling))
      printOne(OS, Sources, *N.At, "note", N.Text, false);
  }
}

llvm::Error exportFixes(llvm::StringRef Path,
                        llvm::ArrayRef<const FindingRecord *> Findings,
                        const FixSpelling &Spelling,
                        llvm::StringRef BuildDirectory) {
  Files Sources;
  tooling::TranslationUnitDiagnostics TUD;
  std::set<std::tuple<std::string, unsigned, unsigned, std::string>> Exported;
  auto Message = [&](const engine::ExternalLoc &At, llvm::StringRef Text) {
    tooling::DiagnosticMessage M(Text);
    M.FilePath = At.File.str();
    M.FileOffset = Sources.offset(At.File, At.Line, At.Column);
    return M;
  };
  for (const FindingRecord *F : Findings) {
    tooling::Diagnostic D;
    D.DiagnosticName = CheckName.str();
    D.DiagLevel = tooling::Diagnostic::Warning;
    D.BuildDirectory = BuildDirectory.str();
    D.Message = Message(*F->At.Elsewhere, warningText(*F));
    // Each edit once: the guard's include that every finding in a file
    // carries goes with the first of them.
    for (const engine::Edit &E : F->Plan.Edits) {
      if (!Exported.insert({E.File.str(), E.Offset, E.Length, E.Text}).second)
        continue;
      llvm::Error Err =
          addEdit(D.Message.Fix[E.File],
                  tooling::Replacement(E.File, E.Offset, E.Length, E.Text));
      if (Err)
        llvm::consumeError(std::move(Err));
    }
    for (const Note &N : notesOf(*F, Spelling))
      D.Notes.push_back(Message(*N.At, N.Text));
    TUD.Diagnostics.push_back(std::move(D));
  }
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_TextWithCRLF);
  if (EC)
    return llvm::createStringError(EC, "cannot write '" + Path +
                                           "': " + EC.message());
  llvm::yaml::Output YAML(OS);
  YAML << TUD;
  return llvm::Error::success();
}

unsigned applyFixes(llvm::ArrayRef<const FindingRecord *> Findings,
                    llvm::raw_ostream &Err) {
  std::map<std::string, tooling::Replacements> ByFile;
  for (const FindingRecord *F : Findings) {
    // A finding's edits go in together or not at all.
    std::map<std::string, tooling::Replacements> Mine = ByFile;
    bool Conflict = false;
    for (const engine::Edit &E : F->Plan.Edits) {
      tooling::Replacement R(E.File, E.Offset, E.Length, E.Text);
      tooling::Replacements &Into = Mine[E.File.str()];
      bool Present = llvm::any_of(
          Into, [&](const tooling::Replacement &Old) { return Old == R; });
      if (Present)
        continue;
      if (llvm::Error Problem = addEdit(Into, R)) {
        llvm::consumeError(std::move(Problem));
        Conflict = true;
        break;
      }
    }
    if (Conflict) {
      const engine::ExternalLoc &At = *F->At.Elsewhere;
      Err << "labelguard-scan: the fix of " << At.File << ":" << At.Line << ":"
          << At.Column << " overlaps another fix; left out\n";
      continue;
    }
    ByFile = std::move(Mine);
  }
  unsigned Changed = 0;
  for (const auto &[File, Replaces] : ByFile) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer) {
      Err << "labelguard-scan: cannot read '" << File << "' to fix it\n";
      continue;
    }
    llvm::Expected<std::string> Fixed =
        tooling::applyAllReplacements((*Buffer)->getBuffer(), Replaces);
    if (!Fixed) {
      Err << "labelguard-scan: cannot fix '" << File
          << "': " << llvm::toString(Fixed.takeError()) << "\n";
      continue;
    }
    std::error_code EC;
    llvm::raw_fd_ostream OS(File, EC);
    if (EC) {
      Err << "labelguard-scan: cannot write '" << File << "': " << EC.message()
          << "\n";
      continue;
    }
    OS << *Fixed;
    ++Changed;
  }
  return Changed;
}

} // namespace clang::tidy::metrics::program
