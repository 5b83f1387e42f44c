//===--- knowledge/UserKnowledge.h - labelguard
//-------------------------------------===//
//
// The check's options that extend the built-in knowledge: Sources,
// LabelSinks, NameSinks, Propagators, Sanitizers and the ModelFile. Each
// problem is reported with where it is (the option, or the model file's
// line) and what is wrong; a bad entry is never silently ignored.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_KNOWLEDGE_USERKNOWLEDGE_H
#define LABELGUARD_CHECKS_KNOWLEDGE_USERKNOWLEDGE_H

#include "knowledge/Knowledge.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace clang::tidy::metrics {

/// The spellings of the options, as read from the configuration.
struct KnowledgeOptions {
  llvm::StringRef Sources;
  llvm::StringRef LabelSinks;
  llvm::StringRef NameSinks;
  llvm::StringRef Propagators;
  llvm::StringRef Sanitizers;
  llvm::StringRef ModelFile;
};

/// Adds the options' entries to \p K. Returns one message per problem.
std::vector<std::string> addUserKnowledge(Knowledge &K,
                                          const KnowledgeOptions &Options);

/// Model files are small; anything larger (or a device) is refused before it
/// is read.
constexpr uint64_t MaxModelFileBytes = 1024 * 1024;

/// Adds the entries of a model file (YAML, the Clang Static Analyzer's taint
/// configuration vocabulary extended with Kind). Returns one message per
/// problem, each naming the file and line. (ModelFile.cpp)
std::vector<std::string> addModelFile(Knowledge &K, llvm::StringRef Path);

/// "prometheus::Family::Add" and "::prometheus::Family::Add" are one name.
std::string normalizeName(llvm::StringRef Name);

/// Whether \p Name is a qualified C++ name (what options and the model file
/// may name), with or without the leading "::".
bool isQualifiedName(llvm::StringRef Name);

} // namespace clang::tidy::metrics

#endif // LABELGUARD_CHECKS_KNOWLEDGE_USERKNOWLEDGE_H
