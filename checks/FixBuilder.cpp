//===--- FixBuilder.cpp - labelguard --------------------------------------===//

#include "FixBuilder.h"
#include "engine/ExprUtils.h"
#include "engine/Locations.h"
#include "clang/AST/ASTLambda.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::metrics {

using engine::Finding;
using engine::Symbol;

namespace {
std::string spelled(llvm::StringRef Qualified) {
  return Qualified.starts_with("::") ? Qualified.drop_front(2).str()
                                     : Qualified.str();
}

// The member a record has under \p Name, if any: a framework that reports
// the matched route does so through a member whose presence this tests.
const NamedDecl *member(const CXXRecordDecl *RD, llvm::StringRef Name) {
  if (!RD || !RD->hasDefinition())
    return nullptr;
  RD = RD->getDefinition();
  for (const NamedDecl *ND : RD->lookup(&RD->getASTContext().Idents.get(Name)))
    return ND;
  return nullptr;
}

// Whether \p FD's body belongs to a template: an instantiation of a function
// template or of a class template's member, or a lambda inside one. One edit
// there changes every instantiation.
bool inTemplate(const FunctionDecl *FD) {
  for (const DeclContext *DC = FD; DC; DC = DC->getParent()) {
    if (const auto *F = dyn_cast<FunctionDecl>(DC)) {
      if (F->isTemplateInstantiation() || F->getTemplateInstantiationPattern())
        return true;
    } else if (const auto *RD = dyn_cast<CXXRecordDecl>(DC)) {
      if (RD->getTemplateInstantiationPattern())
        return true;
    }
  }
  return false;
}

// Every instantiation of one pattern has its body where the pattern has.
unsigned bodyKey(const FunctionDecl *FD) {
  const Stmt *Body = FD->getBody();
  return Body ? Body->getBeginLoc().getRawEncoding() : 0;
}

bool sameEdits(llvm::ArrayRef<FixItHint> A, llvm::ArrayRef<FixItHint> B) {
  return llvm::equal(A, B, [](const FixItHint &X, const FixItHint &Y) {
    return X.RemoveRange.getAsRange() == Y.RemoveRange.getAsRange() &&
           X.RemoveRange.isTokenRange() == Y.RemoveRange.isTokenRange() &&
           X.InsertFromRange.getAsRange() == Y.InsertFromRange.getAsRange() &&
           X.CodeToInsert == Y.CodeToInsert &&
           X.BeforePreviousInsertions == Y.BeforePreviousInsertions;
  });
}
} // namespace

FixBuilder::FixBuilder(engine::Context &C, llvm::StringRef GuardFunction,
                       llvm::StringRef LimiterFunction)
    : C(C), Ctx(C.AST), Guard(spelled(GuardFunction)),
      Limiter(spelled(LimiterFunction)) {
  auto Pos = llvm::StringRef(Guard).rfind("::");
  GuardNs = Pos == llvm::StringRef::npos ? "" : Guard.substr(0, Pos + 2);
  Reach = std::make_unique<ReadReach>(Ctx, C.Index);
}

FixBuilder::~FixBuilder() {
  if (HostScope)
    Ctx.setTraversalScope(*HostScope);
}

void FixBuilder::setFindings(llvm::ArrayRef<Finding> Findings) {
  Labels.clear();
  for (const Finding &F : Findings)
    if (F.Reported && F.Role == SinkRole::Label)
      Labels.insert(F.Reported);
  if (HostScope || Findings.empty())
    return;
  std::vector<Decl *> Host = Ctx.getTraversalScope();
  if (Host.size() != 1 || !isa<TranslationUnitDecl>(Host.front()))
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<Decl *> Scope;
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    SourceRange R = D->getSourceRange();
    if (R.isInvalid())
      continue;
    SourceLocation Begin = SM.getExpansionLoc(R.getBegin()),
                   End = SM.getExpansionLoc(R.getEnd());
    bool Wanted =
        SM.isInMainFile(Begin) || llvm::any_of(Findings, [&](const Finding &F) {
          SourceLocation At = SM.getExpansionLoc(
              F.Reported ? F.Reported->getBeginLoc() : SourceLocation());
          return At.isValid() && SM.isPointWithin(At, Begin, End);
        });
    if (Wanted)
      Scope.push_back(D);
  }
  Ctx.setTraversalScope(Scope);
  Reach->setIndexScope(Host);
  HostScope = std::move(Host);
}

