//===--- Messages.cpp - labelguard ----------------------------------------===//

#include "Messages.h"
#include <algorithm>
#include <string>

namespace clang::tidy::metrics {

using engine::StepKind;

llvm::StringRef warningFormat(SinkRole Role) {
  return Role == SinkRole::Label
             ? "metric label value comes from %0; every distinct value "
               "becomes a new time series"
             : "metric name is built from %0; every distinct value becomes a "
               "new metric";
}

llvm::StringRef describe(SourceKind K) {
  switch (K) {
  case SourceKind::Path:
    return "the raw request path";
  case SourceKind::Target:
    return "the raw request target (path and query)";
  case SourceKind::Query:
    return "a request query parameter";
  case SourceKind::PathParam:
    return "a request path parameter";
  case SourceKind::Header:
    return "a request header";
  case SourceKind::Address:
    return "the client address";
  case SourceKind::Body:
    return "the request body";
  case SourceKind::Cookie:
    return "a request cookie";
  case SourceKind::Method:
    return "the request method";
  }
  llvm_unreachable("unknown SourceKind");
}

namespace {
// A function as notes name it: 'record', or the lambda.
std::string callee(llvm::StringRef Name) {
  return Name.empty() ? "the lambda" : ("'" + Name + "'").str();
}
} // namespace

std::string stepNote(const engine::Step &S) {
  switch (S.Kind) {
  case StepKind::Read:
    return "value read from the request here";
  case StepKind::FlowsInto:
    return ("flows into '" + S.Name + "' here").str();
  case StepKind::PassedTo:
    return "passed to " + callee(S.Name) + " as '" + S.Param.str() + "' here";
  case StepKind::ReturnedFrom:
    return "returned from " + callee(S.Name) + " here";
  case StepKind::Captured:
    return "captured by the lambda here";
  case StepKind::StoredIn:
    return ("stored in member '" + S.Name + "' here").str();
  case StepKind::ReachesLabel:
    return ("reaches the label of '" + S.Name + "' here").str();
  case StepKind::ReachesName:
    return ("reaches the name of '" + S.Name + "' here").str();
  }
  llvm_unreachable("unknown StepKind");
}

FixSpelling FixSpelling::of(llvm::StringRef GuardFunction,
                            llvm::StringRef LimiterFunction) {
  auto Spelled = [](llvm::StringRef Q) {
    return (Q.starts_with("::") ? Q.drop_front(2) : Q).str();
  };
  FixSpelling S{Spelled(GuardFunction), "", Spelled(LimiterFunction)};
  size_t Pos = llvm::StringRef(S.Guard).rfind("::");
  S.GuardNs = Pos == llvm::StringRef::npos ? "" : S.Guard.substr(0, Pos + 2);
  return S;
}

std::string fixNote(FixNote Note, llvm::StringRef Named, SourceKind Kind,
                    const FixSpelling &Fixes) {
  llvm::StringRef Adapter = Named;
  // Every fix that labels by the registered route ends the same way.
  const std::string NeedsRoutes =
      "'" + Fixes.Guard +
      "' needs the service's route templates registered at start-up; "
      "see <labelguard/adapters/" +
      Adapter.str() + ">";
  const std::string AtRead = "guarded where it is read, as every use of the "
                             "value read there leads to a label";
  const std::string CutPart =
      "the label becomes the part of the registered route template that the "
      "code cuts, and for a path that matches no route the same part of "
      "'unregistered-path'; ";
  switch (Note) {
  case FixNote::NeedsRegistration:
    return NeedsRoutes;
  case FixNote::AtRead:
    return AtRead + ": the label becomes the registered route template; " +
           NeedsRoutes;
  case FixNote::AtReadKey:
    return AtRead +
           ", through the keys of a map nothing else looks up: the label "
           "becomes the registered route template, and the map keeps one "
           "entry per route; " +
           NeedsRoutes;
  case FixNote::AtReadCut:
    return AtRead + ": " + CutPart + NeedsRoutes;
  case FixNote::CutTemplate:
    return CutPart + NeedsRoutes;
  case FixNote::SharedFix:
    return "the fix of the warning here guards this value too: it is read at "
           "the same place";
  case FixNote::MatchedRoute:
    return "the framework reports the route it matched; an empty match (no "
           "route) becomes the unregistered value";
  case FixNote::Limiter:
    return "'" + Fixes.Limiter +
           "' lets the first distinct values through and maps the rest to "
           "one overflow value";
  case FixNote::NoFixName:
    return "no automatic fix for a metric name: keep the name fixed and put "
           "the varying part in a bounded label";
  case FixNote::NoFixKind:
    return ("no automatic fix for " + describe(Kind) +
            ": drop the label, map the value through an allow-list, or bound "
            "it with " +
            Fixes.GuardNs + "CardinalityLimiter")
        .str();
  case FixNote::NoFixMacro:
    return "no automatic fix inside a macro expansion";
  case FixNote::NoFixTemplate:
    if (Named.empty())
      return "no automatic fix inside a template: the edit would change every "
             "instantiation";
    return ("no automatic fix inside a template: in its instantiation '" +
            Named +
            "' the value is not raw request data here, and the edit would "
            "change every instantiation")
        .str();
  case FixNote::NoFixTemplateDiffers:
    return ("no automatic fix inside a template: its instantiation '" + Named +
            "' reads other request data here or needs another edit, and one "
            "edit would change every instantiation")
        .str();
  case FixNote::NoFixTemplateHeader:
    return "no automatic fix inside a template defined outside the main "
           "file: other translation units may instantiate it where the value "
           "is not raw";
  case FixNote::NoFixTemplateElsewhere:
    return "no automatic fix inside a template: another translation unit "
           "that includes this file instantiates it too, where the value may "
           "not be raw";
  case FixNote::NoFixTransformed:
    return "no automatic fix: the label is built from the raw value on the "
           "way here; guard the raw part where it is read with '" +
           Fixes.Guard + "'";
  case FixNote::NoFixCallable:
    return "no automatic fix: the value is passed to a callable that a "
           "caller chooses; guard it in that callable, where it is labelled";
  case FixNote::NoFixContainer:
    return "no automatic fix: the raw value was put into this container "
           "elsewhere; guard it where it is read";
  }
  llvm_unreachable("unknown FixNote");
}

std::string registrationNote(unsigned Count, llvm::StringRef Declarer,
                             unsigned Objects) {
  Objects = std::min(Count, Objects);
  const unsigned Patterns = Count - Objects;
  std::string What;
  if (Patterns == 1)
    What = "the route pattern the service declares";
  else if (Patterns > 1)
    What = "the " + std::to_string(Patterns) +
           " route patterns the service declares";
  // A controller is not a pattern: its routes are the ones it carries.
  if (Objects) {
    What += Patterns ? " and the routes of " : "the routes of ";
    What += Objects == 1 ? "the controller "
                         : "the " + std::to_string(Objects) + " controllers ";
    What += Patterns ? "it" : "the service";
    What += " adds to its router";
  }
  return "the fix also registers " + What + (Count == 1 ? ", " : ", each ") +
         "where it is " + (Patterns ? "declared" : "added") + ", through '" +
         Declarer.str() + "'";
}

} // namespace clang::tidy::metrics
