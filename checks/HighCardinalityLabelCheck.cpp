//===--- HighCardinalityLabelCheck.cpp - labelguard -----------------------===//

#include "HighCardinalityLabelCheck.h"
#include "FixBuilder.h"
#include "FixOptions.h"
#include "Messages.h"
#include "RouteRegistration.h"
#include "UnitSummaries.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "engine/Locations.h"
#include "engine/TranslationUnitAnalysis.h"
#include "knowledge/UserKnowledge.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <map>

using namespace clang::ast_matchers;

namespace clang::tidy::metrics {

HighCardinalityLabelCheck::HighCardinalityLabelCheck(StringRef Name,
                                                     ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), SourcesOption(Options.get("Sources", "")),
      LabelSinksOption(Options.get("LabelSinks", "")),
      NameSinksOption(Options.get("NameSinks", "")),
      PropagatorsOption(Options.get("Propagators", "")),
      SanitizersOption(Options.get("Sanitizers", "")),
      ModelFileOption(Options.get("ModelFile", "")),
      ReportKindsOption(Options.get("ReportKinds", DefaultReportKinds)),
      GuardFunction(Options.get("GuardFunction", "::labelguard::route_label")),
      GuardHeader(Options.get("GuardHeader", "labelguard/route_guard.hpp")),
      LimiterFunction(Options.get("LimiterFunction", "")),
      SummaryOutput(Options.get("SummaryOutput", "")),
      ProjectSummaries(Options.get("ProjectSummaries", "")),
      GuardInclude(parseGuardHeader()),
      Inserter(parseIncludeStyleOption(), areDiagsSelfContained()),
      Known(buildKnowledge()), ReportKinds(parseReportKinds()) {
  // An empty LimiterFunction is the default: no limiter fix.
  for (auto [Option, Value] : {std::pair{"GuardFunction", GuardFunction},
                               std::pair{"LimiterFunction", LimiterFunction}})
    if (StringRef(Option) == "GuardFunction" || !Value.empty())
      if (std::optional<std::string> Problem = functionNameProblem(Value)) {
        configurationDiag("%0: option '%1': '%2': %3", DiagnosticIDs::Error)
            << getID() << Option << Value << *Problem;
        FixOptionsValid = false;
      }
  if (!ProjectSummaries.trim().empty()) {
    auto Loaded = projectIndex(ProjectSummaries.trim());
    if (Loaded)
      Index = std::move(*Loaded);
    else
      configurationDiag("%0: option 'ProjectSummaries': %1 (write it with "
                        "labelguard-scan or labelguard-scan link)",
                        DiagnosticIDs::Error)
          << getID() << llvm::toString(Loaded.takeError());
  }
}

std::string HighCardinalityLabelCheck::parseGuardHeader() {
  std::string Problem;
  if (std::optional<std::string> Spelling =
          includeSpelling(GuardHeader, Problem))
    return *Spelling;
  configurationDiag("%0: option 'GuardHeader': '%1': %2 (write it like "
                    "labelguard/route_guard.hpp, <a/b.h> or \"a/b.h\")",
                    DiagnosticIDs::Error)
      << getID() << GuardHeader << Problem;
  FixOptionsValid = false;
  return "";
}

utils::IncludeSorter::IncludeStyle
HighCardinalityLabelCheck::parseIncludeStyleOption() {
  // Read as text: clang-tidy's own enum reading only warns on a bad value.
  StringRef Value = Options.getLocalOrGlobal("IncludeStyle", "llvm");
  if (std::optional<utils::IncludeSorter::IncludeStyle> Style =
          parseIncludeStyle(Value))
    return *Style;
  configurationDiag("%0: option 'IncludeStyle': unknown style '%1' (styles: "
                    "llvm, google, google-objc)",
                    DiagnosticIDs::Error)
      << getID() << Value;
  return utils::IncludeSorter::IS_LLVM;
}

void HighCardinalityLabelCheck::registerPPCallbacks(
    const SourceManager &SM, Preprocessor *PP, Preprocessor *ModuleExpanderPP) {
  Inserter.registerPreprocessor(PP);
}

Knowledge HighCardinalityLabelCheck::buildKnowledge() {
  Knowledge K = Knowledge::builtin();
  KnowledgeOptions O{SourcesOption,     LabelSinksOption, NameSinksOption,
                     PropagatorsOption, SanitizersOption, ModelFileOption};
  for (const std::string &Problem : addUserKnowledge(K, O))
    configurationDiag("%0: %1", DiagnosticIDs::Error) << getID() << Problem;
  // What the fixes call bounds what it is given, so that applying them
  // twice changes nothing.
  for (StringRef Function : {GuardFunction, LimiterFunction})
    if (!Function.trim().empty())
      K.entry(normalizeName(Function)).Bounded = true;
  return K;
}

unsigned HighCardinalityLabelCheck::parseReportKinds() {
  unsigned Bits = 0;
  if (ReportKindsOption.trim().empty()) {
    configurationDiag("%0: option 'ReportKinds' is empty: no finding would "
                      "ever be reported (list the kinds to report, or disable "
                      "the check)",
                      DiagnosticIDs::Error)
        << getID();
    return 0;
  }
  for (StringRef Item : utils::options::parseStringList(ReportKindsOption)) {
    Item = Item.trim();
    if (Item.empty())
      continue;
    if (std::optional<SourceKind> K = parseSourceKind(Item))
      Bits |= 1u << unsigned(*K);
    else
      configurationDiag("%0: option 'ReportKinds': unknown kind '%1' (kinds: "
                        "path, target, query, pathparam, header, address, "
                        "body, cookie, method)",
                        DiagnosticIDs::Error)
          << getID() << Item;
  }
  return Bits;
}

void HighCardinalityLabelCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "Sources", SourcesOption);
  Options.store(Opts, "LabelSinks", LabelSinksOption);
  Options.store(Opts, "NameSinks", NameSinksOption);
  Options.store(Opts, "Propagators", PropagatorsOption);
  Options.store(Opts, "Sanitizers", SanitizersOption);
  Options.store(Opts, "ModelFile", ModelFileOption);
  Options.store(Opts, "ReportKinds", ReportKindsOption);
  Options.store(Opts, "GuardFunction", GuardFunction);
  Options.store(Opts, "GuardHeader", GuardHeader);
  Options.store(Opts, "LimiterFunction", LimiterFunction);
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
  Options.store(Opts, "SummaryOutput", SummaryOutput);
  Options.store(Opts, "ProjectSummaries", ProjectSummaries);
}

