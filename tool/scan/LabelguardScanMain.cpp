//===--- LabelguardScanMain.cpp - labelguard-scan -------------------------===//
//
// The whole-program front end: command-line parsing only. The work is in
// checks/program/ (summaries, link, report).
//
//   labelguard-scan -p BUILD_DIR [options] [FILE...]   the whole program
//   labelguard-scan summarize -p BUILD_DIR -o OUT FILE one unit's summary
//   labelguard-scan summarize -o OUT FILE -- ARGS...    with its flags given
//                                                       (as Bazel actions do)
//   labelguard-scan link -o INDEX SUMMARY...           the project index
//   labelguard-scan report [options] INDEX [FILE...]   its findings
//
//===----------------------------------------------------------------------===//

#include "labelguard-tool/Version.h"
#include "program/LinkCommand.h"
#include "program/Scan.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Threading.h"

namespace clang::tidy {
// Defined next to the module's registry entry; using it keeps that object.
extern volatile int LabelguardMetricsModuleAnchorSource;
} // namespace clang::tidy

using namespace llvm;
using namespace clang::tidy::metrics::program;

static cl::OptionCategory Category("labelguard-scan options");
static cl::SubCommand Summarize("summarize",
                                "Write one translation unit's summary");
static cl::SubCommand Link("link", "Link summaries into the project index");
static cl::SubCommand Report("report",
                             "Report the findings of a project index");

#define ON_TOP cl::sub(cl::SubCommand::getTopLevel())

static cl::opt<std::string>
    BuildDir("p", cl::desc("The build directory (with compile_commands.json)"),
             cl::value_desc("BUILD_DIR"), cl::cat(Category), ON_TOP,
             cl::sub(Summarize));
static cl::opt<unsigned>
    Jobs("j",
         cl::desc("Translation units analysed at once (default: all cores)"),
         cl::init(0), cl::Prefix, cl::cat(Category), ON_TOP);
static cl::opt<std::string>
    Config("config",
           cl::desc("Configuration in YAML, as clang-tidy's --config"),
           cl::cat(Category), ON_TOP, cl::sub(Summarize), cl::sub(Report));
static cl::opt<std::string>
    ConfigFile("config-file",
               cl::desc("Configuration file, as clang-tidy's --config-file"),
               cl::cat(Category), ON_TOP, cl::sub(Summarize), cl::sub(Report));
static cl::opt<bool> Fix("fix", cl::desc("Apply the fixes"), cl::cat(Category),
                         ON_TOP, cl::sub(Report));
static cl::opt<std::string> ExportFixes(
    "export-fixes",
    cl::desc("Write the fixes as YAML for clang-apply-replacements"),
    cl::value_desc("FILE"), cl::cat(Category), ON_TOP, cl::sub(Report));
static cl::opt<std::string>
    HeaderFilter("header-filter",
                 cl::desc("Report findings in headers matching this regex "
                          "(default: headers under the project's source tree)"),
                 cl::cat(Category), ON_TOP, cl::sub(Report));
static cl::opt<bool> Quiet("quiet", cl::desc("Print the findings only"),
                           cl::cat(Category), ON_TOP, cl::sub(Report));
static cl::opt<bool>
    Verbose("verbose", cl::desc("Say which units are analysed again, and why"),
            cl::cat(Category), ON_TOP);
static cl::opt<std::string> SummaryDir(
    "summary-dir",
    cl::desc(
        "Where summaries are kept (default: BUILD_DIR/labelguard-summaries)"),
    cl::cat(Category), ON_TOP);
static cl::opt<std::string> IndexOut(
    "index",
    cl::desc(
        "Where the project index goes (default: BUILD_DIR/labelguard.idx)"),
    cl::cat(Category), ON_TOP);
static cl::opt<std::string> Output("o", cl::desc("The output file"),
                                   cl::value_desc("FILE"), cl::cat(Category),
                                   cl::sub(Summarize), cl::sub(Link));
static cl::list<std::string> Files(cl::Positional, cl::desc("[FILE...]"),
                                   cl::cat(Category), ON_TOP);
static cl::list<std::string> SummaryInputs(cl::Positional, cl::desc("<FILE>"),
                                           cl::cat(Category),
                                           cl::sub(Summarize));
static cl::list<std::string> LinkInputs(cl::Positional,
                                        cl::desc("SUMMARY|DIR|@LIST..."),
                                        cl::cat(Category), cl::sub(Link));
