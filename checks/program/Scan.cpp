//===--- program/Scan.cpp - labelguard ------------------------------------===//

#include "program/Scan.h"
#include "UnitSummaries.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "engine/SummaryIO.h"
#include "program/Report.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/xxhash.h"
#include <deque>
#include <map>

namespace clang::tidy::metrics::program {

namespace {

constexpr llvm::StringLiteral CheckName = "metrics-high-cardinality-label";

std::string absolute(llvm::StringRef Dir, llvm::StringRef File) {
  // Workers run clang-tidy, which moves into each unit's build directory:
  // every path they are given is absolute.
  llvm::SmallString<256> Base(Dir);
  llvm::sys::fs::make_absolute(Base);
  llvm::SmallString<256> Path(File);
  llvm::sys::fs::make_absolute(Base, Path);
  // As summaries name files: symbolic links resolved.
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(Path, Real))
    return std::string(Real);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/false);
  return Path.str().str();
}

/// Hashes of source files, each read once per run.
class Hashes {
public:
  std::optional<uint64_t> of(llvm::StringRef Path) {
    auto [It, New] = Cache.try_emplace(Path);
    if (New)
      if (auto Buffer = llvm::MemoryBuffer::getFile(Path))
        It->second = llvm::xxh3_64bits((*Buffer)->getBuffer());
    return It->second;
  }

private:
  llvm::StringMap<std::optional<uint64_t>> Cache;
};

struct Unit {
  std::string File;    ///< absolute main file
  std::string Summary; ///< its summary file
  std::string Fingerprint;
  bool Reused = false;
  std::string Why = "it has no summary yet"; ///< why it is analysed again
};

/// Reads a summary; a missing, corrupt, foreign or truncated one is an
/// error that names the file.
llvm::Expected<engine::UnitSummary> readSummary(llvm::StringRef Path,
                                                engine::FactStore &Strings) {
  auto Buffer = engine::readRegularFile(Path, engine::MaxSummaryFileBytes);
  if (!Buffer)
    return Buffer.takeError();
  llvm::Expected<engine::UnitSummary> U =
      engine::readUnitSummary((*Buffer)->getBuffer(), Strings);
  if (!U)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "summary '" + Path + "' is unusable: " + llvm::toString(U.takeError()));
  return U;
}

/// Runs the workers, \p Jobs at a time. Returns the units whose worker
/// failed, with what it said.
std::vector<std::pair<const Unit *, std::string>>
runWorkers(const ScanOptions &O, llvm::ArrayRef<const Unit *> Work) {
  struct Running {
    llvm::sys::ProcessInfo Process;
    const Unit *U;
    std::string Log;
  };
  std::vector<std::pair<const Unit *, std::string>> Failed;
  std::deque<const Unit *> Pending(Work.begin(), Work.end());
  std::vector<Running> Active;
  auto Start = [&](const Unit *U) {
    std::vector<std::string> Args{
        O.Self, "summarize", "-p", absolute(".", O.BuildDir), "-o", U->Summary};
    if (!O.Config.Config.empty())
      Args.push_back("--config=" + O.Config.Config);
    if (!O.Config.ConfigFile.empty())
      Args.push_back("--config-file=" + O.Config.ConfigFile);
    Args.push_back(U->File);
    std::vector<llvm::StringRef> Refs(Args.begin(), Args.end());
    std::string Log = U->Summary + ".log";
    std::optional<llvm::StringRef> Redirects[] = {std::nullopt, Log, Log};
    std::string Error;
    bool Failure = false;
    llvm::sys::ProcessInfo P = llvm::sys::ExecuteNoWait(
        O.Self, Refs, std::nullopt, Redirects, 0, &Error, &Failure);
    if (Failure) {
      Failed.push_back({U, "cannot start a worker: " + Error});
      return;
    }
    Active.push_back({P, U, Log});
  };
  while (!Pending.empty() || !Active.empty()) {
    while (!Pending.empty() && Active.size() < std::max(1u, O.Jobs)) {
      Start(Pending.front());
      Pending.pop_front();
    }
    if (Active.empty())
      continue;
    // Wait for any worker: poll each, then block on the oldest.
    bool Reaped = false;
    for (size_t I = 0; I < Active.size() && !Reaped; ++I) {
      bool Last = I + 1 == Active.size();
      llvm::sys::ProcessInfo Done = llvm::sys::Wait(
          Active[I].Process, Last ? std::nullopt : std::optional<unsigned>(0));
      if (Done.Pid == 0)
        continue;
      if (Done.ReturnCode != 0) {
        std::string Said;
        if (auto Buffer = llvm::MemoryBuffer::getFile(Active[I].Log))
          Said = (*Buffer)->getBuffer().trim().str();
        Failed.push_back(
            {Active[I].U, Said.empty() ? "the worker failed (status " +
                                             llvm::itostr(Done.ReturnCode) + ")"
                                       : Said});
      }
      llvm::sys::fs::remove(Active[I].Log);
      Active.erase(Active.begin() + I);
      Reaped = true;
    }
  }
  return Failed;
}