void HighCardinalityLabelCheck::registerMatchers(MatchFinder *Finder) {
  auto UserCode = unless(isExpansionInSystemHeader());
  // Every function body of user code is analysed, including the
  // instantiations of templates; dependent patterns are not (their
  // instantiations are).
  Finder->addMatcher(functionDecl(isDefinition(), hasBody(stmt()), UserCode,
                                  unless(isImplicit()))
                         .bind("function"),
                     this);
  Finder->addMatcher(lambdaExpr(UserCode).bind("lambda"), this);
  // The base-name filter is cheap; the analysis compares the full name.
  auto SinkCallee = namedDecl(hasAnyName(Known.sinkBaseNames()));
  Finder->addMatcher(
      expr(anyOf(callExpr(callee(SinkCallee)),
                 cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(
                     cxxRecordDecl(hasAnyName(Known.sinkBaseNames()))))))),
           UserCode)
          .bind("sink"),
      this);
  // Route declarations and the guard's registrars, for the fix that
  // registers the routes it relies on.
  auto RouteCallee = namedDecl(hasAnyName(Known.routeBaseNames()));
  Finder->addMatcher(expr(anyOf(callExpr(callee(functionDecl(RouteCallee))),
                                cxxConstructExpr(hasDeclaration(
                                    cxxConstructorDecl(RouteCallee)))),
                          UserCode)
                         .bind("route"),
                     this);
}

void HighCardinalityLabelCheck::onStartOfTranslationUnit() {
  Functions.clear();
  RouteCalls.clear();
  SawSink = false;
  Context = nullptr;
}

void HighCardinalityLabelCheck::check(const MatchFinder::MatchResult &Result) {
  Context = Result.Context;
  if (Result.Nodes.getNodeAs<Expr>("sink")) {
    SawSink = true;
    return;
  }
  if (const auto *Route = Result.Nodes.getNodeAs<Expr>("route")) {
    RouteCalls.push_back(Route);
    return;
  }
  const FunctionDecl *FD = Result.Nodes.getNodeAs<FunctionDecl>("function");
  if (const auto *L = Result.Nodes.getNodeAs<LambdaExpr>("lambda"))
    FD = L->getCallOperator();
  if (!FD || FD->isDependentContext() || FD->isInvalidDecl() || !FD->getBody())
    return;
  Functions.insert(FD);
}