static cl::list<std::string> ReportInputs(cl::Positional,
                                          cl::desc("INDEX [FILE...]"),
                                          cl::cat(Category), cl::sub(Report));

int main(int Argc, const char **Argv) {
  InitLLVM X(Argc, Argv);
  (void)clang::tidy::LabelguardMetricsModuleAnchorSource;
  cl::AddExtraVersionPrinter([](raw_ostream &OS) {
    OS << "labelguard version " LABELGUARD_VERSION
          " (labelguard-scan), built against LLVM " LABELGUARD_LLVM_VERSION
          "\n";
  });
  cl::HideUnrelatedOptions(Category);
  // `-- ARGS` gives one unit's flags directly, as clang-tidy takes them; it
  // is removed from the command line before the options are parsed.
  std::string FixedError;
  std::unique_ptr<clang::tooling::CompilationDatabase> FixedDB =
      clang::tooling::FixedCompilationDatabase::loadFromCommandLine(Argc, Argv,
                                                                    FixedError);
  if (!FixedError.empty()) {
    errs() << "labelguard-scan: error: " << FixedError << "\n";
    return ExitUsage;
  }
  if (!cl::ParseCommandLineOptions(Argc, Argv,
                                   "labelguard whole-program scan\n", &errs()))
    return ExitUsage;
  ConfigOptions Cfg{Config, ConfigFile};
  if (!Config.empty() && !ConfigFile.empty()) {
    errs() << "labelguard-scan: error: --config and --config-file exclude each "
              "other\n";
    return ExitUsage;
  }
  ReportOptions R;
  R.Fix = Fix;
  R.ExportFixes = ExportFixes;
  R.Quiet = Quiet;
  if (HeaderFilter.getNumOccurrences())
    R.HeaderFilter = HeaderFilter;

  if (Summarize) {
    if ((BuildDir.empty() == !FixedDB) || Output.empty() ||
        SummaryInputs.size() != 1) {
      errs() << "labelguard-scan summarize: usage: -p BUILD_DIR -o OUT FILE, "
                "or -o OUT FILE -- "
                "COMPILER-ARGS...\n";
      return ExitUsage;
    }
    if (FixedDB)
      return summarizeUnit(*FixedDB, Cfg, SummaryInputs.front(), Output,
                           errs());
    std::string Error;
    auto DB = loadDatabase(BuildDir, Error);
    if (!DB) {
      errs() << "labelguard-scan: error: " << Error << "\n";
      return ExitUsage;
    }
    // A relative FILE is taken from the current directory, as clang-tidy
    // -p takes it (with `-- ARGS` the directory is the current one anyway).
    llvm::SmallString<256> File(SummaryInputs.front());
    llvm::sys::fs::make_absolute(File);
    return summarizeUnit(*DB, Cfg, File, Output, errs());
  }
  if (FixedDB) {
    errs() << "labelguard-scan: error: `-- COMPILER-ARGS` is for `summarize` "
              "only\n";
    return ExitUsage;
  }
  if (Link) {
    if (Output.empty() || LinkInputs.empty()) {
      errs() << "labelguard-scan link: usage: -o INDEX SUMMARY|DIR|@LIST...\n";
      return ExitUsage;
    }
    return linkSummaries(LinkInputs, Output, errs());
  }
  if (Report) {
    if (ReportInputs.empty()) {
      errs() << "labelguard-scan report: usage: [options] INDEX [FILE...]\n";
      return ExitUsage;
    }
    R.Files.assign(ReportInputs.begin() + 1, ReportInputs.end());
    return reportIndex(ReportInputs.front(), R, Cfg, outs(), errs());
  }

  ScanOptions O;
  O.BuildDir = BuildDir.empty() ? "." : BuildDir.getValue();
  O.SummaryDir = SummaryDir;
  O.IndexPath = IndexOut;
  O.Self = sys::fs::getMainExecutable(Argv[0], (void *)&main);
  O.Config = Cfg;
  O.Verbose = Verbose;
  O.Jobs = Jobs ? Jobs.getValue()
                : std::max(1u, llvm::get_physical_cores() > 0
                                   ? unsigned(llvm::get_physical_cores())
                                   : 1u);
  R.Files.assign(Files.begin(), Files.end());
  O.Report = R;
  return scan(O, outs(), errs());
}
