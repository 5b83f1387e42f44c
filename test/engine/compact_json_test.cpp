//===--- test/engine/compact_json_test.cpp - labelguard -------------------===//
//
// The summary files' JSON reader (engine/CompactJson.h) against
// llvm::json, which it replaced for speed: it must never accept a text
// llvm::json refuses, must read every text it accepts as llvm::json does,
// and words its errors the same way. It is stricter in two places, on
// purpose: duplicate keys and numbers outside RFC 8259 ("01", "1.").
//
//===----------------------------------------------------------------------===//

#include "engine/CompactJson.h"
#include "llvm/Support/JSON.h"
#include <gtest/gtest.h>
#include <random>
#include <string>
#include <vector>

namespace cjson = clang::tidy::metrics::engine::cjson;
namespace json = llvm::json;

namespace {

/// Whether \p C reads as \p L does, value for value.
bool same(const cjson::Value &C, const json::Value &L) {
  switch (C.kind()) {
  case cjson::Value::Null:
    return L.kind() == json::Value::Null;
  case cjson::Value::Boolean:
    return L.getAsBoolean() == C.getAsBoolean();
  case cjson::Value::Number:
    if (C.getAsInteger())
      return L.getAsInteger() == C.getAsInteger();
    return L.getAsNumber() == C.getAsNumber();
  case cjson::Value::String:
    return L.getAsString() == C.getAsString();
  case cjson::Value::Array: {
    const json::Array *A = L.getAsArray();
    const cjson::Array &CA = *C.getAsArray();
    if (!A || A->size() != CA.size())
      return false;
    for (size_t I = 0; I < CA.size(); ++I)
      if (!same(CA[I], (*A)[I]))
        return false;
    return true;
  }
  case cjson::Value::Object: {
    const json::Object *O = L.getAsObject();
    const cjson::Object &CO = *C.getAsObject();
    if (!O || O->size() != CO.size())
      return false;
    for (const cjson::Member &M : CO) {
      const json::Value *V = O->get(M.Key);
      if (!V || !same(M.V, *V))
        return false;
    }
    return true;
  }
  }
  return false;
}

std::string errorOf(const std::string &Text) {
  auto D = cjson::parse(Text);
  if (D)
    return "";
  return llvm::toString(D.takeError());
}

// Shaped like a summary: the keys, nesting and strings of a real one.
const char *const SummaryLike =
    R"({"errors":[],"fields":[],"files":["/src/h.cpp","/src/m\u00e9trics.h"],)"
    R"("findings":[],"fingerprint":"B5FFD3274538DEA1","format":"labelguard-summary",)"
    R"("functions":[{"calls":[{"applied":[],"argLocs":[[0,5,18],null],)"
    R"("args":[[{"i":1,"key":"c:@F@handle#&1$@N@httplib@S@Request#","w":"param"}],)"
    R"([{"kind":"path","read":[0,5,21],"rn":"::httplib::Request::path",)"
    R"("steps":[["read",[0,5,21],"",""]],"w":"source","t":true}]],"at":[0,5,3],)"
    R"("callee":"c:@F@record#","field":"","name":"record","params":["f","path"],)"
    R"("sites":[-1,0],"virtual":false,"writable":[true,false]}],)"
    R"("sites":[{"at":[0,5,21],"plans":{"route":{"adapter":"httplib.hpp",)"
    R"("edits":[[0,174,0,"labelguard::route_label("],[0,21,0,"\n#include <x>\n\t\"q\"\\"]],)"
    R"("note":0}}}]}],"version":1,"big":12345678901234567890,"neg":-7,)"
    R"("frac":-0.5e+3,"esc":"\ud83d\ude00 \ud800 \/ \b\f\r"})";

TEST(CompactJson, ReadsWhatLlvmJsonReads) {
  for (const char *Text :
       {SummaryLike, "[]", "{}", " \n\t\r[ ] ", "null", "true", "false", "0",
        "-0", "12", "-12e3", "1.25", "\"\"", "[[[]],{}]", "{\"a\":{\"b\":[1]}}",
        "9223372036854775807", "-9223372036854775808"}) {
    SCOPED_TRACE(Text);
    auto C = cjson::parse(Text);
    ASSERT_TRUE(bool(C)) << llvm::toString(C.takeError());
    auto L = json::parse(Text);
    ASSERT_TRUE(bool(L)) << llvm::toString(L.takeError());
    EXPECT_TRUE(same((*C)->root(), *L));
  }
}

TEST(CompactJson, ReadsValues) {
  auto C = cjson::parse(SummaryLike);
  ASSERT_TRUE(bool(C));
  const cjson::Object *O = (*C)->root().getAsObject();
  ASSERT_TRUE(O);
  EXPECT_EQ(O->getString("format"),
            std::optional<llvm::StringRef>("labelguard-summary"));
  EXPECT_EQ(O->getInteger("version"), std::optional<int64_t>(1));
  EXPECT_EQ(O->getInteger("neg"), std::optional<int64_t>(-7));
  // Too big for 64 bits, or not whole: a number, not an integer.
  ASSERT_TRUE(O->get("big"));
  EXPECT_EQ(O->get("big")->kind(), cjson::Value::Number);
  EXPECT_FALSE(O->getInteger("big"));
  EXPECT_FALSE(O->getInteger("frac"));
  EXPECT_EQ(O->getString("esc"), std::optional<llvm::StringRef>(
                                     "\xF0\x9F\x98\x80 \xEF\xBF\xBD / \b\f\r"));
  const cjson::Array *Files = O->get("files")->getAsArray();
  ASSERT_TRUE(Files);
  ASSERT_EQ(Files->size(), 2u);
  EXPECT_EQ((*Files)[1].getAsString(),
            std::optional<llvm::StringRef>("/src/m\xC3\xA9trics.h"));
  EXPECT_FALSE(O->get("absent"));
  EXPECT_FALSE(O->getString("version"));
  EXPECT_FALSE(O->getBoolean("version"));
  // Members come in the order of the text.
  std::vector<std::string> Keys;
  for (const cjson::Member &M : *O)
    Keys.push_back(M.Key.str());
  EXPECT_EQ(Keys.front(), "errors");
  EXPECT_EQ(Keys.back(), "esc");
}

TEST(CompactJson, RefusesWhatLlvmJsonRefuses) {
  for (const char *Text : {"",
                           " ",
                           "{",
                           "[",
                           "[1,]",
                           "[1 2]",
                           "{\"a\":}",
                           "{\"a\" 1}",
                           "{\"a\":1,}",
                           "{a:1}",
                           "tru",
                           "nul",
                           "falsey",
                           "\"abc",
                           "\"\\x\"",
                           "\"\\u12G4\"",
                           "\"a\x01"
                           "b\"",
                           "\xff",
                           "[1]x",
                           "-",
                           "1e",
                           "--1",
                           "[\"\xc3\"]",
                           "{\"a\":1}}",
                           "]",
                           ",",
                           "[,1]",
                           "\"\\"}) {
    SCOPED_TRACE(Text);
    EXPECT_FALSE(bool(json::parse(Text))) << "llvm::json accepts it";
    EXPECT_NE(errorOf(Text), "") << "accepted";
  }
}

TEST(CompactJson, StricterThanLlvmJson) {
  for (const char *Text :
       {"01", "[1.]", "{\"a\":1,\"a\":2}", "1.e3", "[-01]"}) {
    SCOPED_TRACE(Text);
    EXPECT_NE(errorOf(Text), "");
  }
  std::string Deep(300, '[');
  Deep += std::string(300, ']');
  EXPECT_EQ(errorOf(Deep), "[1:256, byte=256]: Nested too deeply");
}

TEST(CompactJson, WordsErrorsAsLlvmJson) {
  EXPECT_EQ(errorOf(""), "[1:0, byte=0]: Unexpected EOF");
  EXPECT_EQ(errorOf("{\n  \"a\": 1,\n  x}"),
            "[3:3, byte=15]: Expected object key");
  EXPECT_EQ(errorOf("[1] 2"), "[1:4, byte=4]: Text after end of document");
  EXPECT_EQ(errorOf("[\"a\xff\"]"), "[1:3, byte=3]: Invalid UTF-8 sequence");
  // Where llvm::json would point too.
  for (const char *Text :
       {"", "{\n  \"a\": 1,\n  x}", "[1] 2", "[1,,2]", "{\"a\" 1}",
        "[\"a\xff\"]", "[1 2]", "{\"a\":1 \"b\"}", "tx", "[nul]", "\"a\\qb\"",
        "\"a\x01\"", "{1:2}"}) {
    SCOPED_TRACE(Text);
    std::string Ours = errorOf(Text);
    std::string Theirs = llvm::toString(json::parse(Text).takeError());
    EXPECT_EQ(Ours.substr(0, Ours.find(']')),
              Theirs.substr(0, Theirs.find(']')));
  }
}

TEST(CompactJson, DecodesSurrogatePairs) {
  auto C = cjson::parse("\"\\ud8ed\\ude00|\\ud83d\\ude00|\\udc00|\\ud800x\"");
  ASSERT_TRUE(bool(C));
  // U+4B600, U+1F600, and a replacement character for each lone half.
  EXPECT_EQ((*C)->root().getAsString(),
            std::optional<llvm::StringRef>("\xF1\x8B\x98\x80|\xF0\x9F\x98\x80|"
                                           "\xEF\xBF\xBD|\xEF\xBF\xBDx"));
}

TEST(CompactJson, SkipsTheTopLevelKeyItIsTold) {
  const char *Text = R"({"a":1,"inputs":[["/x/\"]{[.h","1F"],["y",{"z":[]}]],)"
                     R"("b":{"inputs":[2]}})";
  auto C = cjson::parse(Text, "inputs");
  ASSERT_TRUE(bool(C)) << llvm::toString(C.takeError());
  const cjson::Object *O = (*C)->root().getAsObject();
  ASSERT_TRUE(O && O->get("inputs") && O->get("inputs")->getAsArray());
  EXPECT_TRUE(O->get("inputs")->getAsArray()->empty());
  EXPECT_EQ(O->getInteger("a"), std::optional<int64_t>(1));
  // Only at the top level.
  const cjson::Array *Inner =
      O->get("b")->getAsObject()->get("inputs")->getAsArray();
  ASSERT_TRUE(Inner);
  EXPECT_EQ(Inner->size(), 1u);
  // Read when not told to skip it.
  auto All = cjson::parse(Text);
  ASSERT_TRUE(bool(All));
  EXPECT_EQ((*All)->root().getAsObject()->get("inputs")->getAsArray()->size(),
            2u);
  // A file cut inside the skipped value is still refused.
  for (size_t Cut : {12u, 20u, 30u, 45u}) {
    SCOPED_TRACE(Cut);
    EXPECT_NE(errorOf(std::string(Text, Cut)), "");
    auto Cutted = cjson::parse(std::string(Text, Cut), "inputs");
    EXPECT_FALSE(bool(Cutted));
    llvm::consumeError(Cutted.takeError());
  }
}