bool FixBuilder::editable(SourceRange R) const {
  // An edit inside a macro would change every expansion of it.
  return R.isValid() && R.getBegin().isFileID() && R.getEnd().isFileID();
}

bool FixBuilder::needsCharPointer(const Expr *E) {
  // Only a value that is itself a C string can be passed where a
  // `const char *` is expected; anything else needs no look at its parent
  // (which costs a parent map of the whole translation unit).
  QualType T = E->getType().getNonReferenceType();
  if (!(T->isPointerType() || T->isArrayType()) ||
      !engine::isStringLike(T, C.Index))
    return false;
  // Walk up through the implicit conversions to the parameter the value is
  // passed to: the guard answers a std::string, which does not convert to
  // a `const char *` parameter by itself.
  const Stmt *Child = E;
  DynTypedNodeList Parents = Ctx.getParents(*Child);
  while (!Parents.empty()) {
    const Stmt *P = Parents[0].get<Stmt>();
    if (!P)
      return false;
    if (isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr,
            ExprWithCleanups>(P)) {
      Child = P;
      Parents = Ctx.getParents(*Child);
      continue;
    }
    const FunctionDecl *Callee = nullptr;
    llvm::ArrayRef<const Expr *> Args;
    if (const auto *Call = dyn_cast<CallExpr>(P)) {
      Callee = Call->getDirectCallee();
      Args = llvm::ArrayRef(Call->getArgs(), Call->getNumArgs());
      if (isa<CXXOperatorCallExpr>(Call) &&
          isa_and_nonnull<CXXMethodDecl>(Callee))
        Args = Args.drop_front();
    } else if (const auto *CE = dyn_cast<CXXConstructExpr>(P)) {
      Callee = CE->getConstructor();
      Args = llvm::ArrayRef(CE->getArgs(), CE->getNumArgs());
    }
    if (!Callee)
      return false;
    for (unsigned I = 0; I < Args.size() && I < Callee->getNumParams(); ++I)
      if (Args[I] == Child) {
        QualType T = Callee->getParamDecl(I)->getType().getNonReferenceType();
        if (const auto *PT = T->getAs<PointerType>())
          return PT->getPointeeType()->isAnyCharacterType();
        return false;
      }
    return false;
  }
  return false;
}

std::string FixBuilder::objectPrefix(const MemberExpr *ME) const {
  // "req->", "req.", "(*req)." exactly as written, smart pointers included.
  return Lexer::getSourceText(CharSourceRange::getCharRange(ME->getBeginLoc(),
                                                            ME->getMemberLoc()),
                              Ctx.getSourceManager(), Ctx.getLangOpts())
      .str();
}

std::optional<std::string>
FixBuilder::matchedRouteReplacement(const Finding &F, const Expr *Read) {
  if (!Read || F.Transformed || !rawPartInside(F, Read))
    return std::nullopt;
  const Entry *E = C.Index.knowledge().lookup(F.ReadName);
  if (!E || E->MatchedRoute.empty())
    return std::nullopt;
  // "matchedPathPattern()" is a getter, "matched_route" a data member.
  llvm::StringRef Member = E->MatchedRoute;
  llvm::StringRef Name = Member.take_until([](char Ch) { return Ch == '('; });
  const MemberExpr *ME = dyn_cast<MemberExpr>(Read);
  const CXXRecordDecl *Object = nullptr;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Read)) {
    ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens());
    if (const CXXMethodDecl *MD = MC->getMethodDecl())
      Object = MD->getParent();
  } else if (ME) {
    if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl()))
      Object = dyn_cast<CXXRecordDecl>(FD->getParent());
  }
  // The framework's release in this translation unit must have the member
  // (cpp-httplib added matched_route in 0.21).
  if (!ME || !member(Object, Name))
    return std::nullopt;
  return GuardNs + "matched_route_label(" + objectPrefix(ME) + Member.str() +
         ")";
}

