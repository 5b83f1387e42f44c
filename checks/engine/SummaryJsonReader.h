//===--- engine/SummaryJsonReader.h - labelguard --------------------------===//
//
// The reader behind readUnitSummary, shared by the file that reads a unit
// (SummaryReader.cpp) and the one that reads the facts inside it
// (SummaryFactsReader.cpp). Internal to the engine's summary files: callers
// use readUnitSummary in SummaryIO.h.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_SUMMARYJSONREADER_H
#define LABELGUARD_CHECKS_ENGINE_SUMMARYJSONREADER_H

#include "engine/CompactJson.h"
#include "engine/FactStore.h"
#include "engine/Summary.h"

namespace clang::tidy::metrics::engine {

namespace json = cjson;

/// Checks every field for its type and range; the first problem met is kept
/// in Problem and every reader returns false from then on up.
class SummaryJsonReader {
public:
  explicit SummaryJsonReader(FactStore &Store) : Store(Store) {}
  bool unit(const json::Value &V, UnitSummary &U);
  std::string Problem;

private:
  bool fail(const llvm::Twine &Why) {
    if (Problem.empty())
      Problem = Why.str();
    return false;
  }
  const json::Object *object(const json::Value *V, llvm::StringRef What) {
    const json::Object *O = V ? V->getAsObject() : nullptr;
    if (!O)
      fail(What + " is not an object");
    return O;
  }
  const json::Array *array(const json::Value *V, llvm::StringRef What) {
    const json::Array *A = V ? V->getAsArray() : nullptr;
    if (!A)
      fail(What + " is not a list");
    return A;
  }
  bool str(const json::Value *V, Symbol &Out, llvm::StringRef What) {
    std::optional<llvm::StringRef> S = V ? V->getAsString() : std::nullopt;
    if (!S)
      return fail(What + " is not a string");
    Out = S->empty() ? Symbol() : Store.intern(*S);
    return true;
  }
  bool num(const json::Value *V, unsigned &Out, llvm::StringRef What) {
    std::optional<int64_t> N = V ? V->getAsInteger() : std::nullopt;
    if (!N || *N < 0 || *N > int64_t(UINT32_MAX))
      return fail(What + " is not a count");
    Out = unsigned(*N);
    return true;
  }
  bool loc(const json::Value *V, Loc &Out);
  bool trail(const json::Value *V, Trail &Out);
  bool taint(const json::Value *V, TaintSet &Out);
  bool path(const json::Value *V, SinkPath &Out);
  bool plan(const json::Value *V, SitePlan &Out);
  bool sink(const json::Value *V, ResultSink &Out);
  bool args(const json::Value *V, CallArgs &Out);
  bool symbols(const json::Value *V, std::vector<Symbol> &Out,
               llvm::StringRef What);
  bool call(const json::Value *V, ExternalCall &Out);
  bool function(const json::Value *V, FunctionSummary &Out);

  FactStore &Store;
  std::vector<Symbol> Files;
};

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_SUMMARYJSONREADER_H
