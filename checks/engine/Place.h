//===--- engine/Place.h - labelguard --------------------------------------===//
//
// Typed places: where a function keeps a value. A place is rooted at a
// variable (a local, a parameter) or at the object the method runs on
// (`this`), followed by the members and accessors read from it:
// `info.path`, `this->path_`, `req->getPath()`.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_PLACE_H
#define LABELGUARD_CHECKS_ENGINE_PLACE_H

#include "knowledge/Knowledge.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <string>

namespace clang::tidy::metrics::engine {

struct Place {
  /// The root variable; null for the object the method runs on.
  const VarDecl *Var = nullptr;
  /// Members (FieldDecl) and argument-less const accessors (CXXMethodDecl)
  /// read from the root, in order; canonical declarations.
  llvm::SmallVector<const NamedDecl *, 2> Path;

  static Place of(const VarDecl *V) { return Place{V, {}}; }
  static Place ofThis() { return Place{}; }
  bool isThis() const { return !Var; }

  /// The place with \p Member appended.
  Place with(const NamedDecl *Member) const;
  /// True when this place is \p P or lies inside it.
  bool within(const Place &P) const;
  /// How notes name the place: its last member, or the variable.
  std::string name() const;

  /// Places order by root, then member by member, so that a place sorts
  /// right before everything inside it.
  bool operator<(const Place &O) const;
  bool operator==(const Place &O) const;
};

/// A place an expression designates, and whether it designates all of it
/// or some element (of a container, through a pointer or an iterator):
/// writing an element adds to what the place holds, writing the whole
/// replaces it.
struct PlaceRef {
  Place P;
  bool Element = false;
};

/// The place \p E designates, if any.
std::optional<PlaceRef> placeOf(const Expr *E, KnowledgeIndex &K);

} // namespace clang::tidy::metrics::engine

#endif // LABELGUARD_CHECKS_ENGINE_PLACE_H