const Expr *FixBuilder::rawPartInside(const Finding &F,
                                      const Expr *Read) const {
  // "GET " + req.path, fmt::format("{}", req.path): guarding the whole would
  // make every label the unregistered value; guarding the raw part keeps
  // "GET /users/:id".
  if (!Read || !editable(Read->getSourceRange()))
    return nullptr;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceRange Outer = F.Reported->getSourceRange(),
              Inner = Read->getSourceRange();
  if (SM.isBeforeInTranslationUnit(Inner.getBegin(), Outer.getBegin()) ||
      SM.isBeforeInTranslationUnit(Outer.getEnd(), Inner.getEnd()))
    return nullptr;
  return Read;
}

bool FixBuilder::readInOwner(const Finding &F, const Expr *Read) const {
  if (!Read || !F.Owner || !F.Owner->getBody() ||
      !engine::isStringLike(Read->getType(), C.Index) ||
      !editable(Read->getSourceRange()))
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceRange Body = F.Owner->getBody()->getSourceRange();
  SourceRange R = Read->getSourceRange();
  return !SM.isBeforeInTranslationUnit(R.getBegin(), Body.getBegin()) &&
         !SM.isBeforeInTranslationUnit(Body.getEnd(), R.getEnd());
}

void FixBuilder::wrap(const Expr *E, llvm::StringRef Function, FixPlan &Plan) {
  SourceRange R = E->getSourceRange();
  SourceLocation After = Lexer::getLocForEndOfToken(
      R.getEnd(), 0, Ctx.getSourceManager(), Ctx.getLangOpts());
  Plan.Edits.push_back(
      FixItHint::CreateInsertion(R.getBegin(), (Function + "(").str()));
  Plan.Edits.push_back(FixItHint::CreateInsertion(
      After, needsCharPointer(E) ? ").c_str()" : ")"));
}

bool FixBuilder::cutsKeepTheirText(const Finding &F, const Expr *Read) {
  return Reach->cutsKeepTheirText(Read, F.Reported);
}

bool FixBuilder::wrapCoReads(const Expr *Read, FixPlan &Plan) {
  // Other reads of the same raw value that the cuts measure: guarded too,
  // so that the positions are positions in the guard's answer.
  for (const Expr *E : Reach->coReads())
    if (E != Read->IgnoreParenImpCasts() && !editable(E->getSourceRange()))
      return false;
  for (const Expr *E : Reach->coReads())
    if (E != Read->IgnoreParenImpCasts())
      wrap(E, Guard, Plan);
  return true;
}

bool FixBuilder::planAtRead(const Finding &F, const Expr *Read, FixPlan &Plan) {
  // The raw value is guarded where it is read, in the function that reads
  // it, when every use of what is read there leads to a reported label
  // (ReadReach states the rule): the label then becomes the route template,
  // or the part of it that the code cuts.
  if (!Read || !F.Reported || !Reach->guardKeepsType(Read->getType()) ||
      !editable(Read->getSourceRange()) ||
      !Ctx.getSourceManager().isInMainFile(Read->getBeginLoc()) ||
      !Ctx.getSourceManager().isInMainFile(
          Ctx.getSourceManager().getExpansionLoc(F.Reported->getBeginLoc())))
    return false;
  const FunctionDecl *Home = Reach->enclosingFunction(Read);
  if (!Home || Home->isTemplateInstantiation() ||
      Home->getTemplateInstantiationPattern() || Home->isDependentContext())
    return false;
  if (!Reach->onlyReachesLabels(
          Read, [&](const Expr *E) { return Labels.contains(E); }))
    return false;
  if (!wrapCoReads(Read, Plan))
    return false;
  wrap(Read, Guard, Plan);
  Plan.Note = Reach->keys()   ? FixNote::AtReadKey
              : Reach->cuts() ? FixNote::AtReadCut
                              : FixNote::AtRead;
  Plan.NoteLoc = Read->getBeginLoc();
  return true;
}

