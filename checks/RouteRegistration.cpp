//===--- RouteRegistration.cpp - labelguard -------------------------------===//

#include "RouteRegistration.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Path.h"

namespace clang::tidy::metrics {

namespace {

/// The string literal a pattern argument was written as, through the
/// conversions to std::string or std::string_view that the call adds.
const StringLiteral *writtenLiteral(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E);
             F && F->getCastKind() == CK_ConstructorConversion)
      E = F->getSubExpr();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(E);
             C && C->getNumArgs() >= 1 && !C->isListInitialization() &&
             !isa<CXXTemporaryObjectExpr>(C))
      E = C->getArg(0);
    else
      break;
  }
  return dyn_cast_or_null<StringLiteral>(E);
}

/// \p Call is in the folder (or below it) of the file declaring \p Callee.
bool insideLibraryOf(const Expr *Call, const FunctionDecl *Callee,
                     const SourceManager &SM) {
  auto FileOf = [&](SourceLocation L) -> llvm::StringRef {
    if (OptionalFileEntryRef F =
            SM.getFileEntryRefForID(SM.getFileID(SM.getExpansionLoc(L))))
      return F->getName();
    return "";
  };
  llvm::StringRef Declared = FileOf(Callee->getLocation());
  llvm::StringRef Called = FileOf(Call->getBeginLoc());
  llvm::StringRef Folder = llvm::sys::path::parent_path(Declared);
  return !Folder.empty() && Called.starts_with(Folder) &&
         Called.size() > Folder.size() &&
         llvm::sys::path::is_separator(Called[Folder.size()]);
}

std::string spelled(llvm::StringRef Qualified) {
  return Qualified.ltrim(':').str();
}

/// The name token of the route macro that \p Call was expanded from, when
/// the user wrote that macro (one of \p Macros) directly in a file: not
/// inside another macro (whose text is its author's), not in a header of
/// the system's. The RouteMacroInfo says what it is renamed to.
std::pair<SourceLocation, const RouteMacroInfo *>
writtenRouteMacro(const Expr *Call, llvm::ArrayRef<RouteMacroInfo> Macros,
                  ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  // The callee's name (`route` in `app.template route<...>(url)`) is a
  // token of the macro's own body.
  SourceLocation L = Call->getExprLoc();
  if (Macros.empty() || !L.isMacroID() || SM.isMacroArgExpansion(L))
    return {};
  llvm::StringRef Name = Lexer::getImmediateMacroName(L, SM, Ctx.getLangOpts());
  const RouteMacroInfo *Info = nullptr;
  for (const RouteMacroInfo &M : Macros)
    if (M.Macro == Name)
      Info = &M;
  if (!Info)
    return {};
  // Where the macro was invoked: a file location unless another macro's
  // body invokes it (LABELGUARD_CROW_ROUTE itself, after a first fix).
  SourceLocation NameLoc = SM.getImmediateExpansionRange(L).getBegin();
  if (NameLoc.isInvalid() || NameLoc.isMacroID() ||
      SM.isInSystemHeader(NameLoc))
    return {};
  Token Tok;
  if (Lexer::getRawToken(NameLoc, Tok, SM, Ctx.getLangOpts(),
                         /*IgnoreWhiteSpace=*/false) ||
      !Tok.is(tok::raw_identifier) || Tok.getRawIdentifier() != Name)
    return {};
  return {NameLoc, Info};
}

/// The file range of \p Pattern where the user wrote it as an argument of
/// \p Macro, invoked in a file of the project: not an argument of another
/// macro inside it, not a literal of a macro's own body, not in a header of
/// the system's. Invalid otherwise.
CharSourceRange writtenMacroArgument(const StringLiteral *Pattern,
                                     llvm::StringRef Macro, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  SourceLocation Begin = Pattern->getBeginLoc();
  if (!Begin.isMacroID() || !SM.isMacroArgExpansion(Begin) ||
      Lexer::getImmediateMacroName(Begin, SM, LO) != Macro)
    return {};
  // The outermost expansion is the macro itself: its name token, in a file.
  SourceLocation NameLoc = SM.getExpansionRange(Begin).getBegin();
  if (NameLoc.isInvalid() || SM.isInSystemHeader(NameLoc))
    return {};
  Token Tok;
  if (Lexer::getRawToken(NameLoc, Tok, SM, LO, /*IgnoreWhiteSpace=*/false) ||
      !Tok.is(tok::raw_identifier) || Tok.getRawIdentifier() != Macro)
    return {};
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(Pattern->getSourceRange()), SM, LO);
  if (Range.isInvalid() ||
      SM.getFileID(Range.getBegin()) != SM.getFileID(NameLoc) ||
      SM.isBeforeInTranslationUnit(Range.getBegin(), NameLoc))
    return {};
  return Range;
}

/// The file range of the argument \p Arg as the user wrote it in a file of
/// the project, through the conversions the call adds (a shared_ptr to a
/// derived class made one to its base): not inside a macro, not in a
/// header of the system's, and of a type a pass-through can take and give
/// back (not a braced list, not nullptr). Invalid otherwise.
CharSourceRange writtenObject(const Expr *Arg, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  const Expr *Written = Arg->IgnoreUnlessSpelledInSource();
  if (!Written || isa<InitListExpr>(Written) || Written->isTypeDependent() ||
      Written->getType()->isNullPtrType() ||
      Written->getBeginLoc().isMacroID() || Written->getEndLoc().isMacroID() ||
      SM.isInSystemHeader(Written->getBeginLoc()))
    return {};
  return Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(Written->getSourceRange()), SM,
      Ctx.getLangOpts());
}

} // namespace