// Every text one edit away from a summary, and a few edits away: what
// llvm::json refuses is refused, and what is accepted reads the same.
TEST(CompactJson, MutatedSummariesAgreeWithLlvmJson) {
  const std::string Base = SummaryLike;
  const std::string Alphabet =
      "{}[],:\"\\0123456789-+.eEtrufalsn \n/u\x01\xc3\xa9";
  std::mt19937 Rng(20261203);
  unsigned Accepted = 0, Refused = 0;
  for (unsigned Round = 0; Round < 20000; ++Round) {
    std::string Text = Base;
    unsigned Edits = 1 + Rng() % 3;
    for (unsigned E = 0; E < Edits && !Text.empty(); ++E) {
      size_t At = Rng() % Text.size();
      char C = Alphabet[Rng() % Alphabet.size()];
      switch (Rng() % 4) {
      case 0:
        Text.erase(At, 1);
        break;
      case 1:
        Text.insert(Text.begin() + At, C);
        break;
      case 2:
        Text[At] = C;
        break;
      default:
        Text.resize(At);
        break;
      }
    }
    auto C = cjson::parse(Text);
    auto L = json::parse(Text);
    // llvm::json 19 decodes some surrogate pairs wrongly (it ORs 0x10000
    // into the code point where it should add it: \ud8ed\ude00 reads as
    // U+3B600, not U+4B600; see DecodesSurrogatePairs). Texts with such
    // escapes are compared by what is accepted only.
    bool Surrogates = Text.find("\\ud8") != std::string::npos ||
                      Text.find("\\ud9") != std::string::npos ||
                      Text.find("\\uda") != std::string::npos ||
                      Text.find("\\udb") != std::string::npos;
    if (!L) {
      llvm::consumeError(L.takeError());
      ASSERT_FALSE(bool(C)) << "accepted what llvm::json refuses: " << Text;
      llvm::consumeError(C.takeError());
      ++Refused;
      continue;
    }
    if (!C) {
      llvm::consumeError(C.takeError());
      continue;
    }
    ASSERT_TRUE(Surrogates || same((*C)->root(), *L))
        << "read differently: " << Text;
    ++Accepted;
  }
  // Both kinds of text were met.
  EXPECT_GT(Accepted, 1000u);
  EXPECT_GT(Refused, 1000u);
}

} // namespace