FixPlan FixBuilder::planOnce(const Finding &F, bool StandAlone) {
  FixPlan Plan = plan(F);
  if (Plan.Edits.empty())
    return Plan;
  std::vector<FixItHint> Fresh;
  SourceLocation Earlier;
  for (const FixItHint &Edit : Plan.Edits) {
    auto [It, New] =
        Made.try_emplace({Edit.RemoveRange.getBegin(), Edit.CodeToInsert},
                         F.Reported->getBeginLoc());
    if (New || !Edit.RemoveRange.getBegin().isValid())
      Fresh.push_back(Edit);
    else
      Earlier = It->second;
  }
  if (Fresh.empty()) {
    Plan.Note = FixNote::SharedFix;
    Plan.NoteLoc = Earlier;
    Plan.Edits.clear();
  } else if (!StandAlone) {
    Plan.Edits = std::move(Fresh);
  }
  return Plan;
}

FixItHint FixBuilder::placeInclude(FixItHint Include) const {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation At = Include.RemoveRange.getBegin();
  if (At.isInvalid() || !At.isFileID())
    return Include;
  FileID File = SM.getFileID(At);
  // A top-level block of this file that encloses the insertion point.
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    if (!isa<LinkageSpecDecl, NamespaceDecl>(D))
      continue;
    SourceRange R = D->getSourceRange();
    if (R.isInvalid() || !R.getBegin().isFileID() ||
        SM.getFileID(R.getBegin()) != File ||
        !SM.isBeforeInTranslationUnit(R.getBegin(), At) ||
        SM.isBeforeInTranslationUnit(R.getEnd(), At))
      continue;
    // The start of the line the block starts on: everything the block sees
    // is then visible to the guard's header too.
    auto [FID, Offset] = SM.getDecomposedLoc(R.getBegin());
    unsigned Line = SM.getLineNumber(FID, Offset);
    At = SM.translateLineCol(FID, Line, 1);
    Include = FixItHint::CreateInsertion(At, Include.CodeToInsert);
    break;
  }
  // IncludeInserter writes "\n"; a CRLF file keeps its line endings.
  llvm::StringRef Buffer = SM.getBufferData(File);
  size_t NewLine = Buffer.find('\n');
  if (NewLine != llvm::StringRef::npos && NewLine > 0 &&
      Buffer[NewLine - 1] == '\r') {
    std::string Code;
    for (char C : Include.CodeToInsert) {
      if (C == '\n' && (Code.empty() || Code.back() != '\r'))
        Code += '\r';
      Code += C;
    }
    Include.CodeToInsert = Code;
  }
  return Include;
}

void FixBuilder::setAnalysed(llvm::ArrayRef<const FunctionDecl *> Functions) {
  Instantiations.clear();
  for (const FunctionDecl *FD : Functions)
    if (FD->getBody() && inTemplate(FD))
      Instantiations[bodyKey(FD)].push_back(FD);
}

std::vector<SourceRange> FixBuilder::templateBodiesElsewhere() const {
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<SourceRange> Bodies;
  for (const auto &[Key, Functions] : Instantiations) {
    SourceRange R = Functions.front()->getBody()->getSourceRange();
    if (R.getBegin().isFileID() && R.getEnd().isFileID() &&
        !SM.isInMainFile(R.getBegin()))
      Bodies.push_back(R);
  }
  llvm::sort(Bodies, [&](SourceRange A, SourceRange B) {
    return SM.isBeforeInTranslationUnit(A.getBegin(), B.getBegin());
  });
  return Bodies;
}

