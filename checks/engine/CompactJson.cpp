//===--- engine/CompactJson.cpp - labelguard ------------------------------===//

#include "engine/CompactJson.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include <cstdlib>
#include <cstring>
#include <vector>

namespace clang::tidy::metrics::engine::cjson {

namespace {
// Recursion is one level per nesting level: a hostile file nested deeper
// than this is refused, not followed off the end of the stack.
constexpr unsigned MaxDepth = 256;

bool isSpace(char C) { return C == ' ' || C == '\n' || C == '\t' || C == '\r'; }
bool isDigit(char C) { return C >= '0' && C <= '9'; }
} // namespace

const Value *Object::get(llvm::StringRef Key) const {
  for (uint32_t I = 0; I < Count; ++I)
    if (Members[I].Key == Key)
      return &Members[I].V;
  return nullptr;
}

std::optional<llvm::StringRef> Object::getString(llvm::StringRef Key) const {
  const Value *V = get(Key);
  return V ? V->getAsString() : std::nullopt;
}

std::optional<int64_t> Object::getInteger(llvm::StringRef Key) const {
  const Value *V = get(Key);
  return V ? V->getAsInteger() : std::nullopt;
}

std::optional<bool> Object::getBoolean(llvm::StringRef Key) const {
  const Value *V = get(Key);
  return V ? V->getAsBoolean() : std::nullopt;
}

class Parser {
public:
  Parser(Document &D, llvm::StringRef Skip)
      : D(D), Start(D.Text.data()), P(Start), End(Start + D.Text.size()),
        Skip(Skip) {}

  llvm::Error run() {
    size_t Bad = 0;
    if (!llvm::json::isUTF8(D.Text, &Bad)) {
      P = Start + Bad;
      return error("Invalid UTF-8 sequence");
    }
    Value Root;
    skipSpace();
    if (!value(Root, 0))
      return takeError();
    skipSpace();
    if (P != End)
      return error("Text after end of document");
    Value *R = new (D.Arena.Allocate<Value>()) Value(Root);
    D.Root = R;
    return llvm::Error::success();
  }

private:
  void skipSpace() {
    while (P != End && isSpace(*P))
      ++P;
  }

  llvm::Error error(llvm::StringRef Msg) {
    unsigned Line = 1;
    const char *LineStart = Start;
    for (const char *X = Start; X < P; ++X)
      if (*X == '\n') {
        ++Line;
        LineStart = X + 1;
      }
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   llvm::formatv("[{0}:{1}, byte={2}]: {3}",
                                                 Line, P - LineStart, P - Start,
                                                 Msg)
                                       .str());
  }
  bool fail(llvm::StringRef Msg) {
    if (!Problem)
      Problem = error(Msg);
    return false;
  }
  /// An error about the character at P, placed after it as llvm::json
  /// places it (it reads the character, then complains).
  bool failAfter(llvm::StringRef Msg) {
    if (P != End)
      ++P;
    return fail(Msg);
  }
  llvm::Error takeError() {
    return Problem ? std::move(*Problem) : error("Invalid JSON value");
  }

  bool literal(llvm::StringRef Word) {
    for (char C : Word) {
      if (P == End || *P != C)
        return failAfter("Invalid JSON value");
      ++P;
    }
    return true;
  }

  bool value(Value &Out, unsigned Depth) {
    if (P == End)
      return fail("Unexpected EOF");
    switch (*P) {
    case 'n':
      Out.K = Value::Null;
      return literal("null");
    case 't':
      Out.K = Value::Boolean;
      Out.B = true;
      return literal("true");
    case 'f':
      Out.K = Value::Boolean;
      Out.B = false;
      return literal("false");
    case '"': {
      llvm::StringRef S;
      if (!string(S))
        return false;
      Out.K = Value::String;
      Out.S.Data = S.data();
      Out.S.Size = uint32_t(S.size());
      return true;
    }
    case '[':
      return array(Out, Depth);
    case '{':
      return object(Out, Depth);
    default:
      if (*P == '-' || isDigit(*P))
        return number(Out);
      return failAfter("Invalid JSON value");
    }
  }

