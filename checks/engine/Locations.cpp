//===--- engine/Locations.cpp - labelguard --------------------------------===//

#include "engine/Locations.h"
#include "clang/Basic/FileManager.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace clang::tidy::metrics::engine {

SourceLocation toSourceLocation(const Loc &L, SourceManager &SM) {
  if (!L.Elsewhere)
    return L.Here;
  const ExternalLoc &E = *L.Elsewhere;
  llvm::Expected<FileEntryRef> File =
      SM.getFileManager().getFileRef(E.File, /*OpenFile=*/false);
  if (!File) {
    llvm::consumeError(File.takeError());
    return SourceLocation();
  }
  FileID FID = SM.getOrCreateFileID(*File, SrcMgr::C_User);
  if (FID.isInvalid())
    return SourceLocation();
  return SM.translateLineCol(FID, E.Line, E.Column);
}

Symbol canonicalPath(const SourceManager &SM, FileEntryRef File,
                     FactStore &Store) {
  return Store.canonicalPath(&File.getFileEntry(), [&] {
    llvm::SmallString<256> Path(File.getName());
    SM.getFileManager().makeAbsolutePath(Path);
    llvm::SmallString<256> Real;
    if (!llvm::sys::fs::real_path(Path, Real))
      return std::string(Real);
    // Gone since it was read: the lexical form is the best there is.
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/false);
    return std::string(Path);
  });
}

const ExternalLoc *toExternal(const Loc &L, const SourceManager &SM,
                              FactStore &Store) {
  if (L.Elsewhere)
    return L.Elsewhere;
  if (L.Here.isInvalid())
    return nullptr;
  SourceLocation Expansion = SM.getExpansionLoc(L.Here);
  FileID FID = SM.getFileID(Expansion);
  OptionalFileEntryRef File = SM.getFileEntryRefForID(FID);
  if (!File)
    return nullptr;
  unsigned Offset = SM.getFileOffset(Expansion);
  return Store.externalLoc(canonicalPath(SM, *File, Store),
                           SM.getLineNumber(FID, Offset),
                           SM.getColumnNumber(FID, Offset));
}

} // namespace clang::tidy::metrics::engine
