//===--- UnitSummaries.cpp - labelguard -----------------------------------===//

#include "UnitSummaries.h"
#include "engine/Locations.h"
#include "engine/SummaryIO.h"
#include "clang/Basic/FileManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/xxhash.h"
#include <mutex>

namespace clang::tidy::metrics {

using namespace engine;

namespace {

// "12:5": where a read is, as a plan's key names it.
std::string lineColumn(SourceLocation L, const SourceManager &SM) {
  SourceLocation E = SM.getExpansionLoc(L);
  return llvm::utostr(SM.getExpansionLineNumber(E)) + ":" +
         llvm::utostr(SM.getExpansionColumnNumber(E));
}

std::string lineColumn(const Loc &L) {
  if (!L.Elsewhere)
    return "";
  return llvm::utostr(L.Elsewhere->Line) + ":" +
         llvm::utostr(L.Elsewhere->Column);
}

SitePlan toPlan(const FixPlan &Plan, llvm::ArrayRef<FixItHint> Edits,
                const SourceManager &SM, FactStore &Store) {
  SitePlan P;
  for (const FixItHint &H : Edits)
    P.Edits.push_back(toEdit(H, SM, Store));
  P.Note = unsigned(Plan.Note);
  P.Adapter = Plan.Adapter;
  return P;
}

} // namespace

Edit toEdit(const FixItHint &Hint, const SourceManager &SM, FactStore &Store) {
  CharSourceRange R = Hint.RemoveRange;
  if (R.isTokenRange())
    R = Lexer::getAsCharRange(R, SM, LangOptions());
  SourceLocation Begin = SM.getFileLoc(R.getBegin());
  SourceLocation End = SM.getFileLoc(R.getEnd());
  Edit E;
  if (OptionalFileEntryRef File = SM.getFileEntryRefForID(SM.getFileID(Begin)))
    E.File = canonicalPath(SM, *File, Store);
  E.Offset = SM.getFileOffset(Begin);
  E.Length = SM.getFileOffset(End) - E.Offset;
  E.Text = Hint.CodeToInsert;
  return E;
}

FindingRecord toRecord(const Finding &F, const FixPlan &Plan,
                       llvm::ArrayRef<FixItHint> Edits,
                       TranslationUnitAnalysis &Analysis) {
  const SourceManager &SM = Analysis.context().AST.getSourceManager();
  FindingRecord R;
  R.At = F.Reported->getBeginLoc();
  R.Kind = F.Kind;
  R.Role = F.Role;
  R.Steps = F.Steps;
  R.Plan = toPlan(Plan, Edits, SM, Analysis.store());
  return R;
}

UnitSummary
buildUnitSummary(TranslationUnitAnalysis &Analysis, FixBuilder &Fixes,
                 llvm::function_ref<std::optional<FixItHint>(FileID)> Include,
                 std::vector<FindingRecord> Findings) {
  Context &C = Analysis.context();
  FactStore &Store = Analysis.store();
  const SourceManager &SM = C.AST.getSourceManager();
  UnitSummary U;
  if (OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    U.MainFile = canonicalPath(SM, *Main, Store).str();

  auto PlanAt = [&](const Expr *Site, const FunctionDecl *Owner, SourceKind K,
                    bool Transformed, Loc Read, Symbol ReadName) {
    Finding F;
    F.Reported = Site;
    F.Kind = K;
    F.Role = SinkRole::Label;
    F.Transformed = Transformed;
    F.Read = Read;
    F.ReadName = ReadName;
    F.Owner = Owner;
    FixPlan Plan = Fixes.planAtSite(F);
    std::vector<FixItHint> Edits = Plan.Edits;
    if (!Edits.empty())
      if (std::optional<FixItHint> I =
              Include(SM.getFileID(SM.getExpansionLoc(Site->getBeginLoc()))))
        Edits.push_back(*I);
    return toPlan(Plan, Edits, SM, Store);
  };

  for (const FunctionSummary *S : Store.localSummaries()) {
    FunctionSummary Copy = *S;
    const FunctionDecl *Owner = C.definitionOf(S->Key);
    for (ReportSite &Site : Copy.Sites) {
      if (!Site.Value)
        continue;
      Site.Plans["route"] =
          PlanAt(Site.Value, Owner, SourceKind::Path, false, Loc(), Symbol());
      Site.Plans["other"] =
          PlanAt(Site.Value, Owner, SourceKind::Query, false, Loc(), Symbol());
      // Reads inside the site: the fix may guard just the raw part, or use
      // the framework's matched route.
      SourceRange Range = Site.Value->getSourceRange();
      for (const auto &[At, Read] : C.reads()) {
        if (SM.isBeforeInTranslationUnit(At, Range.getBegin()) ||
            SM.isBeforeInTranslationUnit(Range.getEnd(), At))
          continue;
        std::string Where = lineColumn(At, SM);
        Site.Plans["route@" + Where] =
            PlanAt(Site.Value, Owner, SourceKind::Path, false, At, Read.second);
        Site.Plans["route~@" + Where] =
            PlanAt(Site.Value, Owner, SourceKind::Path, true, At, Read.second);
      }
    }
    externalize(Copy, SM, Store);
    U.Functions.push_back(std::move(Copy));
  }
  for (const auto &[Key, Facts] : Store.fields()) {
    FieldFacts Copy = Facts;
    externalize(Copy, SM, Store);
    U.Fields[Key] = std::move(Copy);
  }
  for (FindingRecord &R : Findings) {
    externalize(R, SM, Store);
    U.Findings.push_back(std::move(R));
  }
  // Everything the unit read, hashed: the summary is stale once any of it
  // changes.
  for (auto It = SM.fileinfo_begin(), E = SM.fileinfo_end(); It != E; ++It) {
    if (!It->second || !It->second->getBufferIfLoaded())
      continue;
    llvm::StringRef Text = It->second->getBufferIfLoaded()->getBuffer();
    U.Inputs.push_back(
        {canonicalPath(SM, It->first, Store).str(), llvm::xxh3_64bits(Text)});
  }
  llvm::sort(U.Inputs);
  return U;
}

std::string summaryFileName(llvm::StringRef MainFile) {
  // Readable, and unique for two files of one name in different folders.
  return (llvm::sys::path::filename(MainFile) + "." +
          llvm::utohexstr(llvm::xxh3_64bits(MainFile)) + ".lgs")
      .str();
}

std::optional<std::string> writeUnitSummaryFile(const UnitSummary &U,
                                                llvm::StringRef Path) {
  llvm::SmallString<256> Target(Path);
  if (llvm::sys::fs::is_directory(Path) || Path.ends_with("/"))
    llvm::sys::path::append(Target, summaryFileName(U.MainFile));
  llvm::StringRef Dir = llvm::sys::path::parent_path(Target);
  if (!Dir.empty())
    if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
      return "cannot create '" + Dir.str() + "': " + EC.message();
  // Written aside and renamed: a reader never sees half a summary.
  std::string Temp =
      (Target + ".tmp." + llvm::utostr(llvm::sys::Process::getProcessId()))
          .str();
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Temp, EC);
    if (EC)
      return "cannot write '" + Temp + "': " + EC.message();
    writeUnitSummary(U, OS);
    OS.close();
    if (OS.has_error()) {
      std::string Why = OS.error().message();
      OS.clear_error();
      llvm::sys::fs::remove(Temp);
      return "cannot write '" + Temp + "': " + Why;
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Target)) {
    llvm::sys::fs::remove(Temp);
    return "cannot write '" + Target.str().str() + "': " + EC.message();
  }
  return std::nullopt;
}