void RouteRegistration::add(const Expr *Call, ASTContext &Ctx) {
  const FunctionDecl *Callee = nullptr;
  llvm::ArrayRef<const Expr *> Args;
  if (const auto *CE = dyn_cast<CallExpr>(Call)) {
    Callee = CE->getDirectCallee();
    Args = llvm::ArrayRef(CE->getArgs(), CE->getNumArgs());
  } else if (const auto *CC = dyn_cast<CXXConstructExpr>(Call)) {
    Callee = CC->getConstructor();
    Args = llvm::ArrayRef(CC->getArgs(), CC->getNumArgs());
  }
  const Entry *E = Callee ? K.lookup(Callee) : nullptr;
  if (!E)
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  if (E->RouteRegistrar) {
    // The guard's own headers call its registrars (a declarer calls
    // try_register_route): only a call from outside the folder that
    // declares the registrar is the service registering by hand.
    if (!insideLibraryOf(Call, Callee, SM))
      ByHand = true;
    return;
  }
  // A route macro the user wrote is renamed to the guard's, whatever its
  // pattern: the guard's macro registers the rule the framework built.
  if (auto [NameLoc, Macro] = writtenRouteMacro(Call, E->RouteMacros, Ctx);
      Macro) {
    // Instantiations of one template expand the same macro.
    if (!Seen.insert(NameLoc).second)
      return;
    record(NameLoc,
           FixItHint::CreateReplacement(
               CharSourceRange::getTokenRange(NameLoc, NameLoc),
               Macro->Replacement),
           Macro->Replacement, Macro->Header, SM);
    return;
  }
  // A macro's pattern argument, wrapped where the user wrote it.
  for (const RouteMacroArgInfo &M : E->RouteMacroArgs) {
    if (M.Arg >= Args.size())
      continue;
    if (const StringLiteral *Pattern = writtenLiteral(Args[M.Arg]))
      if (CharSourceRange Range = writtenMacroArgument(Pattern, M.Macro, Ctx);
          Range.isValid()) {
        declare(Range, M.Declarer, /*Header=*/"", SM);
        return;
      }
  }
  // A member operator call counts its object as argument 0.
  const unsigned Shift =
      isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee) ? 1 : 0;
  // An object carrying its routes, wrapped where the user wrote it: its
  // routes are what the framework reads from it, whatever its declarations
  // spelled.
  if (E->RouteObject) {
    unsigned Arg = E->RouteObject->Arg + Shift;
    if (Arg >= Args.size())
      return;
    if (declare(writtenObject(Args[Arg], Ctx), E->RouteObject->Declarer,
                E->RouteObject->Header, SM))
      ++Objects;
    return;
  }
  if (!E->RouteDeclaration)
    return;
  unsigned Arg = E->RouteDeclaration->Arg + Shift;
  if (Arg >= Args.size())
    return;
  const StringLiteral *Pattern = writtenLiteral(Args[Arg]);
  // A literal a macro spells (CROW_ROUTE) is not the user's to edit, and a
  // header of the system's is nobody's.
  if (!Pattern || Pattern->getBeginLoc().isMacroID() ||
      Pattern->getEndLoc().isMacroID() ||
      SM.isInSystemHeader(Pattern->getBeginLoc()))
    return;
  declare(Lexer::makeFileCharRange(
              CharSourceRange::getTokenRange(Pattern->getSourceRange()), SM,
              Ctx.getLangOpts()),
          E->RouteDeclaration->Declarer, /*Header=*/"", SM);
}

bool RouteRegistration::declare(CharSourceRange Range, llvm::StringRef Declarer,
                                llvm::StringRef Header,
                                const SourceManager &SM) {
  // Instantiations of one template declare the same literal (or object).
  if (Range.isInvalid() || !Seen.insert(Range.getBegin()).second)
    return false;
  std::string Spelled = spelled(Declarer);
  Edits.push_back(FixItHint::CreateInsertion(Range.getBegin(), Spelled + "("));
  record(Range.getBegin(),
         FixItHint::CreateInsertion(Range.getEnd(), ")",
                                    /*BeforePreviousInsertions=*/true),
         Spelled, Header, SM);
  return true;
}

void RouteRegistration::record(SourceLocation At, FixItHint Last,
                               llvm::StringRef Declarer, llvm::StringRef Header,
                               const SourceManager &SM) {
  Edits.push_back(std::move(Last));
  ++Declarations;
  FileID File = SM.getFileID(At);
  std::pair<FileID, std::string> Include{File, Header.str()};
  if (llvm::find(Includes, Include) == Includes.end())
    Includes.push_back(std::move(Include));
  if (First.isInvalid() || SM.isBeforeInTranslationUnit(At, First)) {
    First = At;
    FirstDeclarer = Declarer.str();
  }
}

void RouteRegistration::clear() {
  ByHand = false;
  Edits.clear();
  Includes.clear();
  Declarations = 0;
  Objects = 0;
  Seen.clear();
  First = SourceLocation();
  FirstDeclarer.clear();
}

} // namespace clang::tidy::metrics