const Expr *FixBuilder::readOf(const Finding &F) const {
  const Expr *Read = C.readAt(F.Read);
  if (!Read || !F.Owner || !F.Owner->getBody() || !inTemplate(F.Owner))
    return Read;
  // The engine keeps one expression per place, whichever instantiation read
  // there first; this instantiation's own read has its own types (whether
  // its request has a matched-route member, say).
  SourceRange R = Read->getSourceRange();
  llvm::SmallVector<const Stmt *, 32> Work{F.Owner->getBody()};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    // An implicit conversion of the read (operator std::string_view) spans
    // the same text and is a call too: the read is the call inside it.
    const auto *Conversion = dyn_cast<CXXMemberCallExpr>(S);
    if (S->getStmtClass() == Read->getStmtClass() && S->getSourceRange() == R &&
        !(Conversion &&
          isa_and_nonnull<CXXConversionDecl>(Conversion->getMethodDecl())))
      return cast<Expr>(S);
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
  // Read in another function (stored in a member there): the same for every
  // instantiation, and never inside this one's label.
  const SourceManager &SM = Ctx.getSourceManager();
  SourceRange Body = F.Owner->getBody()->getSourceRange();
  bool InBody = !SM.isBeforeInTranslationUnit(R.getBegin(), Body.getBegin()) &&
                !SM.isBeforeInTranslationUnit(Body.getEnd(), R.getEnd());
  return InBody ? nullptr : Read;
}

std::string FixBuilder::instantiationName(const FunctionDecl *FD) const {
  // A lambda is named by the instantiation it is in.
  const DeclContext *DC = FD;
  while (isLambdaCallOperator(DC) && DC->getParent() &&
         DC->getParent()->getParent())
    DC = DC->getParent()->getParent();
  const auto *Named = dyn_cast<FunctionDecl>(DC);
  if (!Named)
    Named = FD;
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  Named->getNameForDiagnostic(OS, Ctx.getPrintingPolicy(), /*Qualified=*/true);
  return Name;
}

FixPlan FixBuilder::plan(const Finding &F) {
  FixPlan Plan = planOne(F, /*AcrossInstantiations=*/true);
  if (Plan.Edits.empty() || !F.Owner || !F.Owner->getBody() ||
      !inTemplate(F.Owner))
    return Plan;
  FixPlan None;
  None.NoteLoc = Plan.NoteLoc;
  // Another translation unit may instantiate a header's template where the
  // value is bounded, and a per-unit run cannot see it; the main file's
  // templates are instantiated in this unit only.
  const SourceManager &SM = Ctx.getSourceManager();
  if (!SM.isInMainFile(SM.getExpansionLoc(F.Owner->getBody()->getBeginLoc()))) {
    None.Note = FixNote::NoFixTemplateHeader;
    return None;
  }
  // A unit that includes this file (a test that includes the .cpp, a unity
  // build) instantiates the template too, as the project index says.
  SourceLocation At = SM.getFileLoc(F.Reported->getBeginLoc());
  if (OptionalFileEntryRef File = SM.getFileEntryRefForID(SM.getFileID(At))) {
    Symbol Path = engine::canonicalPath(SM, *File, C.Store);
    unsigned Offset = SM.getFileOffset(At);
    if (llvm::any_of(OtherUnitsTemplates, [&](const engine::Edit &B) {
          return B.File == Path && B.Offset <= Offset &&
                 Offset < B.Offset + B.Length;
        })) {
      None.Note = FixNote::NoFixTemplateElsewhere;
      return None;
    }
  }
  // One edit for the pattern: every instantiation analysed here must have
  // the same finding at this place, and need the very same edit.
  auto It = Instantiations.find(bodyKey(F.Owner));
  if (It == Instantiations.end()) {
    None.Note = FixNote::NoFixTemplate;
    return None;
  }
  for (const FunctionDecl *Other : It->second) {
    if (Other == F.Owner)
      continue;
    const Finding *Twin = nullptr;
    for (const Finding &S : F.SamePlace)
      if (S.Owner == Other)
        Twin = &S;
    if (!Twin) {
      None.Note = FixNote::NoFixTemplate;
      None.Adapter = instantiationName(Other);
      return None;
    }
    FixPlan Its;
    if (Twin->Kind == F.Kind)
      Its = planOne(*Twin, /*AcrossInstantiations=*/true);
    if (Twin->Kind != F.Kind || Its.Note != Plan.Note ||
        !sameEdits(Its.Edits, Plan.Edits)) {
      None.Note = FixNote::NoFixTemplateDiffers;
      None.Adapter = instantiationName(Other);
      return None;
    }
  }
  return Plan;
}