engine::UnitSummary indexOf(engine::ProgramLink &L,
                            std::vector<std::string> UnitFiles) {
  engine::UnitSummary Index = L.index();
  Index.Findings = collectFindings(L, Knowledge::builtin());
  Index.Errors = L.errors();
  llvm::sort(UnitFiles);
  Index.Units = std::move(UnitFiles);
  return Index;
}

std::string commonDirectory(llvm::ArrayRef<std::string> Files) {
  if (Files.empty())
    return "";
  std::string Root = llvm::sys::path::parent_path(Files.front()).str();
  for (const std::string &F : Files)
    while (!Root.empty() && !llvm::StringRef(F).starts_with(Root + "/"))
      Root = llvm::sys::path::parent_path(Root).str();
  return Root.empty() ? "" : Root + "/";
}

/// The check's options as clang-tidy would give them for \p File.
class CheckOptionsFor {
public:
  CheckOptionsFor(const ConfigOptions &Config, llvm::StringRef File) {
    std::string Error;
    if (auto Provider = optionsProvider(Config, {}, Error))
      Options = Provider->getOptions(File);
  }
  std::string get(llvm::StringRef Name, llvm::StringRef Default) const {
    auto It = Options.CheckOptions.find((CheckName + "." + Name).str());
    return It == Options.CheckOptions.end() ? Default.str()
                                            : It->getValue().Value;
  }

private:
  ClangTidyOptions Options;
};

FixSpelling spellingFor(const CheckOptionsFor &Options) {
  return FixSpelling::of(
      Options.get("GuardFunction", "::labelguard::route_label"),
      Options.get("LimiterFunction", ""));
}

/// Whether ReportKinds, as the file's options set it, reports \p Kind (the
/// units checked the option's values when they ran; an unknown kind is
/// skipped here as there).
bool reportsKind(const CheckOptionsFor &Options, SourceKind Kind) {
  std::string List = Options.get("ReportKinds", DefaultReportKinds);
  for (llvm::StringRef Item : utils::options::parseStringList(List))
    if (parseSourceKind(Item) == Kind)
      return true;
  return false;
}

