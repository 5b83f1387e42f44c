//===--- engine/FactStore.h - labelguard ----------------------------------===//
//
// Every fact the analysis learns about a translation unit: the functions'
// summaries, the members' facts, what lambdas capture, which lambdas a
// framework calls with raw values, and the findings. Every write goes
// through this store, which tells whether it taught anything new and wakes
// the functions that read the fact before: the driver re-analyses exactly
// those, so change tracking cannot be forgotten by a caller.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_FACTSTORE_H
#define LABELGUARD_CHECKS_ENGINE_FACTSTORE_H

#include "engine/Summary.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/Hashing.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/Support/StringSaver.h"
#include <array>
#include <map>
#include <memory>
#include <mutex>

namespace clang::tidy::metrics::engine {

/// Summaries and member facts known from elsewhere: the linked project
/// index, or summaries read back from a file. Consulted for functions and
/// members the translation unit has no body or no facts of.
class ImportedFacts {
public:
  virtual ~ImportedFacts() = default;
  virtual const FunctionSummary *summary(Symbol Key) const = 0;
  virtual const FieldFacts *field(Symbol Key) const = 0;
  /// The keys of the known methods that override \p Key.
  virtual llvm::ArrayRef<Symbol> overriders(Symbol Key) const = 0;
};

class FactStore {
public:
  /// Interned text: equal strings give the same Symbol. Interning, and
  /// externalLoc, may be called from several threads at once: the link
  /// reads summary files on every core into one store.
  Symbol intern(llvm::StringRef S) {
    InternShard &Shard = shardOf(llvm::hash_value(S));
    std::lock_guard<std::mutex> Lock(Shard.Lock);
    return Shard.Strings.save(S);
  }
  const ExternalLoc *externalLoc(llvm::StringRef File, unsigned Line,
                                 unsigned Column);

  /// A file's canonical path, computed by \p Make on first use.
  template <class MakePath>
  Symbol canonicalPath(const void *File, MakePath Make) {
    auto [It, New] = Paths.try_emplace(File);
    if (New)
      It->second = intern(Make());
    return It->second;
  }

  /// Facts read from elsewhere (not owned); null for none.
  void setImported(const ImportedFacts *I) { Imported = I; }
  const ImportedFacts *imported() const { return Imported; }

  // --- Reading. Each read records that the function being analysed (see
  // setReader) depends on the fact.

  /// The summary of a function analysed here, else an imported one, else
  /// null.
  const FunctionSummary *summary(Symbol Fn);
  /// The summary of a function analysed here, created empty on first use.
  FunctionSummary &local(Symbol Fn);
  bool isLocal(Symbol Fn) const { return Summaries.count(Fn.data()); }
  const FieldFacts *field(Symbol Field);
  const TaintSet *capture(Symbol Lambda, const VarDecl *V);
  std::optional<SourceKind> handlerLambda(Symbol Lambda);

  // --- Writing. Each returns true when it taught something new.

  bool addParamSink(Symbol Fn, unsigned Index, SinkPath P);
  bool mergeReturn(Symbol Fn, const TaintSet &T);
  bool mergeReturnField(Symbol Fn, Symbol Field, const TaintSet &T);
  bool mergeOutParam(Symbol Fn, unsigned Index, const TaintSet &T);
  bool mergeFieldWrite(Symbol Fn, Symbol Field, const TaintSet &T);
  bool mergeParamCall(Symbol Fn, unsigned Index, const CallArgs &Args);
  bool setMembershipParam(Symbol Fn, std::optional<unsigned> Index);
  bool addFieldSink(Symbol Field, SinkPath P);
  bool mergeFieldStored(Symbol Field, const TaintSet &T);
  bool mergeCapture(Symbol Lambda, const VarDecl *V, const TaintSet &T);
  bool addHandlerLambda(Symbol Lambda, SourceKind K);
  /// What only the link reads: replaced by each analysis of \p Fn.
  void setLinkFacts(Symbol Fn, std::vector<ExternalCall> Calls,
                    std::vector<ResultSink> ResultSinks,
                    std::vector<std::pair<Symbol, ResultSink>> FieldSinkSites,
                    std::vector<GuardedFinding> GuardedFindings,
                    std::vector<ReportSite> Sites);

  /// The findings of one function's latest analysis replace its earlier
  /// ones: the last analysis saw the final facts of everything it read.
  void setFindings(Symbol Fn, std::vector<Finding> F);
  std::vector<Finding> allFindings() const;

  // --- The driver's side.

  /// The function whose analysis reads facts from now on.
  void setReader(Symbol Fn) { Reader = Fn; }
  /// The functions woken by writes since the last call, in order.
  std::vector<Symbol> takeWoken();

  /// Every summary of the translation unit's functions, in key order.
  std::vector<const FunctionSummary *> localSummaries() const;
  const std::map<Symbol, FieldFacts, SymbolLess> &fields() const {
    return Fields;
  }

private:
  /// A copy of an imported summary whose names are this store's symbols
  /// (symbols compare by address).
  FunctionSummary reintern(const FunctionSummary &S);
  FieldFacts reintern(const FieldFacts &F);
  TaintSet reintern(const TaintSet &T);
  Trail reintern(const Trail &T);
  void read(Symbol Fact);
  void wake(Symbol Fact);
  void wakeFunction(Symbol Fn);

  /// Interned strings and locations, in shards that each have a lock: the
  /// threads reading summaries intern every name they read, and with one
  /// lock they mostly waited for each other.
  struct InternShard {
    std::mutex Lock;
    llvm::BumpPtrAllocator Arena;
    llvm::UniqueStringSaver Strings{Arena};
    /// By the file's interned address: equal names are one address.
    std::map<std::tuple<const char *, unsigned, unsigned>, ExternalLoc> Locs;
  };
  static constexpr size_t InternShards = 16;
  InternShard &shardOf(size_t Hash) { return Shards[Hash % InternShards]; }
  std::array<InternShard, InternShards> Shards;
  const ImportedFacts *Imported = nullptr;
  llvm::DenseMap<const void *, Symbol> Paths;

  llvm::DenseMap<const char *, std::unique_ptr<FunctionSummary>> Summaries;
  llvm::DenseMap<const char *, std::unique_ptr<FunctionSummary>> Imports;
  llvm::DenseMap<const char *, std::unique_ptr<FieldFacts>> ImportedFields;
  std::map<Symbol, FieldFacts, SymbolLess> Fields;
  std::map<std::pair<const char *, const VarDecl *>, TaintSet> Captures;
  llvm::DenseMap<const char *, SourceKind> HandlerLambdas;
  std::map<Symbol, std::vector<Finding>, SymbolLess> Findings;

  Symbol Reader;
  /// Who read each fact (a function's or a field's key).
  llvm::DenseMap<const char *, llvm::SmallSetVector<const char *, 4>> Readers;
  llvm::SetVector<const char *> Woken;
  llvm::DenseMap<const char *, Symbol> SymbolOf;
};

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_FACTSTORE_H
