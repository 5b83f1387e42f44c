//===--- program/Summarize.cpp - labelguard -------------------------------===//

#include "program/Summarize.h"
#include "UnitSummaries.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "engine/SummaryIO.h"
// LABELGUARD_ENGINE_ID: a hash of the check's sources, written by the build.
#include "EngineId.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/xxhash.h"

namespace clang::tidy::metrics::program {

namespace {
constexpr llvm::StringLiteral CheckName = "metrics-high-cardinality-label";

// "file:line:col" for an offset of a file, as diagnostics name places.
std::string place(llvm::StringRef File, unsigned Offset) {
  auto Buffer = llvm::MemoryBuffer::getFile(File);
  if (!Buffer)
    return File.str();
  llvm::StringRef Text = (*Buffer)->getBuffer().take_front(Offset);
  unsigned Line = Text.count('\n') + 1;
  size_t LastNewline = Text.rfind('\n');
  unsigned Column =
      Offset - (LastNewline == llvm::StringRef::npos ? 0 : LastNewline + 1) + 1;
  return (File + ":" + llvm::Twine(Line) + ":" + llvm::Twine(Column)).str();
}
} // namespace

std::unique_ptr<tooling::CompilationDatabase>
loadDatabase(llvm::StringRef BuildDir, std::string &Error) {
  llvm::SmallString<256> Path(BuildDir);
  llvm::sys::path::append(Path, "compile_commands.json");
  if (!llvm::sys::fs::exists(Path)) {
    Error = "no compile database: '" + Path.str().str() +
            "' does not exist (configure with "
            "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON, or pass -p BUILD_DIR)";
    return nullptr;
  }
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/true,
                                            /*IsVolatile=*/true);
  if (!Buffer) {
    Error = "cannot read the compile database '" + Path.str().str() +
            "': " + Buffer.getError().message();
    return nullptr;
  }
  // LLVM reads the database with its YAML parser, which takes a truncated
  // file for the entries before the cut (a lone '[' for an empty database):
  // the scan would pass having seen part of the program. The file must be
  // JSON first (bytes that are not UTF-8, which that parser accepts in
  // paths, are replaced for this check only).
  llvm::StringRef Text = (*Buffer)->getBuffer();
  if (llvm::Error E = llvm::json::parse(llvm::json::isUTF8(Text)
                                            ? Text.str()
                                            : llvm::json::fixUTF8(Text))
                          .takeError()) {
    Error = "cannot read the compile database '" + Path.str().str() +
            "': not valid JSON (truncated or corrupt): " +
            llvm::toString(std::move(E));
    return nullptr;
  }
  std::string Why;
  auto DB = tooling::JSONCompilationDatabase::loadFromBuffer(
      Text, Why, tooling::JSONCommandLineSyntax::AutoDetect);
  if (!DB)
    Error =
        "cannot read the compile database '" + Path.str().str() + "': " + Why;
  return DB;
}

std::unique_ptr<ClangTidyOptionsProvider>
optionsProvider(const ConfigOptions &Config,
                const ClangTidyOptions::OptionMap &Overrides,
                std::string &Error) {
  ClangTidyGlobalOptions Global;
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  ClangTidyOptions Override;
  // Only this check runs, whatever the project's Checks list enables.
  Override.Checks = ("-*," + CheckName).str();
  Override.CheckOptions = Overrides;
  auto FS = llvm::vfs::getRealFileSystem();
  std::string Text = Config.Config;
  llvm::StringRef Source = "<--config>";
  if (!Config.ConfigFile.empty()) {
    auto Buffer = llvm::MemoryBuffer::getFile(Config.ConfigFile);
    if (!Buffer) {
      Error = "cannot read the configuration file '" + Config.ConfigFile +
              "': " + Buffer.getError().message();
      return nullptr;
    }
    Text = (*Buffer)->getBuffer().str();
    Source = Config.ConfigFile;
  }
  if (Text.empty() && Config.ConfigFile.empty())
    return std::make_unique<FileOptionsProvider>(
        std::move(Global), std::move(Defaults), std::move(Override), FS);
  llvm::ErrorOr<ClangTidyOptions> Parsed =
      parseConfiguration(llvm::MemoryBufferRef(Text, Source));
  if (!Parsed) {
    Error = "invalid configuration in '" + Source.str() +
            "': " + Parsed.getError().message();
    return nullptr;
  }
  return std::make_unique<ConfigOptionsProvider>(
      std::move(Global), std::move(Defaults), std::move(*Parsed),
      std::move(Override), FS);
}