FixPlan FixBuilder::planAtSite(const Finding &F) {
  return planOne(F, /*AcrossInstantiations=*/false);
}

FixPlan FixBuilder::planOne(const Finding &F, bool AcrossInstantiations) {
  FixPlan Plan;
  Plan.NoteLoc = F.Reported->getBeginLoc();
  if (F.Role == SinkRole::Name) {
    Plan.Note = FixNote::NoFixName;
    return Plan;
  }
  bool RouteKind = F.Kind == SourceKind::Path || F.Kind == SourceKind::Target;
  if (!RouteKind && Limiter.empty()) {
    Plan.Note = FixNote::NoFixKind;
    return Plan;
  }
  if (!editable(F.Reported->getSourceRange())) {
    Plan.Note = FixNote::NoFixMacro;
    return Plan;
  }
  // A template's pattern is shared by all its instantiations, which other
  // callers may use with bounded values: plan() checks each of them.
  if (!AcrossInstantiations && F.Owner && inTemplate(F.Owner)) {
    Plan.Note = FixNote::NoFixTemplate;
    return Plan;
  }
  // The helper passes the value to whichever callable its caller gave it:
  // guarding it here would change what every caller's callable receives.
  if (F.IntoCallersCallable) {
    Plan.Note = FixNote::NoFixCallable;
    return Plan;
  }
  if (!RouteKind) {
    wrap(F.Reported, Limiter, Plan);
    Plan.Note = FixNote::Limiter;
    return Plan;
  }
  const Expr *Read = readOf(F);
  if (std::optional<std::string> Replacement =
          matchedRouteReplacement(F, Read)) {
    Plan.Edits.push_back(FixItHint::CreateReplacement(
        CharSourceRange::getTokenRange(F.Reported->getSourceRange()),
        *Replacement));
    Plan.Note = FixNote::MatchedRoute;
    return Plan;
  }
  const Expr *Target = nullptr;
  if (F.Transformed) {
    // The label is built from the raw text, not the raw text itself: the
    // raw part inside the label is guarded, unless a cut on the way cuts
    // at positions of another read (the guard's answer does not share
    // them); else the read, where it is, when that is safe.
    Target = rawPartInside(F, Read);
    if (Target &&
        (!cutsKeepTheirText(F, Target) || !wrapCoReads(Target, Plan))) {
      Plan.Edits.clear();
      Target = nullptr;
    }
    if (Target && Reach->cuts())
      Plan.Note = FixNote::CutTemplate;
    if (!Target && !planAtRead(F, Read, Plan)) {
      Plan.Note = FixNote::NoFixTransformed;
      return Plan;
    }
  } else if (!engine::isStringLike(F.Reported->getType(), C.Index)) {
    // A container or object of labels: the raw text went in where it was
    // read, and is guarded there when that is in this same function.
    if (readInOwner(F, Read))
      Target = Read;
    else if (!planAtRead(F, Read, Plan)) {
      Plan.Note = FixNote::NoFixContainer;
      return Plan;
    }
  }
  if (!guardsAtRead(Plan.Note)) {
    if (!Target || !editable(Target->getSourceRange()))
      Target = F.Reported;
    wrap(Target, Guard, Plan);
    if (Plan.Note != FixNote::CutTemplate)
      Plan.Note = FixNote::NeedsRegistration;
  }
  Plan.Adapter = C.Index.knowledge().adapterFor(F.ReadName).str();
  if (Plan.Adapter.empty())
    Plan.Adapter = "route_list.hpp";
  return Plan;
}

} // namespace clang::tidy::metrics