void HighCardinalityLabelCheck::onEndOfTranslationUnit() {
  bool WriteSummary = !SummaryOutput.trim().empty();
  // The analysis costs nothing where no metric is recorded, unless the
  // unit's summary is wanted or other units' summaries may lead to one.
  if (!Context || (!SawSink && !WriteSummary && !Index))
    return;
  engine::TranslationUnitAnalysis Analysis(*Context, Known, ReportKinds,
                                           Index.get());
  Analysis.context().RecordExternalCalls = WriteSummary;
  std::vector<engine::Finding> Findings = Analysis.run(Functions.getArrayRef());
  FixBuilder Fixes(Analysis.context(), GuardFunction, LimiterFunction);
  Fixes.setFindings(Findings);
  Fixes.setAnalysed(Functions.getArrayRef());
  if (Index)
    Fixes.setOtherUnitsTemplates(Index->templates());
  SourceManager &SM = Context->getSourceManager();
  // The routes the unit declares, registered by the first fix that labels
  // by the registered route, unless the unit registers them by hand.
  RouteRegistration Routes(Analysis.context().Index);
  for (const Expr *Call : RouteCalls)
    Routes.add(Call, *Context);
  // The guard's include, per file, as the first fix there got it.
  llvm::DenseMap<FileID, std::optional<FixItHint>> Includes;
  auto IncludeFor = [&](FileID File) -> std::optional<FixItHint> {
    auto [It, New] = Includes.try_emplace(File);
    if (New && !GuardInclude.empty())
      if (std::optional<FixItHint> Include =
              Inserter.createIncludeInsertion(File, GuardInclude))
        It->second = Fixes.placeInclude(std::move(*Include));
    return It->second;
  };
  // A route macro's adapter header, per file, spelled as the guard's header
  // is (angled or quoted).
  std::map<std::pair<FileID, std::string>, std::optional<FixItHint>>
      AdapterIncludes;
  auto AdapterIncludeFor =
      [&](FileID File, const std::string &Header) -> std::optional<FixItHint> {
    auto [It, New] = AdapterIncludes.try_emplace({File, Header});
    if (New && !GuardInclude.empty()) {
      std::string Spelled = StringRef(GuardInclude).starts_with("<")
                                ? "<" + Header + ">"
                                : Header;
      if (std::optional<FixItHint> Include =
              Inserter.createIncludeInsertion(File, Spelled))
        It->second = Fixes.placeInclude(std::move(*Include));
    }
    return It->second;
  };
  // The includes the registration's edits need; \p Fresh: only those no
  // fix has offered yet; \p Adapters: only the adapters' headers (offered
  // before the guard's, where they sort) or only the guard's.
  auto RegistrationIncludes = [&](bool Fresh, std::optional<bool> Adapters) {
    std::vector<FixItHint> Result;
    for (const auto &[File, Header] : Routes.includes()) {
      if (Adapters && *Adapters == Header.empty())
        continue;
      bool First = Header.empty() ? !Includes.count(File)
                                  : !AdapterIncludes.count({File, Header});
      std::optional<FixItHint> Include =
          Header.empty() ? IncludeFor(File) : AdapterIncludeFor(File, Header);
      if (Include && (First || !Fresh))
        Result.push_back(*Include);
    }
    return Result;
  };
  bool RegistrationPending =
      FixOptionsValid && !Routes.registersByHand() && !Routes.edits().empty();
  // clangd applies one diagnostic's fix at a time, so there each fix carries
  // the includes and the route registration it needs; clang-tidy applies
  // them all at once, so once per file is enough (and twice would insert
  // twice).
  const bool SelfContained = areDiagsSelfContained();
  bool RegistrationNoted = false;
  std::vector<engine::FindingRecord> Records;
  for (const engine::Finding &F : Findings) {
    SourceLocation Loc = F.Reported->getBeginLoc();
    FixPlan Plan = Fixes.planOnce(F, SelfContained);
    if (!FixOptionsValid)
      Plan.Edits.clear();
    std::vector<FixItHint> Edits = Plan.Edits;
    bool Registers = RegistrationPending && !Plan.Edits.empty() &&
                     labelsByRegisteredRoute(Plan.Note);
    {
      // The edits of this one diagnostic, each once.
      std::vector<FixItHint> Attached;
      auto Attach = [&](const FixItHint &Edit) {
        for (const FixItHint &Had : Attached)
          if (Had.RemoveRange.getAsRange() == Edit.RemoveRange.getAsRange() &&
              Had.CodeToInsert == Edit.CodeToInsert)
            return false;
        Attached.push_back(Edit);
        return true;
      };
      for (const FixItHint &Edit : Plan.Edits)
        Attach(Edit);
      // Insertions at one place apply in the order given: the adapters'
      // headers ("labelguard/adapters/...") sort before the guard's.
      if (Registers)
        for (const FixItHint &Include :
             RegistrationIncludes(/*Fresh=*/!SelfContained, /*Adapters=*/true))
          Attach(Include);
      if (!Plan.Edits.empty() && !GuardInclude.empty()) {
        FileID File = SM.getFileID(SM.getExpansionLoc(Loc));
        bool First = !Includes.count(File);
        if (std::optional<FixItHint> Include = IncludeFor(File)) {
          if (First || SelfContained)
            Attach(*Include);
          // Every record of a fix carries it (the report applies an edit
          // once): the link may leave out the first fix of the file (one
          // inside a template another unit instantiates).
          Edits.push_back(*Include);
        }
      }
      if (Registers) {
        // Kept out of the finding's record: the whole-program report
        // decides registration for the project at once.
        for (const FixItHint &Edit : Routes.edits())
          Attach(Edit);
        for (const FixItHint &Include : RegistrationIncludes(
                 /*Fresh=*/!SelfContained, /*Adapters=*/false))
          Attach(Include);
      }
      auto Warning = diag(Loc, warningFormat(F.Role));
      Warning << describe(F.Kind) << F.Reported->getSourceRange();
      for (const FixItHint &Edit : Attached)
        Warning << Edit;
    }
    for (const engine::Step &Step : F.Steps) {
      SourceLocation At = engine::toSourceLocation(Step.Where, SM);
      // The read needs no note of its own when it is the reported value.
      if (Step.Kind == engine::StepKind::Read && At == Loc)
        continue;
      if (At.isValid())
        diag(At, stepNote(Step), DiagnosticIDs::Note);
    }
    diag(Plan.NoteLoc,
         fixNote(Plan.Note, Plan.Adapter, F.Kind,
                 FixSpelling::of(GuardFunction, LimiterFunction)),
         DiagnosticIDs::Note);
    // The note goes with the first fix that registers; in clangd, where
    // each fix registers by itself, with each such fix, so that no quick fix
    // edits the route declarations unexplained.
    if (Registers && (!RegistrationNoted || SelfContained)) {
      diag(Routes.first(),
           registrationNote(Routes.declarations(), Routes.firstDeclarer(),
                            Routes.objects()),
           DiagnosticIDs::Note);
      RegistrationNoted = true;
      RegistrationPending = SelfContained;
    }
    if (WriteSummary)
      Records.push_back(toRecord(F, Plan, Edits, Analysis));
  }
  if (!WriteSummary)
    return;
  engine::UnitSummary U = buildUnitSummary(
      Analysis, Fixes,
      [&](FileID File) {
        return FixOptionsValid ? IncludeFor(File) : std::nullopt;
      },
      std::move(Records));
  for (SourceRange Body : Fixes.templateBodiesElsewhere())
    U.Templates.push_back(
        toEdit(FixItHint::CreateRemoval(CharSourceRange::getTokenRange(Body)),
               SM, Analysis.store()));
  U.RegistersByHand = Routes.registersByHand();
  if (FixOptionsValid && !U.RegistersByHand) {
    for (const FixItHint &Edit : Routes.edits())
      U.Registrations.push_back(toEdit(Edit, SM, Analysis.store()));
    for (const FixItHint &Include :
         RegistrationIncludes(/*Fresh=*/false, std::nullopt))
      U.Registrations.push_back(toEdit(Include, SM, Analysis.store()));
  }
  if (std::optional<std::string> Problem =
          writeUnitSummaryFile(U, SummaryOutput.trim()))
    configurationDiag("%0: option 'SummaryOutput': %1", DiagnosticIDs::Error)
        << getID() << *Problem;
}

} // namespace clang::tidy::metrics