  bool array(Value &Out, unsigned Depth) {
    if (Depth >= MaxDepth)
      return fail("Nested too deeply");
    ++P; // '['
    size_t Mark = Items.size();
    skipSpace();
    if (P != End && *P == ']') {
      ++P;
    } else {
      while (true) {
        Value V;
        if (!value(V, Depth + 1))
          return false;
        Items.push_back(V);
        skipSpace();
        if (P == End)
          return fail("Unexpected EOF");
        if (*P == ']') {
          ++P;
          break;
        }
        if (*P != ',')
          return failAfter("Expected , or ] after array element");
        ++P;
        skipSpace();
      }
    }
    size_t N = Items.size() - Mark;
    Value *Copy = D.Arena.Allocate<Value>(N);
    std::uninitialized_copy(Items.begin() + Mark, Items.end(), Copy);
    Items.resize(Mark);
    Out.K = Value::Array;
    Out.A.Items = Copy;
    Out.A.Count = uint32_t(N);
    return true;
  }

  bool object(Value &Out, unsigned Depth) {
    if (Depth >= MaxDepth)
      return fail("Nested too deeply");
    ++P; // '{'
    size_t Mark = Members.size();
    skipSpace();
    if (P != End && *P == '}') {
      ++P;
    } else {
      while (true) {
        if (P == End)
          return fail("Unexpected EOF");
        if (*P != '"')
          return failAfter("Expected object key");
        Member M;
        if (!string(M.Key))
          return false;
        for (size_t I = Mark; I < Members.size(); ++I)
          if (Members[I].Key == M.Key)
            return fail("Duplicate key");
        skipSpace();
        if (P == End || *P != ':')
          return failAfter("Expected : after object key");
        ++P;
        skipSpace();
        if (Depth == 0 && !Skip.empty() && M.Key == Skip) {
          if (!skipValue())
            return false;
          M.V.K = Value::Array;
          M.V.A.Items = nullptr;
          M.V.A.Count = 0;
        } else if (!value(M.V, Depth + 1)) {
          return false;
        }
        Members.push_back(M);
        skipSpace();
        if (P == End)
          return fail("Unexpected EOF");
        if (*P == '}') {
          ++P;
          break;
        }
        if (*P != ',')
          return failAfter("Expected , or } after object member");
        ++P;
        skipSpace();
      }
    }
    size_t N = Members.size() - Mark;
    Member *Copy = D.Arena.Allocate<Member>(N);
    std::uninitialized_copy(Members.begin() + Mark, Members.end(), Copy);
    Members.resize(Mark);
    Out.K = Value::Object;
    Out.O.Members = Copy;
    Out.O.Count = uint32_t(N);
    return true;
  }

  bool number(Value &Out) {
    const char *Begin = P;
    bool Integer = true;
    if (*P == '-')
      ++P;
    if (P == End || !isDigit(*P))
      return fail("Invalid JSON value (number?)");
    if (*P == '0')
      ++P;
    else
      while (P != End && isDigit(*P))
        ++P;
    if (P != End && *P == '.') {
      Integer = false;
      ++P;
      if (P == End || !isDigit(*P))
        return fail("Invalid JSON value (number?)");
      while (P != End && isDigit(*P))
        ++P;
    }
    if (P != End && (*P == 'e' || *P == 'E')) {
      Integer = false;
      ++P;
      if (P != End && (*P == '+' || *P == '-'))
        ++P;
      if (P == End || !isDigit(*P))
        return fail("Invalid JSON value (number?)");
      while (P != End && isDigit(*P))
        ++P;
    }
    llvm::StringRef Text(Begin, P - Begin);
    Out.K = Value::Number;
    int64_t I;
    if (Integer && !Text.getAsInteger(10, I)) {
      Out.IsInteger = true;
      Out.I = I;
      return true;
    }
    llvm::SmallString<32> Z(Text);
    Out.IsInteger = false;
    Out.D = std::strtod(Z.c_str(), nullptr);
    return true;
  }

