//===--- engine/SummaryWriter.cpp - labelguard ----------------------------===//

#include "engine/Locations.h"
#include "engine/SummaryIO.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"

namespace clang::tidy::metrics::engine {

namespace json = llvm::json;

// --- Locations as file, line and column -------------------------------------

namespace {

struct Externalizer {
  const SourceManager &SM;
  FactStore &Store;

  void loc(Loc &L) {
    if (L.Elsewhere || L.Here.isInvalid())
      return;
    L = Loc(toExternal(L, SM, Store));
  }
  void trail(Trail &T) {
    for (Step &S : T)
      loc(S.Where);
  }
  void taint(TaintSet &T) {
    TaintSet Out;
    for (Origin O : T.origins()) {
      loc(O.Read);
      trail(O.Steps);
      Out.add(std::move(O));
    }
    T = std::move(Out);
  }
  void path(SinkPath &P) { trail(P.Steps); }
  void sink(ResultSink &R) { path(R.Path); }
};

} // namespace

void externalize(FunctionSummary &S, const SourceManager &SM,
                 FactStore &Store) {
  Externalizer X{SM, Store};
  for (auto &[I, P] : S.ParamSinks)
    X.path(P);
  X.taint(S.Return);
  for (auto &[K, T] : S.ReturnFields)
    X.taint(T);
  for (auto &[I, T] : S.OutParams)
    X.taint(T);
  for (auto &[K, T] : S.FieldWrites)
    X.taint(T);
  for (auto &[I, Args] : S.ParamCalls)
    for (TaintSet &T : Args)
      X.taint(T);
  for (auto &[K, Args] : S.FieldCalls)
    for (TaintSet &T : Args)
      X.taint(T);
  for (ExternalCall &C : S.Calls) {
    X.loc(C.At);
    for (Loc &L : C.ArgLocs)
      X.loc(L);
    for (TaintSet &T : C.Args)
      X.taint(T);
  }
  for (ResultSink &R : S.ResultSinks)
    X.sink(R);
  for (auto &[K, R] : S.FieldSinkSites)
    X.sink(R);
  for (GuardedFinding &G : S.GuardedFindings) {
    X.loc(G.Source.Read);
    X.trail(G.Source.Steps);
  }
  for (ReportSite &Site : S.Sites) {
    X.loc(Site.At);
    Site.Value = nullptr;
  }
}

void externalize(FieldFacts &F, const SourceManager &SM, FactStore &Store) {
  Externalizer X{SM, Store};
  if (F.Sink)
    X.path(*F.Sink);
  X.taint(F.Stored);
}

void externalize(FindingRecord &F, const SourceManager &SM, FactStore &Store) {
  Externalizer X{SM, Store};
  X.loc(F.At);
  X.trail(F.Steps);
}

// --- JSON -------------------------------------------------------------------

namespace {

llvm::StringRef stepName(StepKind K) {
  switch (K) {
  case StepKind::Read:
    return "read";
  case StepKind::FlowsInto:
    return "flows";
  case StepKind::PassedTo:
    return "passed";
  case StepKind::ReturnedFrom:
    return "returned";
  case StepKind::Captured:
    return "captured";
  case StepKind::StoredIn:
    return "stored";
  case StepKind::ReachesLabel:
    return "label";
  case StepKind::ReachesName:
    return "name";
  }
  llvm_unreachable("unknown StepKind");
}

llvm::StringRef originName(Origin::OriginKind K) {
  switch (K) {
  case Origin::Source:
    return "source";
  case Origin::Param:
    return "param";
  case Origin::Field:
    return "field";
  case Origin::Callable:
    return "callable";
  case Origin::CallResult:
    return "call";
  }
  llvm_unreachable("unknown OriginKind");
}

// The summary is streamed, never built as a json::Value tree: an index of
// 10,000 units is tens of megabytes, and building then freeing the tree
// cost more than the link itself. Each object's keys are written in sorted
// order, as json::Value would print them.
class Writer {
public:
  void unit(const UnitSummary &U, llvm::raw_ostream &OS);

private:
  void loc(const Loc &L) {
    if (!L.Elsewhere) {
      J->value(nullptr);
      return;
    }
    J->array([&] {
      J->value(file(L.Elsewhere->File));
      J->value(L.Elsewhere->Line);
      J->value(L.Elsewhere->Column);
    });
  }
  void attributeLoc(llvm::StringRef Key, const Loc &L) {
    J->attributeBegin(Key);
    loc(L);
    J->attributeEnd();
  }
  int64_t file(llvm::StringRef F) {
    auto [It, New] = FileIndex.try_emplace(F, Files.size());
    if (New)
      Files.push_back(F.str());
    return It->second;
  }
  void trail(const Trail &T) {
    J->array([&] {
      for (const Step &S : T)
        J->array([&] {
          J->value(stepName(S.Kind));
          loc(S.Where);
          J->value(S.Name);
          J->value(S.Param);
        });
    });
  }
  void attributeTrail(llvm::StringRef Key, const Trail &T) {
    J->attributeBegin(Key);
    trail(T);
    J->attributeEnd();
  }
  void origin(const Origin &O) {
    bool HasKey = O.What != Origin::Source;
    bool HasIndex = O.What == Origin::Param || O.What == Origin::CallResult;
    J->object([&] {
      if (O.IntoCallersCallable)
        J->attribute("cc", true);
      if (HasIndex)
        J->attribute("i", O.Index);
      if (HasKey)
        J->attribute("key", O.Key);
      if (O.What == Origin::Source) {
        J->attribute("kind", spelling(O.Kind));
        attributeLoc("read", O.Read);
        J->attribute("rn", O.ReadName);
      }
      if (O.What == Origin::CallResult)
        J->attribute("s", O.Sub);
      if (!O.Steps.empty())
        attributeTrail("steps", O.Steps);
      if (O.Transformed)
        J->attribute("t", true);
      if (!O.UnlessGuard.empty()) {
        J->attribute("ua", O.UnlessArg);
        J->attribute("ug", O.UnlessGuard);
      }
      J->attribute("w", originName(O.What));
    });
  }
  void taint(const TaintSet &T) {
    J->array([&] {
      for (const Origin &O : T.origins())
        origin(O);
    });
  }
  void attributeTaint(llvm::StringRef Key, const TaintSet &T) {
    J->attributeBegin(Key);
    taint(T);
    J->attributeEnd();
  }
  void path(const SinkPath &P) {
    J->object([&] {
      J->attribute("role", P.Role == SinkRole::Label ? "label" : "name");
      attributeTrail("steps", P.Steps);
      if (!P.UnlessGuard.empty()) {
        J->attribute("ua", P.UnlessArg);
        J->attribute("ug", P.UnlessGuard);
      }
    });
  }
  void plan(const SitePlan &P) {
    J->object([&] {
      J->attribute("adapter", P.Adapter);
      J->attributeArray("edits", [&] {
        for (const Edit &E : P.Edits)
          J->array([&] {
            J->value(file(E.File));
            J->value(E.Offset);
            J->value(E.Length);
            J->value(E.Text);
          });
      });
      J->attribute("note", P.Note);
    });
  }
  void sink(const ResultSink &R) {
    J->object([&] {
      J->attribute("call", R.Call);
      J->attribute("fn", R.Function);
      J->attributeBegin("path");
      path(R.Path);
      J->attributeEnd();
      J->attribute("site", R.Site);
      J->attribute("sub", R.Sub);
    });
  }
  void args(const CallArgs &Args) {
    J->array([&] {
      for (const TaintSet &T : Args)
        taint(T);
    });
  }
  void symbols(llvm::StringRef Key, const std::vector<Symbol> &V) {
    J->attributeArray(Key, [&] {
      for (Symbol S : V)
        J->value(S);
    });
  }
  /// [[key or index, value], ...] of a map.
  template <typename Map, typename Fn>
  void pairs(llvm::StringRef Key, const Map &M, Fn Value) {
    J->attributeArray(Key, [&] {
      for (const auto &Entry : M)
        J->array([&] {
          J->value(Entry.first);
          Value(Entry.second);
        });
    });
  }
  void call(const ExternalCall &C);
  void function(const FunctionSummary &S);
  void field(Symbol Key, const FieldFacts &F);
  void finding(const FindingRecord &F);
  /// Writes one part of the unit into a text of its own, so that the file
  /// table its locations add to is complete before it is written.
  template <typename Fn> std::string part(Fn Write) {
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    // Buffered: unbuffered, every token was its own append (a third of
    // writing an index).
    OS.SetBufferSize(1 << 16);
    json::OStream Part(OS);
    json::OStream *Outer = J;
    J = &Part;
    Write();
    J = Outer;
    OS.flush();
    return Text;
  }

