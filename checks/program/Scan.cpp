//===--- program/Scan.cpp - labelguard ------------------------------------===//
//
// labelguard-scan's three steps over a compile database: which units'
// summaries can be reused (same inputs, same fingerprint) and which are made
// again in the worker pool; the link of them all into the project index;
// and the report of the index's findings as clang-tidy prints them. The
// `link` command alone is LinkCommand.cpp.
//
//===----------------------------------------------------------------------===//

#include "program/Scan.h"
#include "UnitSummaries.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "engine/SummaryIO.h"
#include "program/Report.h"
#include "program/SummaryFiles.h"
#include "program/WorkerPool.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"
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
  // As clang-tidy does: a FILE is relative to the current directory. One
  // that does not exist would silently report nothing, so it is an error.
  for (const std::string &File : O.Files) {
    if (!llvm::sys::fs::exists(File)) {
      Err << "labelguard-scan: error: '" << File << "': no such file\n";
      return ExitUsage;
    }
    F.Files.insert(absolute(".", File));
  }
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
      if (labelsByRegisteredRoute(FixNote(R->Plan.Note)) &&
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
  // The findings go out before anything said on stderr after them: with
  // 2>&1 a buffered line would otherwise be cut by the count below.
  Out.flush();
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
  // Before any unit is analysed: a FILE that does not exist is a typo, not
  // a request to report nothing.
  for (const std::string &File : O.Report.Files)
    if (!llvm::sys::fs::exists(File)) {
      Err << "labelguard-scan: error: '" << File << "': no such file\n";
      return ExitUsage;
    }
  std::string Error;
  auto DB = loadDatabase(O.BuildDir, Error);
  if (!DB) {
    Err << "labelguard-scan: error: " << Error << "\n";
    return ExitUsage;
  }
  std::vector<tooling::CompileCommand> Commands = DB->getAllCompileCommands();
  if (Commands.empty()) {
    // A CI job that analysed nothing must not pass as clean.
    Err << "labelguard-scan: error: the compile database of '" << O.BuildDir
        << "' has no entries: nothing to analyse\n";
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
  // Every worker would fail at its start, one unit at a time: say it once.
  if (std::error_code EC =
          llvm::sys::fs::access(SummaryDir, llvm::sys::fs::AccessMode::Write)) {
    Err << "labelguard-scan: error: cannot write summaries into '" << SummaryDir
        << "': " << EC.message() << "\n";
    return ExitUsage;
  }

  // Every unit of the database, and whether its summary can be reused.
  engine::FactStore Strings;
  Hashes Sources;
  std::vector<Unit> Units;
  std::map<std::string, engine::UnitSummary> Ready;
  llvm::StringSet<> Seen;
  for (const tooling::CompileCommand &C : Commands) {
    Unit U;
    U.File = absolute(C.Directory, C.Filename);
    if (!Seen.insert(U.File).second)
      continue; // one summary per source, as clang-tidy runs one per file
    U.Summary = (SummaryDir + "/" + summaryFileName(U.File));
    U.Fingerprint = unitFingerprint(C, Provider->getOptions(U.File));
    if (llvm::sys::fs::exists(U.Summary)) {
      llvm::Expected<engine::UnitSummary> Old =
          readSummary(U.Summary, Strings, engine::SummaryInputs::Read);
      if (!Old) {
        Err << "labelguard-scan: " << llvm::toString(Old.takeError())
            << "; making it again\n";
        U.Why = "its summary was unusable";
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

  std::vector<WorkItem> Work;
  for (const Unit &U : Units)
    if (!U.Reused) {
      Work.push_back({U.File, U.Summary});
      if (O.Verbose)
        Err << "labelguard-scan: analysing " << U.File << ": " << U.Why << "\n";
    }
  int Status = ExitClean;
  PoolOptions Pool{O.Self, absolute(".", O.BuildDir), O.Config, O.Jobs};
  for (const auto &[Item, Why] : runWorkers(Pool, Work)) {
    Err << "labelguard-scan: error: " << Work[Item].File << ": " << Why << "\n";
    Status = ExitUnitErrors;
  }

  engine::ProgramLink Link(Strings);
  std::vector<std::string> UnitFiles, Made;
  std::vector<const Unit *> MadeUnits;
  for (const Unit &U : Units) {
    UnitFiles.push_back(U.File);
    if (U.Reused) {
      Link.add(std::move(Ready[U.File]));
      continue;
    }
    Made.push_back(U.Summary);
    MadeUnits.push_back(&U);
  }
  readSummaries(Made, Strings, O.Jobs,
                [&](size_t I, llvm::Expected<engine::UnitSummary> U) {
                  if (!U) {
                    Err << "labelguard-scan: error: " << MadeUnits[I]->File
                        << ": " << llvm::toString(U.takeError()) << "\n";
                    Status = ExitUnitErrors;
                    return;
                  }
                  Link.add(std::move(*U));
                });
  Link.run();
  engine::UnitSummary Index = projectIndex(Link, UnitFiles);
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
