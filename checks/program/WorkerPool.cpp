//===--- program/WorkerPool.cpp - labelguard ------------------------------===//
//
// The pool of `labelguard-scan summarize` processes. A worker's output goes
// to a log next to its summary, kept only to say why a worker failed.
//
//===----------------------------------------------------------------------===//

#include "program/WorkerPool.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include <deque>
#include <optional>

namespace clang::tidy::metrics::program {

std::vector<std::pair<size_t, std::string>>
runWorkers(const PoolOptions &O, llvm::ArrayRef<WorkItem> Work) {
  struct Running {
    llvm::sys::ProcessInfo Process;
    size_t Item;
    std::string Log;
  };
  std::vector<std::pair<size_t, std::string>> Failed;
  std::deque<size_t> Pending;
  for (size_t I = 0; I < Work.size(); ++I)
    Pending.push_back(I);
  std::vector<Running> Active;
  auto Start = [&](size_t Item) {
    const WorkItem &U = Work[Item];
    std::vector<std::string> Args{O.Self,     "summarize", "-p",
                                  O.BuildDir, "-o",        U.Summary};
    if (!O.Config.Config.empty())
      Args.push_back("--config=" + O.Config.Config);
    if (!O.Config.ConfigFile.empty())
      Args.push_back("--config-file=" + O.Config.ConfigFile);
    Args.push_back(U.File);
    std::vector<llvm::StringRef> Refs(Args.begin(), Args.end());
    std::string Log = U.Summary + ".log";
    std::optional<llvm::StringRef> Redirects[] = {std::nullopt, Log, Log};
    std::string Error;
    bool Failure = false;
    llvm::sys::ProcessInfo P = llvm::sys::ExecuteNoWait(
        O.Self, Refs, std::nullopt, Redirects, 0, &Error, &Failure);
    if (Failure) {
      Failed.push_back({Item, "cannot start a worker: " + Error});
      return;
    }
    Active.push_back({P, Item, Log});
  };
  while (!Pending.empty() || !Active.empty()) {
    while (!Pending.empty() && Active.size() < std::max(1u, O.Jobs)) {
      Start(Pending.front());
      Pending.pop_front();
    }
    if (Active.empty())
      continue;
    // Wait for any worker: poll each, then block on the oldest.
    bool Reaped = false;
    for (size_t I = 0; I < Active.size() && !Reaped; ++I) {
      bool Last = I + 1 == Active.size();
      llvm::sys::ProcessInfo Done = llvm::sys::Wait(
          Active[I].Process, Last ? std::nullopt : std::optional<unsigned>(0));
      if (Done.Pid == 0)
        continue;
      if (Done.ReturnCode != 0) {
        std::string Said;
        if (auto Buffer = llvm::MemoryBuffer::getFile(Active[I].Log))
          Said = (*Buffer)->getBuffer().trim().str();
        Failed.push_back({Active[I].Item,
                          Said.empty() ? "the worker failed (status " +
                                             llvm::itostr(Done.ReturnCode) + ")"
                                       : Said});
      }
      llvm::sys::fs::remove(Active[I].Log);
      Active.erase(Active.begin() + I);
      Reaped = true;
    }
  }
  return Failed;
}

} // namespace clang::tidy::metrics::program