  json::OStream *J = nullptr;
  std::vector<std::string> Files;
  llvm::StringMap<int64_t> FileIndex;
};

void Writer::call(const ExternalCall &C) {
  J->object([&] {
    symbols("applied", C.AppliedHere);
    J->attributeArray("argLocs", [&] {
      for (const Loc &L : C.ArgLocs)
        loc(L);
    });
    J->attributeBegin("args");
    args(C.Args);
    J->attributeEnd();
    attributeLoc("at", C.At);
    J->attribute("callee", C.Callee);
    J->attribute("field", C.ThroughField);
    J->attribute("name", C.DisplayName);
    symbols("params", C.ParamNames);
    J->attributeArray("sites", [&] {
      for (int S : C.ArgSites)
        J->value(S);
    });
    J->attribute("virtual", C.Virtual);
    J->attributeArray("writable", [&] {
      for (bool W : C.Writable)
        J->value(W);
    });
  });
}

void Writer::function(const FunctionSummary &S) {
  auto Taint = [&](const TaintSet &T) { taint(T); };
  auto Args = [&](const CallArgs &A) { args(A); };
  J->object([&] {
    J->attributeArray("calls", [&] {
      for (const ExternalCall &C : S.Calls)
        call(C);
    });
    pairs("fieldCalls", S.FieldCalls, Args);
    pairs("fieldSinkSites", S.FieldSinkSites,
          [&](const ResultSink &R) { sink(R); });
    pairs("fieldWrites", S.FieldWrites, Taint);
    J->attributeArray("guardedFindings", [&] {
      for (const GuardedFinding &G : S.GuardedFindings) {
        TaintSet One;
        One.add(G.Source);
        J->array([&] {
          J->value(G.Site);
          J->value(G.Role == SinkRole::Label ? "label" : "name");
          taint(One);
        });
      }
    });
    J->attribute("key", S.Key);
    if (S.MembershipParam)
      J->attribute("membership", *S.MembershipParam);
    J->attribute("name", S.DisplayName);
    pairs("outParams", S.OutParams, Taint);
    symbols("overrides", S.Overrides);
    pairs("paramCalls", S.ParamCalls, Args);
    pairs("paramSinks", S.ParamSinks, [&](const SinkPath &P) { path(P); });
    symbols("params", S.ParamNames);
    J->attributeArray("resultSinks", [&] {
      for (const ResultSink &R : S.ResultSinks)
        sink(R);
    });
    attributeTaint("return", S.Return);
    pairs("returnFields", S.ReturnFields, Taint);
    J->attributeArray("sites", [&] {
      for (const ReportSite &Site : S.Sites)
        J->object([&] {
          attributeLoc("at", Site.At);
          // A std::map: its keys come sorted.
          J->attributeObject("plans", [&] {
            for (const auto &[Key, P] : Site.Plans) {
              J->attributeBegin(Key);
              plan(P);
              J->attributeEnd();
            }
          });
        });
    });
  });
}

void Writer::field(Symbol Key, const FieldFacts &F) {
  J->object([&] {
    J->attribute("key", Key);
    if (F.Sink) {
      J->attributeBegin("sink");
      path(*F.Sink);
      J->attributeEnd();
    }
    attributeTaint("stored", F.Stored);
  });
}

void Writer::finding(const FindingRecord &F) {
  J->object([&] {
    attributeLoc("at", F.At);
    J->attribute("kind", spelling(F.Kind));
    J->attributeBegin("plan");
    plan(F.Plan);
    J->attributeEnd();
    J->attribute("role", F.Role == SinkRole::Label ? "label" : "name");
    attributeTrail("steps", F.Steps);
  });
}

void Writer::unit(const UnitSummary &U, llvm::raw_ostream &OS) {
  std::string Functions = part([&] {
    J->array([&] {
      for (const FunctionSummary &S : U.Functions)
        function(S);
    });
  });
  std::string Fields = part([&] {
    J->array([&] {
      for (const auto &[K, F] : U.Fields)
        field(K, F);
    });
  });
  std::string Findings = part([&] {
    J->array([&] {
      for (const FindingRecord &F : U.Findings)
        finding(F);
    });
  });
  // The edits may name files nothing else in the unit did.
  std::string Registrations = part([&] {
    SitePlan P;
    P.Edits = U.Registrations;
    plan(P);
  });
  std::string Templates = part([&] {
    SitePlan P;
    P.Edits = U.Templates;
    plan(P);
  });
  json::OStream Top(OS);
  J = &Top;
  auto Raw = [&](llvm::StringRef Key, llvm::StringRef Text) {
    J->attributeBegin(Key);
    J->rawValue(Text);
    J->attributeEnd();
  };
  J->object([&] {
    J->attributeArray("errors", [&] {
      for (const std::string &E : U.Errors)
        J->value(E);
    });
    Raw("fields", Fields);
    J->attributeArray("files", [&] {
      for (const std::string &F : Files)
        J->value(F);
    });
    Raw("findings", Findings);
    J->attribute("fingerprint", U.Fingerprint);
    J->attribute("format", SummaryFormat);
    Raw("functions", Functions);
    J->attributeArray("inputs", [&] {
      for (const auto &Input : U.Inputs)
        J->array([&] {
          J->value(Input.first);
          J->value(llvm::utohexstr(Input.second));
        });
    });
    J->attribute("main", U.MainFile);
    J->attribute("registersByHand", U.RegistersByHand);
    Raw("registrations", Registrations);
    Raw("templates", Templates);
    J->attributeArray("units", [&] {
      for (const std::string &F : U.Units)
        J->value(F);
    });
    J->attribute("version", SummaryVersion);
  });
  J = nullptr;
}

} // namespace

void writeUnitSummary(const UnitSummary &U, llvm::raw_ostream &OS) {
  // Arrays are written in the order of the unit's sorted functions and
  // fields, objects with sorted keys: the same unit gives the same bytes.
  Writer().unit(U, OS);
  OS << "\n";
}

} // namespace clang::tidy::metrics::engine