std::string unitFingerprint(const tooling::CompileCommand &Command,
                            const ClangTidyOptions &Effective) {
  std::string Text = LABELGUARD_VERSION "\n" LABELGUARD_ENGINE_ID "\n" +
                     llvm::utostr(engine::SummaryVersion);
  Text += "\n" + Command.Directory + "\n" + Command.Filename;
  for (const std::string &Arg : Command.CommandLine)
    Text += "\n" + Arg;
  // The check's options, in a fixed order, and the model file's contents.
  std::vector<std::string> Options;
  for (const auto &E : Effective.CheckOptions) {
    llvm::StringRef Key = E.getKey();
    // Where summaries go and which index is read change no summary.
    if (Key.ends_with(".SummaryOutput") || Key.ends_with(".ProjectSummaries"))
      continue;
    if (Key.starts_with(CheckName) || Key == "IncludeStyle")
      Options.push_back((Key + "=" + E.getValue().Value).str());
  }
  llvm::sort(Options);
  for (const std::string &O : Options)
    Text += "\n" + O;
  auto Model = Effective.CheckOptions.find((CheckName + ".ModelFile").str());
  if (Model != Effective.CheckOptions.end() && !Model->getValue().Value.empty())
    if (auto Buffer = llvm::MemoryBuffer::getFile(Model->getValue().Value))
      Text += "\n" + llvm::utohexstr(llvm::xxh3_64bits((*Buffer)->getBuffer()));
  return llvm::utohexstr(llvm::xxh3_64bits(Text));
}

int summarizeUnit(const tooling::CompilationDatabase &Database,
                  const ConfigOptions &Config, llvm::StringRef File,
                  llvm::StringRef OutArg, llvm::raw_ostream &Err) {
  // The check runs in the compile command's directory and would take a
  // relative output path from there; the user meant the current directory.
  llvm::SmallString<256> Out(OutArg);
  llvm::sys::fs::make_absolute(Out);
  std::vector<tooling::CompileCommand> Commands =
      Database.getCompileCommands(File);
  if (Commands.empty()) {
    Err << "labelguard-scan: error: '" << File
        << "' is not in the compile database\n";
    return 2;
  }
  llvm::sys::fs::remove(Out);
  ClangTidyOptions::OptionMap Overrides;
  Overrides[(CheckName + ".SummaryOutput").str()] =
      ClangTidyOptions::ClangTidyValue(Out);
  std::string Error;
  auto Provider = optionsProvider(Config, Overrides, Error);
  if (!Provider) {
    Err << "labelguard-scan: error: " << Error << "\n";
    return 2;
  }
  ClangTidyOptions Effective = Provider->getOptions(File);
  ClangTidyContext Context(std::move(Provider));
  auto FS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::vfs::getRealFileSystem());
  std::vector<ClangTidyError> Diagnostics =
      runClangTidy(Context, Database, {File.str()}, FS, /*ApplyAnyFix=*/false);

  llvm::SmallString<256> Main(File);
  llvm::sys::fs::make_absolute(Commands.front().Directory, Main);
  // The unit's errors (it did not compile, or its configuration is bad):
  // kept in the summary, reported once by whoever links it. One without a
  // place (the source is missing, a bad option) is the unit's.
  std::vector<std::string> Errors;
  for (const ClangTidyError &D : Diagnostics)
    if (D.DiagLevel == ClangTidyError::Error)
      Errors.push_back((D.Message.FilePath.empty()
                            ? Main.str().str()
                            : place(D.Message.FilePath, D.Message.FileOffset)) +
                       ": error: " + D.Message.Message + " [" +
                       D.DiagnosticName + "]");

  engine::FactStore Strings;
  engine::UnitSummary U;
  if (auto Buffer = llvm::MemoryBuffer::getFile(Out)) {
    llvm::Expected<engine::UnitSummary> Read =
        engine::readUnitSummary((*Buffer)->getBuffer(), Strings);
    if (Read)
      U = std::move(*Read);
    else
      llvm::consumeError(Read.takeError());
  } else if (Errors.empty()) {
    // The unit compiled, yet the check left no summary: writing one with
    // nothing in it would pass its functions off as empty.
    Err << "labelguard-scan: error: no summary of '" << Main
        << "' was written to '" << Out << "'\n";
    return 2;
  }
  // Nothing was analysed (a fatal error): the summary says why.
  if (U.MainFile.empty())
    U.MainFile = Main.str().str();
  U.Errors = std::move(Errors);
  U.Fingerprint = unitFingerprint(Commands.front(), Effective);
  if (std::optional<std::string> Problem = writeUnitSummaryFile(U, Out)) {
    Err << "labelguard-scan: error: " << *Problem << "\n";
    return 2;
  }
  return 0;
}

} // namespace clang::tidy::metrics::program
