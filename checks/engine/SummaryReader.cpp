//===--- engine/SummaryReader.cpp - labelguard ----------------------------===//
//
// Reading a summary file back. Every field is checked for its type and
// range: a truncated, corrupt or foreign file gives one error that says
// where, never a crash and never a half-read summary.
//
//===----------------------------------------------------------------------===//

#include "engine/SummaryIO.h"
#include "engine/SummaryJsonReader.h"

namespace clang::tidy::metrics::engine {

bool SummaryJsonReader::unit(const json::Value &V, UnitSummary &U) {
  const json::Object *J = object(&V, "the file");
  if (!J)
    return false;
  if (J->getString("format").value_or("") != SummaryFormat)
    return fail("not a labelguard summary");
  if (J->getInteger("version").value_or(-1) != SummaryVersion)
    return fail("summary version " +
                llvm::Twine(J->getInteger("version").value_or(-1)) +
                ", this labelguard reads version " +
                llvm::Twine(SummaryVersion));
  const json::Array *FileTable = array(J->get("files"), "the file table");
  if (!FileTable)
    return false;
  for (const json::Value &F : *FileTable) {
    Files.emplace_back();
    if (!str(&F, Files.back(), "a file name"))
      return false;
  }
  U.MainFile = J->getString("main").value_or("").str();
  U.Fingerprint = J->getString("fingerprint").value_or("").str();
  const json::Array *Inputs = array(J->get("inputs"), "the inputs");
  if (!Inputs)
    return false;
  for (const json::Value &I : *Inputs) {
    const json::Array *A = I.getAsArray();
    uint64_t Hash = 0;
    if (!A || A->size() != 2 || !(*A)[0].getAsString() ||
        !(*A)[1].getAsString() || (*A)[1].getAsString()->getAsInteger(16, Hash))
      return fail("an input is not [file, hash]");
    U.Inputs.push_back({(*A)[0].getAsString()->str(), Hash});
  }
  const json::Array *Functions = array(J->get("functions"), "the functions");
  const json::Array *Fields = array(J->get("fields"), "the members");
  const json::Array *Findings = array(J->get("findings"), "the findings");
  const json::Array *Errors = array(J->get("errors"), "the errors");
  if (!Functions || !Fields || !Findings || !Errors)
    return false;
  for (const json::Value &F : *Functions) {
    U.Functions.emplace_back();
    if (!function(&F, U.Functions.back()))
      return false;
  }
  for (const json::Value &F : *Fields) {
    const json::Object *FJ = object(&F, "a member");
    Symbol Key;
    if (!FJ || !str(FJ->get("key"), Key, "a member's key"))
      return false;
    FieldFacts &Facts = U.Fields[Key];
    if (!taint(FJ->get("stored"), Facts.Stored))
      return false;
    if (const json::Value *S = FJ->get("sink")) {
      Facts.Sink.emplace();
      if (!path(S, *Facts.Sink))
        return false;
    }
  }
  for (const json::Value &F : *Findings) {
    const json::Object *FJ = object(&F, "a finding");
    FindingRecord R;
    if (!FJ || !loc(FJ->get("at"), R.At) || !trail(FJ->get("steps"), R.Steps) ||
        !plan(FJ->get("plan"), R.Plan))
      return false;
    std::optional<SourceKind> K =
        parseSourceKind(FJ->getString("kind").value_or(""));
    llvm::StringRef Role = FJ->getString("role").value_or("");
    if (!K || (Role != "label" && Role != "name"))
      return fail("a finding's kind or role is unknown");
    R.Kind = *K;
    R.Role = Role == "label" ? SinkRole::Label : SinkRole::Name;
    U.Findings.push_back(std::move(R));
  }
  for (const json::Value &E : *Errors) {
    std::optional<llvm::StringRef> S = E.getAsString();
    if (!S)
      return fail("an error is not text");
    U.Errors.push_back(S->str());
  }
  if (const json::Value *R = J->get("registrations")) {
    SitePlan Registrations;
    if (!plan(R, Registrations))
      return false;
    U.Registrations = std::move(Registrations.Edits);
  }
  if (const json::Value *T = J->get("templates")) {
    SitePlan Templates;
    if (!plan(T, Templates))
      return false;
    U.Templates = std::move(Templates.Edits);
  }
  if (const json::Value *B = J->get("registersByHand")) {
    std::optional<bool> Value = B->getAsBoolean();
    if (!Value)
      return fail("registersByHand is not true or false");
    U.RegistersByHand = *Value;
  }
  if (const json::Value *Units = J->get("units")) {
    const json::Array *A = array(Units, "the units");
    if (!A)
      return false;
    for (const json::Value &F : *A) {
      std::optional<llvm::StringRef> S = F.getAsString();
      if (!S)
        return fail("a unit is not a file name");
      U.Units.push_back(S->str());
    }
  }
  return true;
}

llvm::Expected<UnitSummary>
readUnitSummary(llvm::StringRef Text, FactStore &Store, SummaryInputs Inputs) {
  // Skipped inputs are read as an empty list: the rest of the file is
  // checked as strictly as ever.
  llvm::Expected<std::unique_ptr<cjson::Document>> Doc =
      cjson::parse(Text.str(), Inputs == SummaryInputs::Skip ? "inputs" : "");
  if (!Doc)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "not valid JSON (truncated or corrupt): " +
                                       llvm::toString(Doc.takeError()));
  UnitSummary U;
  SummaryJsonReader R(Store);
  if (!R.unit((*Doc)->root(), U))
    return llvm::createStringError(llvm::inconvertibleErrorCode(), R.Problem);
  return U;
}

} // namespace clang::tidy::metrics::engine
