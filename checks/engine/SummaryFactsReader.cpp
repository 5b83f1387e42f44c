//===--- engine/SummaryFactsReader.cpp - labelguard -----------------------===//
//
// Reading the facts inside a summary file: locations, trails, origins, sink
// paths, fix plans, calls and whole function summaries. Each checks its
// field's type and range and says what is wrong; SummaryReader.cpp reads
// the file around them.
//
//===----------------------------------------------------------------------===//

#include "engine/SummaryJsonReader.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

namespace clang::tidy::metrics::engine {

namespace {
template <class Key, class Map, class ReadKey, class ReadValue>
bool pairs(const json::Value *V, Map &Out, ReadKey KeyOf, ReadValue ValueOf) {
  const json::Array *A = V ? V->getAsArray() : nullptr;
  if (!A)
    return false;
  for (const json::Value &P : *A) {
    const json::Array *KV = P.getAsArray();
    Key K;
    if (!KV || KV->size() != 2 || !KeyOf(&(*KV)[0], K))
      return false;
    if (!ValueOf(&(*KV)[1], Out[K]))
      return false;
  }
  return true;
}
} // namespace

bool SummaryJsonReader::loc(const json::Value *V, Loc &Out) {
  Out = Loc();
  if (!V || V->kind() == json::Value::Null)
    return true;
  const json::Array *A = array(V, "a location");
  unsigned F, Line, Col;
  if (!A || A->size() != 3 || !num(&(*A)[0], F, "a location's file") ||
      !num(&(*A)[1], Line, "a line") || !num(&(*A)[2], Col, "a column"))
    return fail("a location is not [file, line, column]");
  if (F >= Files.size())
    return fail("a location names file " + llvm::Twine(F) + " of " +
                llvm::Twine(Files.size()));
  Out = Loc(Store.externalLoc(Files[F], Line, Col));
  return true;
}

bool SummaryJsonReader::trail(const json::Value *V, Trail &Out) {
  if (!V)
    return true;
  const json::Array *A = array(V, "a trail");
  if (!A)
    return false;
  for (const json::Value &S : *A) {
    const json::Array *Parts = S.getAsArray();
    if (!Parts || Parts->size() != 4)
      return fail("a step is not [kind, location, name, parameter]");
    std::optional<llvm::StringRef> Kind = (*Parts)[0].getAsString();
    std::optional<StepKind> K =
        llvm::StringSwitch<std::optional<StepKind>>(Kind.value_or(""))
            .Case("read", StepKind::Read)
            .Case("flows", StepKind::FlowsInto)
            .Case("passed", StepKind::PassedTo)
            .Case("returned", StepKind::ReturnedFrom)
            .Case("captured", StepKind::Captured)
            .Case("stored", StepKind::StoredIn)
            .Case("label", StepKind::ReachesLabel)
            .Case("name", StepKind::ReachesName)
            .Default(std::nullopt);
    if (!K)
      return fail("unknown step '" + Kind.value_or("") + "'");
    Step St{*K, Loc(), {}, {}};
    if (!loc(&(*Parts)[1], St.Where) || !str(&(*Parts)[2], St.Name, "a name") ||
        !str(&(*Parts)[3], St.Param, "a parameter"))
      return false;
    extend(Out, St);
  }
  return true;
}

bool SummaryJsonReader::taint(const json::Value *V, TaintSet &Out) {
  const json::Array *A = array(V, "a value's origins");
  if (!A)
    return false;
  for (const json::Value &Item : *A) {
    const json::Object *J = object(&Item, "an origin");
    if (!J)
      return false;
    Origin O;
    llvm::StringRef W = J->getString("w").value_or("");
    if (W == "source") {
      O.What = Origin::Source;
      std::optional<SourceKind> K =
          parseSourceKind(J->getString("kind").value_or(""));
      if (!K)
        return fail("a source has no known kind");
      O.Kind = *K;
      if (!loc(J->get("read"), O.Read) ||
          !str(J->get("rn"), O.ReadName, "a read"))
        return false;
    } else if (W == "param" || W == "call") {
      O.What = W == "param" ? Origin::Param : Origin::CallResult;
      if (!str(J->get("key"), O.Key, "a function key") ||
          !num(J->get("i"), O.Index, "an index"))
        return false;
      if (O.What == Origin::CallResult && !num(J->get("s"), O.Sub, "a sub"))
        return false;
    } else if (W == "field" || W == "callable") {
      O.What = W == "field" ? Origin::Field : Origin::Callable;
      if (!str(J->get("key"), O.Key, "a key"))
        return false;
    } else {
      return fail("unknown origin '" + W + "'");
    }
    O.Transformed = J->getBoolean("t").value_or(false);
    O.IntoCallersCallable = J->getBoolean("cc").value_or(false);
    if (J->get("ug") && (!str(J->get("ug"), O.UnlessGuard, "a guard") ||
                         !num(J->get("ua"), O.UnlessArg, "a guard's argument")))
      return false;
    if (!trail(J->get("steps"), O.Steps))
      return false;
    Out.add(std::move(O));
  }
  return true;
}

bool SummaryJsonReader::path(const json::Value *V, SinkPath &Out) {
  const json::Object *J = object(V, "a sink path");
  if (!J)
    return false;
  llvm::StringRef Role = J->getString("role").value_or("");
  if (Role != "label" && Role != "name")
    return fail("a sink path's role is '" + Role + "'");
  Out.Role = Role == "label" ? SinkRole::Label : SinkRole::Name;
  if (J->get("ug") && (!str(J->get("ug"), Out.UnlessGuard, "a guard") ||
                       !num(J->get("ua"), Out.UnlessArg, "a guard's argument")))
    return false;
  return trail(J->get("steps"), Out.Steps);
}

bool SummaryJsonReader::plan(const json::Value *V, SitePlan &Out) {
  const json::Object *J = object(V, "a fix plan");
  const json::Array *Edits =
      J ? array(J->get("edits"), "a plan's edits") : nullptr;
  if (!Edits || !num(J->get("note"), Out.Note, "a note"))
    return false;
  Out.Adapter = J->getString("adapter").value_or("").str();
  for (const json::Value &E : *Edits) {
    const json::Array *A = E.getAsArray();
    unsigned F;
    Edit Ed;
    if (!A || A->size() != 4 || !num(&(*A)[0], F, "an edit's file") ||
        F >= Files.size() || !num(&(*A)[1], Ed.Offset, "an offset") ||
        !num(&(*A)[2], Ed.Length, "a length") || !(*A)[3].getAsString())
      return fail("an edit is not [file, offset, length, text]");
    Ed.File = Files[F];
    Ed.Text = (*A)[3].getAsString()->str();
    Out.Edits.push_back(std::move(Ed));
  }
  return true;
}

bool SummaryJsonReader::sink(const json::Value *V, ResultSink &Out) {
  const json::Object *J = object(V, "a result sink");
  int64_t Site = J ? J->getInteger("site").value_or(-2) : -2;
  if (!J || !str(J->get("fn"), Out.Function, "a function") ||
      !num(J->get("call"), Out.Call, "a call") ||
      !num(J->get("sub"), Out.Sub, "a sub") || !path(J->get("path"), Out.Path))
    return false;
  if (Site < -1 || Site > int64_t(INT32_MAX))
    return fail("a result sink's site is out of range");
  Out.Site = int(Site);
  return true;
}

bool SummaryJsonReader::args(const json::Value *V, CallArgs &Out) {
  const json::Array *A = array(V, "a call's arguments");
  if (!A)
    return false;
  for (const json::Value &T : *A) {
    Out.emplace_back();
    if (!taint(&T, Out.back()))
      return false;
  }
  return true;
}

bool SummaryJsonReader::symbols(const json::Value *V, std::vector<Symbol> &Out,
                                llvm::StringRef What) {
  const json::Array *A = array(V, What);
  if (!A)
    return false;
  for (const json::Value &S : *A) {
    Out.emplace_back();
    if (!str(&S, Out.back(), What))
      return false;
  }
  return true;
}

bool SummaryJsonReader::call(const json::Value *V, ExternalCall &Out) {
  const json::Object *J = object(V, "a call");
  if (!J || !str(J->get("callee"), Out.Callee, "a callee") ||
      !str(J->get("field"), Out.ThroughField, "a field") ||
      !symbols(J->get("applied"), Out.AppliedHere, "applied targets") ||
      !str(J->get("name"), Out.DisplayName, "a name") ||
      !symbols(J->get("params"), Out.ParamNames, "parameter names") ||
      !loc(J->get("at"), Out.At) || !args(J->get("args"), Out.Args))
    return false;
  Out.Virtual = J->getBoolean("virtual").value_or(false);
  const json::Array *ArgLocs = array(J->get("argLocs"), "argument locations");
  const json::Array *Sites = array(J->get("sites"), "argument sites");
  const json::Array *Writable = array(J->get("writable"), "writable arguments");
  if (!ArgLocs || !Sites || !Writable)
    return false;
  if (ArgLocs->size() != Out.Args.size() || Sites->size() != Out.Args.size() ||
      Writable->size() != Out.Args.size())
    return fail("a call's argument lists differ in length");
  for (unsigned I = 0; I < Out.Args.size(); ++I) {
    Out.ArgLocs.emplace_back();
    std::optional<int64_t> Site = (*Sites)[I].getAsInteger();
    std::optional<bool> W = (*Writable)[I].getAsBoolean();
    if (!loc(&(*ArgLocs)[I], Out.ArgLocs.back()) || !Site || !W || *Site < -1 ||
        *Site > int64_t(INT32_MAX))
      return fail("a call's argument is malformed");
    Out.ArgSites.push_back(int(*Site));
    Out.Writable.push_back(*W);
  }
  return true;
}

bool SummaryJsonReader::function(const json::Value *V, FunctionSummary &Out) {
  const json::Object *J = object(V, "a function");
  if (!J || !str(J->get("key"), Out.Key, "a key") ||
      !str(J->get("name"), Out.DisplayName, "a name") ||
      !symbols(J->get("params"), Out.ParamNames, "parameter names") ||
      !symbols(J->get("overrides"), Out.Overrides, "overrides") ||
      !taint(J->get("return"), Out.Return))
    return false;
  auto Index = [&](const json::Value *V, unsigned &I) {
    return num(V, I, "an index");
  };
  auto Key = [&](const json::Value *V, Symbol &K) {
    return str(V, K, "a key");
  };
  auto Taint = [&](const json::Value *V, TaintSet &T) { return taint(V, T); };
  auto Args = [&](const json::Value *V, CallArgs &A) { return args(V, A); };
  auto Path = [&](const json::Value *V, SinkPath &P) { return path(V, P); };
  if (!pairs<unsigned>(J->get("paramSinks"), Out.ParamSinks, Index, Path) ||
      !pairs<Symbol>(J->get("returnFields"), Out.ReturnFields, Key, Taint) ||
      !pairs<unsigned>(J->get("outParams"), Out.OutParams, Index, Taint) ||
      !pairs<Symbol>(J->get("fieldWrites"), Out.FieldWrites, Key, Taint) ||
      !pairs<unsigned>(J->get("paramCalls"), Out.ParamCalls, Index, Args) ||
      !pairs<Symbol>(J->get("fieldCalls"), Out.FieldCalls, Key, Args))
    return fail("a function's facts are malformed: " + Problem);
  if (const json::Value *M = J->get("membership")) {
    unsigned I;
    if (!num(M, I, "a membership parameter"))
      return false;
    Out.MembershipParam = I;
  }
  const json::Array *Calls = array(J->get("calls"), "calls");
  const json::Array *Sinks = array(J->get("resultSinks"), "result sinks");
  const json::Array *FieldSites =
      array(J->get("fieldSinkSites"), "member sinks");
  const json::Array *Sites = array(J->get("sites"), "sites");
  if (!Calls || !Sinks || !FieldSites || !Sites)
    return false;
  for (const json::Value &C : *Calls) {
    Out.Calls.emplace_back();
    if (!call(&C, Out.Calls.back()))
      return false;
  }
  for (const json::Value &S : *Sinks) {
    Out.ResultSinks.emplace_back();
    if (!sink(&S, Out.ResultSinks.back()))
      return false;
  }
  for (const json::Value &F : *FieldSites) {
    const json::Array *KV = F.getAsArray();
    Out.FieldSinkSites.emplace_back();
    if (!KV || KV->size() != 2 ||
        !str(&(*KV)[0], Out.FieldSinkSites.back().first, "a member") ||
        !sink(&(*KV)[1], Out.FieldSinkSites.back().second))
      return fail("a member sink is malformed");
  }
  if (const json::Value *GV = J->get("guardedFindings")) {
    const json::Array *Guarded = array(GV, "guarded findings");
    if (!Guarded)
      return false;
    for (const json::Value &G : *Guarded) {
      const json::Array *A = G.getAsArray();
      std::optional<int64_t> Site =
          A && A->size() == 3 ? (*A)[0].getAsInteger() : std::nullopt;
      llvm::StringRef Role =
          A && A->size() == 3 ? (*A)[1].getAsString().value_or("") : "";
      TaintSet One;
      if (!Site || (Role != "label" && Role != "name") ||
          !taint(&(*A)[2], One) || One.origins().size() != 1 ||
          One.origins()[0].What != Origin::Source)
        return fail("a guarded finding is malformed");
      Out.GuardedFindings.push_back(
          {int(*Site), Role == "label" ? SinkRole::Label : SinkRole::Name,
           One.origins()[0]});
    }
  }
  for (const json::Value &S : *Sites) {
    const json::Object *SJ = object(&S, "a site");
    Out.Sites.emplace_back();
    if (!SJ || !loc(SJ->get("at"), Out.Sites.back().At))
      return false;
    const json::Object *Plans = object(SJ->get("plans"), "a site's plans");
    if (!Plans)
      return false;
    for (const auto &[K, P] : *Plans)
      if (!plan(&P, Out.Sites.back().Plans[K.str()]))
        return false;
  }
  // Sites are referred to by number: every number must name one.
  auto ValidSite = [&](int S) { return S >= -1 && S < int(Out.Sites.size()); };
  for (const ExternalCall &C : Out.Calls)
    if (!llvm::all_of(C.ArgSites, ValidSite))
      return fail("a call names a site that does not exist");
  for (const ResultSink &R : Out.ResultSinks)
    if (!ValidSite(R.Site))
      return fail("a result sink names a site that does not exist");
  for (const auto &[K, R] : Out.FieldSinkSites)
    if (!ValidSite(R.Site))
      return fail("a member sink names a site that does not exist");
  for (const GuardedFinding &G : Out.GuardedFindings)
    if (!ValidSite(G.Site) || G.Site < 0)
      return fail("a guarded finding names a site that does not exist");
  return true;
}

} // namespace clang::tidy::metrics::engine
