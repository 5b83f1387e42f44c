//===--- engine/SummaryIndex.cpp - labelguard -----------------------------===//

#include "engine/SummaryIndex.h"
#include "engine/SummaryIO.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

namespace clang::tidy::metrics::engine {

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readRegularFile(llvm::StringRef Path, uint64_t MaxBytes) {
  auto Fail = [&](const llvm::Twine &Why) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "cannot read '" + Path + "': " + Why);
  };
  llvm::sys::fs::file_status Status;
  if (std::error_code EC = llvm::sys::fs::status(Path, Status))
    return Fail(EC.message());
  if (Status.type() == llvm::sys::fs::file_type::directory_file)
    return Fail("it is a directory");
  if (Status.type() != llvm::sys::fs::file_type::regular_file)
    return Fail("not a regular file (a device, FIFO or socket)");
  if (Status.getSize() > MaxBytes)
    return Fail("larger than " + llvm::Twine(MaxBytes) + " bytes");
  // Read, not mapped: the reader copies the text anyway, and a link maps
  // and unmaps thousands of files, each unmapping stopping every core.
  // (MemoryBuffer reads a volatile file only when asked for a terminator.)
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/true,
                                            /*IsVolatile=*/true);
  if (!Buffer)
    return Fail(Buffer.getError().message());
  return std::move(*Buffer);
}

llvm::Expected<std::unique_ptr<SummaryIndex>>
SummaryIndex::load(llvm::StringRef Path) {
  auto Buffer = readRegularFile(Path, MaxSummaryFileBytes);
  if (!Buffer)
    return Buffer.takeError();
  auto Strings = std::make_unique<FactStore>();
  llvm::Expected<UnitSummary> U =
      readUnitSummary((*Buffer)->getBuffer(), *Strings);
  if (!U)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "'" + Path +
                                       "': " + llvm::toString(U.takeError()));
  return fromUnit(std::move(*U), std::move(Strings));
}

std::unique_ptr<SummaryIndex>
SummaryIndex::fromUnit(UnitSummary U, std::unique_ptr<FactStore> S) {
  std::unique_ptr<SummaryIndex> I(new SummaryIndex());
  I->Strings = std::move(S);
  I->Unit = std::move(U);
  I->build();
  return I;
}

void SummaryIndex::build() {
  for (const FunctionSummary &F : Unit.Functions) {
    ByKey.try_emplace(F.Key, &F);
    for (Symbol Base : F.Overrides)
      Overriders[Base].push_back(F.Key);
  }
  for (const auto &[Key, Facts] : Unit.Fields)
    FieldsByKey.try_emplace(Key, &Facts);
}

const FunctionSummary *SummaryIndex::summary(Symbol Key) const {
  return ByKey.lookup(Key);
}

const FieldFacts *SummaryIndex::field(Symbol Key) const {
  return FieldsByKey.lookup(Key);
}

llvm::ArrayRef<Symbol> SummaryIndex::overriders(Symbol Key) const {
  auto It = Overriders.find(Key);
  if (It == Overriders.end())
    return {};
  return It->second;
}

} // namespace clang::tidy::metrics::engine
