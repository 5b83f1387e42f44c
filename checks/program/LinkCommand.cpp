//===--- program/LinkCommand.cpp - labelguard -----------------------------===//

#include "program/LinkCommand.h"
#include "UnitSummaries.h"
#include "program/Scan.h"
#include "program/SummaryFiles.h"
#include "llvm/Support/BuryPointer.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

namespace clang::tidy::metrics::program {

int linkSummaries(llvm::ArrayRef<std::string> Inputs, llvm::StringRef IndexPath,
                  llvm::raw_ostream &Err) {
  std::vector<std::string> Files;
  for (const std::string &In : Inputs) {
    if (llvm::StringRef(In).starts_with("@")) {
      auto List = llvm::MemoryBuffer::getFile(In.substr(1));
      if (!List) {
        Err << "labelguard-scan: error: cannot read '" << In.substr(1)
            << "': " << List.getError().message() << "\n";
        return ExitUsage;
      }
      llvm::SmallVector<llvm::StringRef, 64> Lines;
      (*List)->getBuffer().split(Lines, '\n', -1, false);
      for (llvm::StringRef L : Lines)
        if (!L.trim().empty())
          Files.push_back(L.trim().str());
    } else if (llvm::sys::fs::is_directory(In)) {
      std::error_code EC;
      for (llvm::sys::fs::directory_iterator It(In, EC), End; It != End && !EC;
           It.increment(EC))
        if (llvm::StringRef(It->path()).ends_with(".lgs"))
          Files.push_back(It->path());
    } else {
      Files.push_back(In);
    }
  }
  llvm::sort(Files);
  // The process ends after the link: what it read is left for the exit to
  // return whole, not freed object by object (a tenth of a 10,000-unit
  // link), as clang's driver leaves its AST (-disable-free).
  auto OwnedStrings = std::make_unique<engine::FactStore>();
  auto OwnedLink = std::make_unique<engine::ProgramLink>(*OwnedStrings);
  engine::FactStore &Strings = *OwnedStrings;
  engine::ProgramLink &Link = *OwnedLink;
  llvm::BuryPointer(std::move(OwnedLink));
  llvm::BuryPointer(std::move(OwnedStrings));
  std::vector<std::string> UnitFiles;
  int Status = ExitClean;
  readSummaries(Files, Strings, /*Threads=*/0,
                [&](size_t, llvm::Expected<engine::UnitSummary> U) {
                  if (!U) {
                    Err << "labelguard-scan: error: "
                        << llvm::toString(U.takeError()) << "\n";
                    Status = ExitUnitErrors;
                    return;
                  }
                  UnitFiles.push_back(U->MainFile);
                  Link.add(std::move(*U));
                });
  Link.run();
  auto Index = std::make_unique<engine::UnitSummary>(
      projectIndex(Link, std::move(UnitFiles)));
  std::optional<std::string> Problem = writeUnitSummaryFile(*Index, IndexPath);
  llvm::BuryPointer(std::move(Index));
  if (Problem) {
    Err << "labelguard-scan: error: " << *Problem << "\n";
    return ExitUsage;
  }
  return Status;
}

} // namespace clang::tidy::metrics::program
