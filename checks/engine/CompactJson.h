//===--- engine/CompactJson.h - labelguard --------------------------------===//
//
// A read-only JSON document for summary files, with the part of
// llvm::json's reading interface the summary reader uses. llvm::json gives
// every object a hash table of at least 64 buckets; a summary holds
// thousands of objects of two to six keys each, so building and freeing
// those tables was most of the time a link of 10,000 units took. Here the
// whole document lives in one arena: values are 24 bytes, an object is its
// members in the order written, and strings without escapes point into
// the text. The parser is as strict as llvm::json's (RFC 8259, UTF-8) and
// words its errors the same way.
//
//===----------------------------------------------------------------------===//

#ifndef LABELGUARD_CHECKS_ENGINE_COMPACTJSON_H
#define LABELGUARD_CHECKS_ENGINE_COMPACTJSON_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace clang::tidy::metrics::engine::cjson {

class Value;
struct Member;

class Array {
public:
  const Value *begin() const;
  const Value *end() const;
  size_t size() const { return Count; }
  bool empty() const { return Count == 0; }
  const Value &operator[](size_t I) const;

private:
  friend class Parser;
  const Value *Items;
  uint32_t Count;
};

class Object {
public:
  /// The value of \p Key, or null. Objects are small: a scan is faster
  /// than any table.
  const Value *get(llvm::StringRef Key) const;
  std::optional<llvm::StringRef> getString(llvm::StringRef Key) const;
  std::optional<int64_t> getInteger(llvm::StringRef Key) const;
  std::optional<bool> getBoolean(llvm::StringRef Key) const;
  size_t size() const { return Count; }
  /// The members in the order the text has them.
  const Member *begin() const { return Members; }
  const Member *end() const;

private:
  friend class Parser;
  const Member *Members;
  uint32_t Count;
};

class Value {
public:
  enum Kind : uint8_t { Null, Boolean, Number, String, Array, Object };

  Kind kind() const { return K; }
  const cjson::Object *getAsObject() const {
    return K == Object ? &O : nullptr;
  }
  const cjson::Array *getAsArray() const { return K == Array ? &A : nullptr; }
  std::optional<llvm::StringRef> getAsString() const {
    if (K != String)
      return std::nullopt;
    return llvm::StringRef(S.Data, S.Size);
  }
  /// An integer written without fraction or exponent that fits in 64 bits.
  std::optional<int64_t> getAsInteger() const {
    if (K != Number || !IsInteger)
      return std::nullopt;
    return I;
  }
  std::optional<double> getAsNumber() const {
    if (K != Number)
      return std::nullopt;
    return IsInteger ? double(I) : D;
  }
  std::optional<bool> getAsBoolean() const {
    if (K != Boolean)
      return std::nullopt;
    return B;
  }

private:
  friend class Parser;
  Kind K = Null;
  bool IsInteger = false;
  union {
    bool B;
    int64_t I;
    double D;
    struct {
      const char *Data;
      uint32_t Size;
    } S;
    cjson::Array A;
    cjson::Object O;
  };
};

struct Member {
  llvm::StringRef Key;
  Value V;
};

inline const Value *Array::begin() const { return Items; }
inline const Value *Array::end() const { return Items + Count; }
inline const Value &Array::operator[](size_t I) const { return Items[I]; }
inline const Member *Object::end() const { return Members + Count; }

/// A parsed document: its root, and the arena every value lives in.
class Document {
public:
  explicit Document(std::string Text) : Text(std::move(Text)) {}
  const Value &root() const { return *Root; }

private:
  friend class Parser;
  std::string Text; ///< what unescaped strings point into
  llvm::BumpPtrAllocator Arena;
  const Value *Root = nullptr;
};

/// Parses \p Text (which the document copies). Errors read like
/// llvm::json's: "[line:column, byte=offset]: what". The value of the
/// top-level object's key \p Skip, if any, is read as an empty list: only
/// its strings and brackets are followed, to find its end (a summary's
/// list of inputs is most of its text, and only the reuse check reads it).
llvm::Expected<std::unique_ptr<Document>> parse(std::string Text,
                                                llvm::StringRef Skip = "");

} // namespace clang::tidy::metrics::engine::cjson

#endif // LABELGUARD_CHECKS_ENGINE_COMPACTJSON_H
