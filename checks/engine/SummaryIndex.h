//===--- engine/SummaryIndex.h - labelguard -------------------------------===//
//
// The project index, loaded: the linked summaries of every function of the
// program, which a per-unit run consults for calls into bodies it does not
// have (another unit's, or a header's that clangd's preamble skipped).
// Immutable once loaded, so that one index can serve every unit and thread
// of a process.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_SUMMARYINDEX_H
#define LABELGUARD_CHECKS_ENGINE_SUMMARYINDEX_H

#include "engine/FactStore.h"
#include "engine/Summary.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <memory>

namespace clang::tidy::metrics::engine {

/// Index files larger than this are refused before they are read.
constexpr uint64_t MaxSummaryFileBytes = 1ull << 30;

class SummaryIndex : public ImportedFacts {
public:
  /// Reads an index (or a single unit's summary) from \p Path.
  static llvm::Expected<std::unique_ptr<SummaryIndex>>
  load(llvm::StringRef Path);
  /// An index made in memory (by the link).
  static std::unique_ptr<SummaryIndex> fromUnit(UnitSummary U,
                                                std::unique_ptr<FactStore> S);

  const FunctionSummary *summary(Symbol Key) const override;
  const FieldFacts *field(Symbol Key) const override;
  llvm::ArrayRef<Symbol> overriders(Symbol Key) const override;

  size_t functionCount() const { return ByKey.size(); }
  /// The template bodies units instantiated from outside their main files
  /// (UnitSummary::Templates): a fix inside one would change those units'
  /// instantiations too.
  llvm::ArrayRef<Edit> templates() const { return Unit.Templates; }

private:
  SummaryIndex() = default;
  void build();

  std::unique_ptr<FactStore> Strings;
  UnitSummary Unit;
  llvm::StringMap<const FunctionSummary *> ByKey;
  llvm::StringMap<const FieldFacts *> FieldsByKey;
  llvm::StringMap<std::vector<Symbol>> Overriders;
};

/// Reads a file of at most \p MaxBytes that must be a regular file (not a
/// device, FIFO or directory).
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readRegularFile(llvm::StringRef Path, uint64_t MaxBytes);

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_SUMMARYINDEX_H