SitePlan choosePlan(const LinkFinding &F, const Knowledge &K) {
  SitePlan None;
  if (F.Role == SinkRole::Name) {
    None.Note = unsigned(FixNote::NoFixName);
    return None;
  }
  if (F.IntoCallersCallable) {
    None.Note = unsigned(FixNote::NoFixCallable);
    return None;
  }
  const auto &Plans = F.Site->Plans;
  auto Find = [&](const std::string &Key) -> const SitePlan * {
    auto It = Plans.find(Key);
    return It == Plans.end() ? nullptr : &It->second;
  };
  const SitePlan *P = nullptr;
  if (F.Kind == SourceKind::Path || F.Kind == SourceKind::Target) {
    std::string At = lineColumn(F.Read);
    P = Find((F.Transformed ? "route~@" : "route@") + At);
    if (!P && !F.Transformed)
      P = Find("route");
    if (!P) {
      None.Note = unsigned(FixNote::NoFixTransformed);
      return None;
    }
  } else {
    P = Find("other");
  }
  if (!P) {
    None.Note = unsigned(FixNote::NoFixKind);
    return None;
  }
  SitePlan Chosen = *P;
  // The adapter is the framework's whose request was read.
  if (labelsByRegisteredRoute(FixNote(Chosen.Note))) {
    Chosen.Adapter = K.adapterFor(F.ReadName).str();
    if (Chosen.Adapter.empty())
      Chosen.Adapter = "route_list.hpp";
  }
  return Chosen;
}

llvm::Expected<std::shared_ptr<const SummaryIndex>>
projectIndex(llvm::StringRef Path) {
  // One per process: a clang-tidy run over many files, and clangd's worker
  // threads, share it. Reloaded when the file changes.
  static std::mutex Lock;
  struct Cached {
    llvm::sys::TimePoint<> Modified;
    uint64_t Size = 0;
    std::shared_ptr<const SummaryIndex> Index;
  };
  static llvm::StringMap<Cached> Cache;
  llvm::sys::fs::file_status Status;
  if (std::error_code EC = llvm::sys::fs::status(Path, Status))
    return llvm::createStringError(EC, "cannot read '" + Path +
                                           "': " + EC.message());
  std::lock_guard<std::mutex> Guard(Lock);
  Cached &C = Cache[Path];
  if (C.Index && C.Modified == Status.getLastModificationTime() &&
      C.Size == Status.getSize())
    return C.Index;
  llvm::Expected<std::unique_ptr<SummaryIndex>> Loaded =
      SummaryIndex::load(Path);
  if (!Loaded)
    return Loaded.takeError();
  C = {Status.getLastModificationTime(), Status.getSize(), std::move(*Loaded)};
  return C.Index;
}

} // namespace clang::tidy::metrics
