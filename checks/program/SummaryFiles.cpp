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

/// A file read, or why it could not be.
llvm::Expected<engine::UnitSummary> readFile(llvm::StringRef Path,
                                             engine::FactStore &Strings,
                                             engine::SummaryInputs In) {
  auto Buffer = engine::readRegularFile(Path, engine::MaxSummaryFileBytes);
  if (!Buffer)
    return Buffer.takeError();
  llvm::Expected<engine::UnitSummary> U =
      engine::readUnitSummary((*Buffer)->getBuffer(), Strings, In);
  if (!U)
    return unusable(Path, U.takeError());
  return U;
}
} // namespace

llvm::Expected<engine::UnitSummary> readSummary(llvm::StringRef Path,
                                                engine::FactStore &Strings,
                                                engine::SummaryInputs Inputs) {
  return readFile(Path, Strings, Inputs);
}

void readSummaries(
    llvm::ArrayRef<std::string> Paths, engine::FactStore &Strings,
    unsigned Threads,
    llvm::function_ref<void(size_t, llvm::Expected<engine::UnitSummary>)>
        Take) {
  struct Slot {
    std::optional<engine::UnitSummary> Unit;
    std::string Error; ///< or why the file is unusable
  };
  std::vector<Slot> Slots(Paths.size());
  // Files are read in chunks: one task per file woke a thread and the
  // taker ten thousand times, which cost more than reading small files.
  constexpr size_t Chunk = 16;
  const size_t Chunks = (Paths.size() + Chunk - 1) / Chunk;
  std::vector<std::shared_future<void>> Read(Chunks);
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Threads));
  // A few chunks per thread in flight: the threads never wait for the
  // taker, and no more than these read files are held at once.
  const size_t Window = 4 * size_t(Pool.getMaxConcurrency());
  auto Start = [&](size_t C) {
    Read[C] = Pool.async([&Slots, &Paths, &Strings, C] {
      for (size_t I = C * Chunk; I < std::min(Paths.size(), (C + 1) * Chunk);
           ++I) {
        llvm::Expected<engine::UnitSummary> U =
            readFile(Paths[I], Strings, engine::SummaryInputs::Skip);
        if (U)
          Slots[I].Unit = std::move(*U);
        else
          Slots[I].Error = llvm::toString(U.takeError());
      }
    });
  };
  for (size_t C = 0; C < std::min(Window, Chunks); ++C)
    Start(C);
  for (size_t I = 0; I < Paths.size(); ++I) {
    if (I % Chunk == 0) {
      size_t C = I / Chunk;
      Read[C].wait();
      if (C + Window < Chunks)
        Start(C + Window);
    }
    Slot S = std::move(Slots[I]);
    if (S.Unit)
      Take(I, std::move(*S.Unit));
    else
      Take(I, llvm::createStringError(llvm::inconvertibleErrorCode(), S.Error));
  }
}

engine::UnitSummary projectIndex(engine::ProgramLink &L,
                                 std::vector<std::string> UnitFiles) {
  std::vector<engine::FindingRecord> Findings =
      collectFindings(L, Knowledge::builtin());
  std::vector<std::string> Errors = L.errors();
  engine::UnitSummary Index = L.takeIndex();
  Index.Findings = std::move(Findings);
  Index.Errors = std::move(Errors);
  llvm::sort(UnitFiles);
  Index.Units = std::move(UnitFiles);
  return Index;
}

} // namespace clang::tidy::metrics::program