/// Prints and fixes the findings of \p Index that \p O asks for.
int reportFindings(const engine::UnitSummary &Index, const ReportOptions &O,
                   const ConfigOptions &Config, llvm::StringRef BuildDir,
                   llvm::raw_ostream &Out, llvm::raw_ostream &Err) {
  Filter F;
  for (const std::string &File : O.Files)
    F.Files.insert(absolute(BuildDir.empty() ? "." : BuildDir, File));
  F.MainFiles.insert(Index.Units.begin(), Index.Units.end());
  F.SourceRoot = commonDirectory(Index.Units);
  if (O.HeaderFilter) {
    F.HeaderFilter.emplace(*O.HeaderFilter);
    std::string Why;
    if (!F.HeaderFilter->isValid(Why)) {
      Err << "labelguard-scan: error: --header-filter: " << Why << "\n";
      return ExitUsage;
    }
  }
  // Options are read as clang-tidy reads them for the file reported in: a
  // finding linked across units honours ReportKinds as one in a unit does.
  std::map<std::string, CheckOptionsFor> OptionsOf;
  auto OptionsFor = [&](llvm::StringRef File) -> const CheckOptionsFor & {
    auto It = OptionsOf.find(File.str());
    if (It == OptionsOf.end())
      It = OptionsOf.try_emplace(File.str(), Config, File).first;
    return It->second;
  };
  std::vector<const engine::FindingRecord *> Shown;
  for (const engine::FindingRecord &R : Index.Findings)
    if (F.shows(R) && reportsKind(OptionsFor(R.At.Elsewhere->File), R.Kind))
      Shown.push_back(&R);
  // The first fix that labels by the registered route also registers the
  // routes the program declares, unless it registers them by hand.
  std::optional<engine::FindingRecord> Carrier;
  if (!Index.RegistersByHand && !Index.Registrations.empty())
    for (const engine::FindingRecord *&R : Shown)
      if (R->Plan.Note == unsigned(FixNote::NeedsRegistration) &&
          !R->Plan.Edits.empty()) {
        Carrier = *R;
        carryRegistrations(*Carrier, Index.Registrations);
        R = &*Carrier;
        break;
      }
  for (const std::string &E : Index.Errors)
    Err << E << "\n";
  FixSpelling Spelling =
      spellingFor(OptionsFor(Index.Units.empty() ? "" : Index.Units.front()));
  printFindings(Out, Shown, Spelling);
  if (!O.ExportFixes.empty())
    if (llvm::Error E = exportFixes(O.ExportFixes, Shown, Spelling, BuildDir)) {
      Err << "labelguard-scan: error: " << llvm::toString(std::move(E)) << "\n";
      return ExitUsage;
    }
  if (O.Fix) {
    unsigned Files = applyFixes(Shown, Err);
    if (!O.Quiet)
      Err << "labelguard-scan: fixes applied in " << Files << " file"
          << (Files == 1 ? "" : "s") << "\n";
  }
  if (!O.Quiet)
    Err << Shown.size() << " warning" << (Shown.size() == 1 ? "" : "s")
        << " in " << Index.Units.size() << " translation unit"
        << (Index.Units.size() == 1 ? "" : "s") << ".\n";
  if (!Index.Errors.empty())
    return ExitUnitErrors;
  return Shown.empty() ? ExitClean : ExitFindings;
}

} // namespace

int scan(const ScanOptions &O, llvm::raw_ostream &Out, llvm::raw_ostream &Err) {
  std::string Error;
  auto DB = loadDatabase(O.BuildDir, Error);
  if (!DB) {
    Err << "labelguard-scan: error: " << Error << "\n";
    return ExitUsage;
  }
  auto Provider = optionsProvider(O.Config, {}, Error);
  if (!Provider) {
    Err << "labelguard-scan: error: " << Error << "\n";
    return ExitUsage;
  }
  std::string SummaryDir = O.SummaryDir.empty()
                               ? absolute(O.BuildDir, "labelguard-summaries")
                               : absolute(".", O.SummaryDir);
  if (std::error_code EC = llvm::sys::fs::create_directories(SummaryDir)) {
    Err << "labelguard-scan: error: cannot create '" << SummaryDir
        << "': " << EC.message() << "\n";
    return ExitUsage;
  }

  // Every unit of the database, and whether its summary can be reused.
  engine::FactStore Strings;
  Hashes Sources;
  std::vector<Unit> Units;
  std::map<std::string, engine::UnitSummary> Ready;
  for (const tooling::CompileCommand &C : DB->getAllCompileCommands()) {
    Unit U;
    U.File = absolute(C.Directory, C.Filename);
    if (llvm::any_of(Units,
                     [&](const Unit &Known) { return Known.File == U.File; }))
      continue; // one summary per source, as clang-tidy runs one per file
    U.Summary = (SummaryDir + "/" + summaryFileName(U.File));
    U.Fingerprint = unitFingerprint(C, Provider->getOptions(U.File));
    if (llvm::sys::fs::exists(U.Summary)) {
      llvm::Expected<engine::UnitSummary> Old = readSummary(U.Summary, Strings);
      if (!Old) {
        Err << "labelguard-scan: " << llvm::toString(Old.takeError())
            << "; making it again\n";
      } else if (Old->Fingerprint != U.Fingerprint) {
        U.Why = "its compile command, options or labelguard changed";
      } else if (auto Changed = llvm::find_if(Old->Inputs,
                                              [&](const auto &In) {
                                                return Sources.of(In.first) !=
                                                       In.second;
                                              });
                 Changed != Old->Inputs.end()) {
        U.Why = Changed->first + " changed";
      } else {
        U.Reused = true;
        Ready[U.File] = std::move(*Old);
      }
    }
    Units.push_back(std::move(U));
  }

  std::vector<const Unit *> Work;
  for (const Unit &U : Units)
    if (!U.Reused) {
      Work.push_back(&U);
      if (O.Verbose)
        Err << "labelguard-scan: analysing " << U.File << ": " << U.Why << "\n";
    }
  int Status = ExitClean;
  for (const auto &[U, Why] : runWorkers(O, Work)) {
    Err << "labelguard-scan: error: " << U->File << ": " << Why << "\n";
    Status = ExitUnitErrors;
  }

  engine::ProgramLink Link(Strings);
  std::vector<std::string> UnitFiles;
  for (const Unit &U : Units) {
    UnitFiles.push_back(U.File);
    if (U.Reused) {
      Link.add(std::move(Ready[U.File]));
      continue;
    }
    llvm::Expected<engine::UnitSummary> Made = readSummary(U.Summary, Strings);
    if (!Made) {
      Err << "labelguard-scan: error: " << U.File << ": "
          << llvm::toString(Made.takeError()) << "\n";
      Status = ExitUnitErrors;
      continue;
    }
    Link.add(std::move(*Made));
  }
  Link.run();
  engine::UnitSummary Index = indexOf(Link, UnitFiles);
  std::string IndexPath = O.IndexPath.empty()
                              ? absolute(O.BuildDir, "labelguard.idx")
                              : absolute(".", O.IndexPath);
  if (std::optional<std::string> Problem =
          writeUnitSummaryFile(Index, IndexPath))
    Err << "labelguard-scan: warning: the project index was not written: "
        << *Problem << "\n";
  if (!O.Report.Quiet) {
    size_t Reused =
        llvm::count_if(Units, [](const Unit &U) { return U.Reused; });
    Err << "labelguard-scan: " << Units.size() << " translation units ("
        << Units.size() - Reused << " analysed, " << Reused
        << " summaries reused)\n";
  }
  int Reported =
      reportFindings(Index, O.Report, O.Config, O.BuildDir, Out, Err);
  if (Reported == ExitUsage || Status == ExitClean)
    return Reported;
  return Status;
}

