//===--- program/SummaryFiles.cpp - labelguard ----------------------------===//

#include "program/SummaryFiles.h"
#include "engine/SummaryIndex.h"
#include "knowledge/Knowledge.h"
#include "program/Report.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include <future>

namespace clang::tidy::metrics::program {

namespace {
llvm::Error unusable(llvm::StringRef Path, llvm::Error E) {
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      "summary '" + Path + "' is unusable: " + llvm::toString(std::move(E)));
}

/// A file read and parsed, or why it could not be.
llvm::Expected<llvm::json::Value> parseSummaryFile(llvm::StringRef Path,
                                                   engine::SummaryInputs In) {
  auto Buffer = engine::readRegularFile(Path, engine::MaxSummaryFileBytes);
  if (!Buffer)
    return Buffer.takeError();
  llvm::Expected<llvm::json::Value> V =
      engine::parseUnitSummary((*Buffer)->getBuffer(), In);
  if (!V)
    return unusable(Path, V.takeError());
  return V;
}

/// A parsed file read into \p Strings, or why it is unusable.
llvm::Expected<engine::UnitSummary> fromParsed(llvm::StringRef Path,
                                               const llvm::json::Value &V,
                                               engine::FactStore &Strings) {
  llvm::Expected<engine::UnitSummary> U = engine::readUnitSummary(V, Strings);
  if (!U)
    return unusable(Path, U.takeError());
  return U;
}
} // namespace

llvm::Expected<engine::UnitSummary> readSummary(llvm::StringRef Path,
                                                engine::FactStore &Strings,
                                                engine::SummaryInputs Inputs) {
  llvm::Expected<llvm::json::Value> V = parseSummaryFile(Path, Inputs);
  if (!V)
    return V.takeError();
  return fromParsed(Path, *V, Strings);
}

void readSummaries(
    llvm::ArrayRef<std::string> Paths, engine::FactStore &Strings,
    unsigned Threads,
    llvm::function_ref<void(size_t, llvm::Expected<engine::UnitSummary>)>
        Take) {
  struct Slot {
    llvm::json::Value Parsed = nullptr;
    std::string Error; ///< or why the file could not be parsed
  };
  std::vector<Slot> Slots(Paths.size());
  std::vector<std::shared_future<void>> Parsed(Paths.size());
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Threads));
  // A few files per thread in flight: the threads never wait for the
  // reader, and no more than these parsed files are held at once.
  const size_t Window = 4 * size_t(Pool.getMaxConcurrency());
  auto Start = [&](size_t I) {
    Parsed[I] = Pool.async([&Slots, &Paths, I] {
      llvm::Expected<llvm::json::Value> V =
          parseSummaryFile(Paths[I], engine::SummaryInputs::Skip);
      if (V)
        Slots[I].Parsed = std::move(*V);
      else
        Slots[I].Error = llvm::toString(V.takeError());
    });
  };
  for (size_t I = 0; I < std::min(Window, Paths.size()); ++I)
    Start(I);
  for (size_t I = 0; I < Paths.size(); ++I) {
    Parsed[I].wait();
    if (I + Window < Paths.size())
      Start(I + Window);
    Slot S = std::move(Slots[I]);
    if (!S.Error.empty())
      Take(I, llvm::createStringError(llvm::inconvertibleErrorCode(), S.Error));
    else
      Take(I, fromParsed(Paths[I], S.Parsed, Strings));
  }
}

engine::UnitSummary projectIndex(engine::ProgramLink &L,
                                 std::vector<std::string> UnitFiles) {
  engine::UnitSummary Index = L.index();
  Index.Findings = collectFindings(L, Knowledge::builtin());
  Index.Errors = L.errors();
  llvm::sort(UnitFiles);
  Index.Units = std::move(UnitFiles);
  return Index;
}

} // namespace clang::tidy::metrics::program