  /// Past one value, following only strings and brackets (what is inside
  /// is not checked). A value cut short is an error, as when parsed.
  bool skipValue() {
    unsigned Open = 0;
    do {
      if (P == End)
        return fail("Unexpected EOF");
      char C = *P++;
      if (C == '"') {
        while (P != End && *P != '"')
          P += *P == '\\' && P + 1 != End ? 2 : 1;
        if (P == End)
          return fail("Unterminated string");
        ++P;
      } else if (C == '[' || C == '{') {
        if (++Open >= MaxDepth)
          return fail("Nested too deeply");
      } else if (C == ']' || C == '}') {
        if (Open == 0)
          return failAfter("Invalid JSON value");
        --Open;
      } else if (Open == 0 && !isSpace(C)) {
        // A scalar: up to the next delimiter.
        while (P != End && *P != ',' && *P != '}' && *P != ']' && !isSpace(*P))
          ++P;
      }
    } while (Open > 0);
    return true;
  }

  /// Four hex digits after "\u", or -1.
  int32_t hex4() {
    if (End - P < 4)
      return -1;
    int32_t V = 0;
    for (int I = 0; I < 4; ++I) {
      unsigned H = llvm::hexDigitValue(P[I]);
      if (H == ~0U)
        return -1;
      V = V * 16 + static_cast<int32_t>(H);
    }
    P += 4;
    return V;
  }

  bool string(llvm::StringRef &Out) {
    ++P; // '"'
    const char *Begin = P;
    while (P != End && *P != '"' && *P != '\\' &&
           static_cast<unsigned char>(*P) >= 0x20)
      ++P;
    if (P != End && *P == '"') {
      Out = llvm::StringRef(Begin, P - Begin);
      ++P;
      return true;
    }
    // Escapes (or an error): decode into a copy.
    Buf.assign(Begin, P);
    while (true) {
      if (P == End)
        return fail("Unterminated string");
      char C = *P;
      if (C == '"') {
        ++P;
        break;
      }
      if (static_cast<unsigned char>(C) < 0x20)
        return failAfter("Control character in string");
      if (C != '\\') {
        Buf.push_back(C);
        ++P;
        continue;
      }
      ++P;
      if (P == End)
        return fail("Unterminated string");
      switch (*P++) {
      case '"':
        Buf.push_back('"');
        break;
      case '\\':
        Buf.push_back('\\');
        break;
      case '/':
        Buf.push_back('/');
        break;
      case 'b':
        Buf.push_back('\b');
        break;
      case 'f':
        Buf.push_back('\f');
        break;
      case 'n':
        Buf.push_back('\n');
        break;
      case 'r':
        Buf.push_back('\r');
        break;
      case 't':
        Buf.push_back('\t');
        break;
      case 'u': {
        int32_t U = hex4();
        if (U < 0)
          return fail("Invalid \\u escape sequence");
        // A high surrogate takes the low one after it; a lone half is
        // replaced, as llvm::json does.
        if (U >= 0xD800 && U < 0xDC00 && End - P >= 6 && P[0] == '\\' &&
            P[1] == 'u') {
          const char *Save = P;
          P += 2;
          int32_t Low = hex4();
          if (Low >= 0xDC00 && Low < 0xE000)
            U = 0x10000 + ((U - 0xD800) << 10) + (Low - 0xDC00);
          else
            P = Save;
        }
        if (U >= 0xD800 && U < 0xE000)
          U = 0xFFFD;
        char Enc[4];
        char *EncEnd = Enc;
        llvm::ConvertCodePointToUTF8(unsigned(U), EncEnd);
        Buf.append(Enc, EncEnd);
        break;
      }
      default:
        return fail("Invalid escape sequence");
      }
    }
    char *Copy = D.Arena.Allocate<char>(Buf.size());
    std::memcpy(Copy, Buf.data(), Buf.size());
    Out = llvm::StringRef(Copy, Buf.size());
    return true;
  }

  Document &D;
  const char *Start, *P, *End;
  llvm::StringRef Skip;
  std::optional<llvm::Error> Problem;
  std::vector<Value> Items;    ///< the open arrays' elements so far
  std::vector<Member> Members; ///< the open objects' members so far
  std::string Buf;             ///< a string with escapes, decoded
};

llvm::Expected<std::unique_ptr<Document>> parse(std::string Text,
                                                llvm::StringRef Skip) {
  auto D = std::make_unique<Document>(std::move(Text));
  Parser P(*D, Skip);
  if (llvm::Error E = P.run())
    return std::move(E);
  return std::move(D);
}

} // namespace clang::tidy::metrics::engine::cjson