int linkSummaries(llvm::ArrayRef<std::string> Inputs, llvm::StringRef IndexPath,
                  llvm::raw_ostream &Err) {
  std::vector<std::string> Files;
  for (const std::string &In : Inputs) {
    if (llvm::StringRef(In).starts_with("@")) {
      auto List = llvm::MemoryBuffer::getFile(In.substr(1));
      if (!List) {
        Err << "labelguard-scan: error: cannot read '" << In.substr(1)
            << "': " << List.getError().message() << "\n";
        return ExitUsage;
      }
      llvm::SmallVector<llvm::StringRef, 64> Lines;
      (*List)->getBuffer().split(Lines, '\n', -1, false);
      for (llvm::StringRef L : Lines)
        if (!L.trim().empty())
          Files.push_back(L.trim().str());
    } else if (llvm::sys::fs::is_directory(In)) {
      std::error_code EC;
      for (llvm::sys::fs::directory_iterator It(In, EC), End; It != End && !EC;
           It.increment(EC))
        if (llvm::StringRef(It->path()).ends_with(".lgs"))
          Files.push_back(It->path());
    } else {
      Files.push_back(In);
    }
  }
  llvm::sort(Files);
  engine::FactStore Strings;
  engine::ProgramLink Link(Strings);
  std::vector<std::string> UnitFiles;
  int Status = ExitClean;
  for (const std::string &F : Files) {
    llvm::Expected<engine::UnitSummary> U = readSummary(F, Strings);
    if (!U) {
      Err << "labelguard-scan: error: " << llvm::toString(U.takeError())
          << "\n";
      Status = ExitUnitErrors;
      continue;
    }
    UnitFiles.push_back(U->MainFile);
    Link.add(std::move(*U));
  }
  Link.run();
  if (std::optional<std::string> Problem =
          writeUnitSummaryFile(indexOf(Link, UnitFiles), IndexPath)) {
    Err << "labelguard-scan: error: " << *Problem << "\n";
    return ExitUsage;
  }
  return Status;
}

int reportIndex(llvm::StringRef IndexPath, const ReportOptions &O,
                const ConfigOptions &Config, llvm::raw_ostream &Out,
                llvm::raw_ostream &Err) {
  engine::FactStore Strings;
  llvm::Expected<engine::UnitSummary> Index = readSummary(IndexPath, Strings);
  if (!Index) {
    Err << "labelguard-scan: error: " << llvm::toString(Index.takeError())
        << "\n";
    return ExitUsage;
  }
  return reportFindings(*Index, O, Config, "", Out, Err);
}

} // namespace clang::tidy::metrics::program
