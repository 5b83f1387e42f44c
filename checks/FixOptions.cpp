//===--- FixOptions.cpp - labelguard --------------------------------------===//

#include "FixOptions.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::metrics {

std::optional<std::string> functionNameProblem(llvm::StringRef Name) {
  if (Name.empty())
    return std::string("it is empty");
  llvm::StringRef Rest = Name;
  if (Rest.starts_with("::"))
    Rest = Rest.drop_front(2);
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Rest.split(Parts, "::");
  for (llvm::StringRef P : Parts)
    if (P.empty() || !(llvm::isAlpha(P.front()) || P.front() == '_') ||
        !llvm::all_of(P, [](char C) { return llvm::isAlnum(C) || C == '_'; }))
      return std::string("it is not a qualified function name (identifiers "
                         "joined by '::', without template arguments)");
  // The fix names it from any namespace, and the matched-route fix takes
  // its namespace for matched_route_label.
  if (Parts.size() < 2)
    return std::string("write it qualified, like ::ns::function");
  return std::nullopt;
}

std::optional<std::string> includeSpelling(llvm::StringRef Header,
                                           std::string &Problem) {
  Header = Header.trim();
  char Open = Header.empty() ? 0 : Header.front();
  llvm::StringRef Path = Header;
  if (Open == '<' || Open == '"') {
    char Close = Open == '<' ? '>' : '"';
    if (Header.size() < 2 || Header.back() != Close) {
      Problem = std::string("'") + Open + "' is not closed by '" + Close + "'";
      return std::nullopt;
    }
    Path = Header.drop_front().drop_back();
  }
  if (Path.empty()) {
    Problem = "it names no header";
    return std::nullopt;
  }
  if (Path.find_first_of("<>\" \t\r\n\\") != llvm::StringRef::npos) {
    Problem = "a header path has no blanks, brackets, quotes or backslashes";
    return std::nullopt;
  }
  // IncludeInserter quotes a name without angle brackets itself.
  return Open == '"' ? Path.str() : ("<" + Path + ">").str();
}

std::optional<utils::IncludeSorter::IncludeStyle>
parseIncludeStyle(llvm::StringRef Value) {
  for (const auto &[Style, Name] :
       OptionEnumMapping<utils::IncludeSorter::IncludeStyle>::getEnumMapping())
    if (Value.trim().equals_insensitive(Name))
      return Style;
  return std::nullopt;
}

} // namespace clang::tidy::metrics
