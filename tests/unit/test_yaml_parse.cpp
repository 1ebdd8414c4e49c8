#include "ptplan/yaml/parse.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

using ptplan::Diagnostics;
using ptplan::SourceFile;
using ptplan::yaml::DocumentStream;
using ptplan::yaml::Kind;
using ptplan::yaml::Limits;
using ptplan::yaml::Node;
using ptplan::yaml::parse_document;

namespace {

// The diagnostics of a text that must not parse; also checks that no node
// is returned.
std::string parse_errors(const std::string& text, const Limits& limits = {})
{
  Diagnostics diagnostics;
  const auto node = parse_document(SourceFile{"t.yaml", text}, diagnostics, limits);
  CHECK_FALSE(node.has_value());
  return diagnostics.format();
}

std::string repeat(const std::string& piece, std::size_t count)
{
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    out += piece;
  }
  return out;
}

struct StreamResult
{
  std::vector<std::optional<Node>> documents;
  std::vector<std::size_t> indexes;
  std::string errors;
};

StreamResult read_all(const std::string& text, const Limits& limits = {})
{
  std::istringstream in(text);
  DocumentStream stream(in, "stream.yaml", limits);
  StreamResult result;
  Diagnostics diagnostics;
  std::optional<Node> document;
  while (stream.next(document, diagnostics)) {
    result.documents.push_back(document);
    result.indexes.push_back(stream.index());
    REQUIRE(result.documents.size() < 100); // never loops forever
  }
  result.errors = diagnostics.format();
  return result;
}

} // namespace

TEST_CASE("parse_document builds a tree that keeps positions and quoting")
{
  Diagnostics diagnostics;
  const auto root = parse_document(SourceFile{"t.yaml", "patient:\n"
                                                        "  name: Maria Lopez\n"
                                                        "  age: 67\n"
                                                        "phone: \"555 0100\"\n"
                                                        "days: [mon, 'wed']\n"
                                                        "side: ~\n"
                                                        "stage: null\n"
                                                        "text: 'null'\n"},
    diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(root.has_value());
  REQUIRE(root->is_map());
  CHECK(root->line == 1);
  CHECK(root->column == 1);
  REQUIRE(root->entries.size() == 6);
  CHECK(root->entries[3].key.value == "side");

  const Node* patient = root->find("patient");
  REQUIRE(patient != nullptr);
  REQUIRE(patient->is_map());
  const Node* age = patient->find("age");
  REQUIRE(age != nullptr);
  CHECK(age->is_scalar());
  CHECK(age->value == "67");
  CHECK_FALSE(age->quoted);
  CHECK(age->line == 3);
  CHECK(age->column == 8);
  CHECK(patient->find("weight") == nullptr);

  const Node* phone = root->find("phone");
  REQUIRE(phone != nullptr);
  CHECK(phone->quoted);
  CHECK(phone->value == "555 0100");

  const Node* days = root->find("days");
  REQUIRE(days != nullptr);
  REQUIRE(days->is_sequence());
  REQUIRE(days->items.size() == 2);
  CHECK(days->items[1].value == "wed");
  CHECK(days->items[1].quoted);
  CHECK(days->items[1].line == 5);
  CHECK(days->items[1].column == 13);

  SUBCASE("the null words are null, a quoted one is text")
  {
    const Node* side = root->find("side");
    REQUIRE(side != nullptr);
    CHECK(side->is_null());
    const Node* stage = root->find("stage");
    REQUIRE(stage != nullptr);
    CHECK(stage->is_null());
    const Node* text = root->find("text");
    REQUIRE(text != nullptr);
    CHECK(text->is_scalar());
    CHECK(text->value == "null");
  }
}

TEST_CASE("an empty value is placed at its key, not at the next line")
{
  Diagnostics diagnostics;
  const auto root = parse_document(SourceFile{"t.yaml", "side:\n\n# comment\nstage: acute\nlast:\n"}, diagnostics);
  REQUIRE(root.has_value());
  const Node* side = root->find("side");
  REQUIRE(side != nullptr);
  CHECK(side->is_null());
  CHECK(side->line == 1);
  CHECK(side->column == 1);
  const Node* last = root->find("last");
  REQUIRE(last != nullptr);
  CHECK(last->is_null());
  CHECK(last->line == 5);
}

TEST_CASE("duplicate keys are rejected with both positions")
{
  SUBCASE("at the top level")
  {
    CHECK(parse_errors("side: left\npain: 3\nside: right\n")
          == "t.yaml:3:1: error: duplicate key \"side\" (first given at line 1)\n");
  }
  SUBCASE("inside a nested map")
  {
    CHECK(parse_errors("patient:\n  name: A\n  age: 40\n  name: B\n")
          == "t.yaml:4:3: error: duplicate key \"name\" (first given at line 2)\n");
  }
  SUBCASE("inside a flow map")
  {
    CHECK(parse_errors("therapist: {name: Sam, name: Ann}\n")
          == "t.yaml:1:24: error: duplicate key \"name\" (first given at line 1)\n");
  }
  SUBCASE("the same key in two different maps is fine")
  {
    Diagnostics diagnostics;
    CHECK(parse_document(SourceFile{"t.yaml", "a: {name: x}\nb: {name: y}\n"}, diagnostics).has_value());
    CHECK(diagnostics.empty());
  }
}

TEST_CASE("keys must be plain words")
{
  CHECK(parse_errors("? {a: 1}\n: 2\n") == "t.yaml:1:3: error: a key must be a plain word, not a map\n");
  CHECK(parse_errors("~: 1\n") == "t.yaml:1:1: error: a key must be a plain word, not nothing\n");
}

TEST_CASE("YAML tags are rejected")
{
  SUBCASE("a standard tag on a scalar")
  {
    CHECK(parse_errors("age: !!str 67\n")
          == "t.yaml:1:6: error: YAML tags such as \"tag:yaml.org,2002:str\" are not supported here\n");
  }
  SUBCASE("a local tag on a map")
  {
    CHECK(parse_errors("therapist: !clinic {name: Sam}\n")
          == "t.yaml:1:12: error: YAML tags such as \"!clinic\" are not supported here\n");
  }
  SUBCASE("a local tag on a list")
  {
    CHECK(parse_errors("days: !week [mon]\n") == "t.yaml:1:7: error: YAML tags such as \"!week\" are not supported here\n");
  }
}

TEST_CASE("nesting deeper than the limit is rejected")
{
  SUBCASE("32 levels are allowed")
  {
    Diagnostics diagnostics;
    CHECK(parse_document(SourceFile{"t.yaml", repeat("[", 32) + repeat("]", 32)}, diagnostics).has_value());
    CHECK(diagnostics.empty());
  }
  SUBCASE("33 levels are not")
  {
    CHECK(parse_errors(repeat("[", 33) + repeat("]", 33))
          == "t.yaml:1:33: error: lists and maps are nested more than 32 levels deep\n");
  }
  SUBCASE("a lower limit, with block maps")
  {
    Limits limits;
    limits.max_depth = 2;
    CHECK(
      parse_errors("a:\n  b:\n    c: 1\n", limits) == "t.yaml:3:5: error: lists and maps are nested more than 2 levels deep\n");
  }
}

TEST_CASE("an alias bomb is stopped by the node limit, at the alias that passes it")
{
  // Each level holds ten copies of the one before: level 9 would be a
  // billion nodes.
  std::string text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (char level = 'b'; level <= 'i'; ++level) {
    const std::string previous(1, static_cast<char>(level - 1));
    text +=
      std::string(1, level) + ": &" + std::string(1, level) + " [" + repeat("*" + previous + ", ", 9) + "*" + previous + "]\n";
  }
  SUBCASE("with the profile limits")
  {
    // a..d hold 12344 nodes; the fourth *d in e passes 50000.
    CHECK(parse_errors(text) == "t.yaml:5:20: error: aliases expand this document past 50000 nodes\n");
  }
  SUBCASE("with the larger catalog limits")
  {
    const std::string errors = parse_errors(text, ptplan::yaml::catalog_limits());
    CHECK(errors.find("error: aliases expand this document past 200000 nodes\n") != std::string::npos);
    CHECK(errors.rfind("t.yaml:6:", 0) == 0);
  }
}

TEST_CASE("aliases within the limits are expanded copies")
{
  Diagnostics diagnostics;
  const auto root = parse_document(SourceFile{"t.yaml", "base: &dose {sets: 2, reps: 10}\nother: *dose\n"}, diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(root.has_value());
  const Node* other = root->find("other");
  REQUIRE(other != nullptr);
  REQUIRE(other->is_map());
  const Node* reps = other->find("reps");
  REQUIRE(reps != nullptr);
  CHECK(reps->value == "10");
  CHECK(other->line == 2);
  CHECK(other->column == 8);
}

TEST_CASE("an alias to an anchor that does not exist is a syntax error")
{
  CHECK(parse_errors("a: *nowhere\n") == "t.yaml:1:4: error: YAML syntax: the referenced anchor is not defined\n");
}

TEST_CASE("a stray comma where a document starts is one syntax error at the comma, not 100000 empty documents")
{
  // yaml-cpp 0.7.0 reads such a comma as an empty document, again and again.
  const std::string message =
    "error: YAML syntax: a \",\" where a value should start (a comma is written inside [ ] or { }, or in quotes)\n";
  CHECK(parse_errors(",") == "t.yaml:1:1: " + message);
  CHECK(parse_errors(", a\n") == "t.yaml:1:1: " + message);
  CHECK(parse_errors("# a comment\n,\n") == "t.yaml:2:1: " + message);
  // In a stream of documents, at the comma of the document that holds it.
  const StreamResult stream = read_all("a: 1\n---\n,\n");
  CHECK(stream.errors == "stream.yaml:3:1: " + message);
}

TEST_CASE("lists and maps longer than the limit are rejected")
{
  SUBCASE("1000 list entries are allowed")
  {
    Diagnostics diagnostics;
    CHECK(parse_document(SourceFile{"t.yaml", repeat("- 0\n", 1000)}, diagnostics).has_value());
    CHECK(diagnostics.empty());
  }
  SUBCASE("1001 list entries are not; the error is at the first one too many")
  {
    CHECK(parse_errors(repeat("- 0\n", 1001)) == "t.yaml:1001:3: error: this list has more than 1000 entries\n");
  }
  SUBCASE("1001 map entries are not")
  {
    std::string text;
    for (int i = 1; i <= 1001; ++i) {
      text += "key" + std::to_string(i) + ": 0\n";
    }
    CHECK(parse_errors(text) == "t.yaml:1001:1: error: this map has more than 1000 entries\n");
  }
  SUBCASE("a lower limit")
  {
    Limits limits;
    limits.max_items = 2;
    CHECK(parse_errors("days: [mon, tue, wed]\n", limits) == "t.yaml:1:18: error: this list has more than 2 entries\n");
  }
}

TEST_CASE("text longer than the limit is rejected")
{
  SUBCASE("4096 characters are allowed")
  {
    Diagnostics diagnostics;
    CHECK(parse_document(SourceFile{"t.yaml", "goal: " + repeat("x", 4096) + "\n"}, diagnostics).has_value());
    CHECK(diagnostics.empty());
  }
  SUBCASE("4097 are not")
  {
    CHECK(parse_errors("goal: " + repeat("x", 4097) + "\n")
          == "t.yaml:1:7: error: this text is 4097 characters long; the limit is 4096\n");
  }
  SUBCASE("characters are counted, not bytes")
  {
    Diagnostics diagnostics;
    CHECK(parse_document(SourceFile{"t.yaml", "goal: " + repeat("\xC3\xA9", 4096) + "\n"}, diagnostics).has_value());
    CHECK(diagnostics.empty());
    CHECK(parse_errors("goal: \"" + repeat("\xC3\xA9", 4097) + "\"\n")
          == "t.yaml:1:7: error: this text is 4097 characters long; the limit is 4096\n");
  }
  SUBCASE("a key counts as text too")
  {
    Limits limits;
    limits.max_string = 3;
    CHECK(parse_errors("abcd: 1\n", limits) == "t.yaml:1:1: error: this text is 4 characters long; the limit is 3\n");
  }
}

TEST_CASE("an input larger than the byte limit is rejected before parsing")
{
  Limits limits;
  limits.max_bytes = 10;
  CHECK(parse_errors("name: Maria\n", limits) == "t.yaml:1:1: error: the input is 12 bytes; the limit is 10 bytes\n");
  Diagnostics diagnostics;
  CHECK(parse_document(SourceFile{"t.yaml", "name: Ann\n"}, diagnostics, limits).has_value());
}

TEST_CASE("invalid UTF-8 is reported at its line and column")
{
  SUBCASE("a Latin-1 byte")
  {
    CHECK(parse_errors("patient:\n  name: Jos\xE9\n")
          == "t.yaml:2:12: error: this byte is not valid UTF-8; save the file as UTF-8\n");
  }
  SUBCASE("columns count characters, not bytes")
  {
    CHECK(parse_errors("a: \xC3\xA9\xFF\n") == "t.yaml:1:5: error: this byte is not valid UTF-8; save the file as UTF-8\n");
  }
  SUBCASE("a sequence cut short at the end of the input")
  {
    CHECK(parse_errors("a: \xC3") == "t.yaml:1:4: error: this byte is not valid UTF-8; save the file as UTF-8\n");
  }
  SUBCASE("a lead byte followed by a non-continuation byte")
  {
    CHECK(parse_errors("a: \xE2\x82x\n") == "t.yaml:1:4: error: this byte is not valid UTF-8; save the file as UTF-8\n");
  }
  SUBCASE("overlong forms, surrogates and code points past U+10FFFF")
  {
    const std::string expected = "t.yaml:1:4: error: this byte is not valid UTF-8; save the file as UTF-8\n";
    CHECK(parse_errors("a: \xC0\x80\n") == expected);
    CHECK(parse_errors("a: \xE0\x80\x80\n") == expected);
    CHECK(parse_errors("a: \xF0\x80\x80\x80\n") == expected);
    CHECK(parse_errors("a: \xED\xA0\x80\n") == expected);
    CHECK(parse_errors("a: \xF4\x90\x80\x80\n") == expected);
    CHECK(parse_errors("a: \xF5\x80\x80\x80\n") == expected);
  }
  SUBCASE("valid multi-byte characters at the edges of the ranges are accepted")
  {
    Diagnostics diagnostics;
    const auto root = parse_document(
      SourceFile{"t.yaml", "a: x\xC2\xA0\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xF0\x90\x80\x80\xF4\x8F\xBF\xBF\n"}, diagnostics);
    CHECK(diagnostics.empty());
    REQUIRE(root.has_value());
    const Node* a = root->find("a");
    REQUIRE(a != nullptr);
    CHECK(a->value.size() == 20);
  }
}

TEST_CASE("control characters are reported at their line and column")
{
  SUBCASE("a C0 control character")
  {
    CHECK(parse_errors("a: 1\nb: x\x01y\n") == "t.yaml:2:5: error: control character 0x01 is not allowed; expected text\n");
  }
  SUBCASE("a NUL byte")
  {
    CHECK(
      parse_errors(std::string("a: x\0y\n", 7)) == "t.yaml:1:5: error: control character 0x00 is not allowed; expected text\n");
  }
  SUBCASE("DEL")
  {
    CHECK(parse_errors("a: x\x7Fy\n") == "t.yaml:1:5: error: control character 0x7F is not allowed; expected text\n");
  }
  SUBCASE("a C1 control character")
  {
    CHECK(parse_errors("a: x\xC2\x9By\n") == "t.yaml:1:5: error: control character 0x9B is not allowed; expected text\n");
  }
  SUBCASE("tabs and Windows line ends are fine")
  {
    Diagnostics diagnostics;
    const auto root = parse_document(SourceFile{"t.yaml", "a: x\ty\r\nb: 2\r\n"}, diagnostics);
    CHECK(diagnostics.empty());
    REQUIRE(root.has_value());
    const Node* b = root->find("b");
    REQUIRE(b != nullptr);
    CHECK(b->value == "2");
  }
}

TEST_CASE("byte order marks")
{
  SUBCASE("UTF-16, little and big endian, is refused")
  {
    CHECK(parse_errors(std::string("\xFF\xFE"
                                   "a\0:\0 \0"
                                   "1\0",
            10))
          == "t.yaml:1:1: error: the file is UTF-16; save it as UTF-8\n");
    CHECK(parse_errors(std::string("\xFE\xFF\0a\0:\0 \0"
                                   "1",
            10))
          == "t.yaml:1:1: error: the file is UTF-16; save it as UTF-8\n");
  }
  SUBCASE("a UTF-8 byte order mark is skipped")
  {
    Diagnostics diagnostics;
    const auto root = parse_document(SourceFile{"t.yaml", "\xEF\xBB\xBFside: left\n"}, diagnostics);
    CHECK(diagnostics.empty());
    REQUIRE(root.has_value());
    REQUIRE(root->entries.size() == 1);
    CHECK(root->entries[0].key.value == "side");
    CHECK(root->entries[0].key.column == 1);
  }
}

TEST_CASE("an input with no document is refused")
{
  const std::string expected = "t.yaml:1:1: error: the input is empty; expected a YAML map\n";
  CHECK(parse_errors("") == expected);
  CHECK(parse_errors("\n\n   \n") == expected);
  CHECK(parse_errors("# only a comment\n") == expected);
}

TEST_CASE("a file must hold one document")
{
  CHECK(
    parse_errors("side: left\n---\nside: right\n") == "t.yaml:3:1: error: expected one YAML document, found another one here\n");
  CHECK(parse_errors("---\nside: left\n---\nside: right\n---\nside: both\n")
        == "t.yaml:4:1: error: expected one YAML document, found another one here\n");
}

TEST_CASE("YAML syntax errors name their position")
{
  CHECK(parse_errors("days: [mon, tue\n") == "t.yaml:2:1: error: YAML syntax: end of sequence flow not found\n");
  CHECK(parse_errors("side: left\n  pain: 3\n") == "t.yaml:2:7: error: YAML syntax: illegal map value\n");
}

TEST_CASE("a quoted text must be closed")
{
  SUBCASE("yaml-cpp alone would run it on to the end of the input")
  {
    CHECK(parse_errors("phone: '555 0100\n") == "t.yaml:1:8: error: this quoted text has no closing quote\n");
    CHECK(parse_errors("patient:\n  name: \"Maria Lopez\n  age: 67\nside: left\n")
          == "t.yaml:2:9: error: this quoted text has no closing quote\n");
    CHECK(parse_errors("a: &name 'x\n") == "t.yaml:1:4: error: this quoted text has no closing quote\n");
    CHECK(parse_errors("'key: 1\n") == "t.yaml:1:1: error: this quoted text has no closing quote\n");
  }
  SUBCASE("escaped quotes, multi-line and block text are fine")
  {
    Diagnostics diagnostics;
    const auto root = parse_document(SourceFile{"t.yaml", "a: 'it''s'\n"
                                                          "b: \"say \\\"hi\\\"\"\n"
                                                          "c: \"back\\\\\"\n"
                                                          "d: \"two\n  lines\"\n"
                                                          "e: |\n  it's \"text\n"
                                                          "f: &g 'anchored'\n"
                                                          "'g': \"\"\n"},
      diagnostics);
    INFO(diagnostics.format());
    REQUIRE(root.has_value());
    const char* expected[][2] = {{"a", "it's"}, {"b", "say \"hi\""}, {"c", "back\\"}, {"d", "two lines"}, {"e", "it's \"text\n"},
      {"f", "anchored"}, {"g", ""}};
    for (const auto& entry : expected) {
      const char* key = entry[0];
      const char* text = entry[1];
      CAPTURE(key);
      const Node* found = root->find(key);
      REQUIRE(found != nullptr);
      CHECK(found->value == text);
      CHECK(found->quoted);
    }
  }
}

TEST_CASE("errors go to the caller's diagnostics, after what is already there")
{
  Diagnostics diagnostics;
  diagnostics.error({"earlier.yaml", 1, 1}, "earlier");
  CHECK_FALSE(parse_document(SourceFile{"t.yaml", "a: 1\na: 2\n"}, diagnostics).has_value());
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics.items()[0].message == "earlier");
  CHECK(diagnostics.items()[1].where.file == "t.yaml");
  CHECK(diagnostics.items()[1].where.line == 2);
  // An earlier error elsewhere does not spoil a good document.
  CHECK(parse_document(SourceFile{"t.yaml", "a: 1\n"}, diagnostics).has_value());
}

TEST_CASE("DocumentStream reads the documents of a stream one at a time")
{
  SUBCASE("three documents split at ---")
  {
    const auto result = read_all("side: left\n---\nside: right\n---\nside: both\n");
    CHECK(result.errors.empty());
    REQUIRE(result.documents.size() == 3);
    CHECK(result.indexes == std::vector<std::size_t>{1, 2, 3});
    const char* sides[] = {"left", "right", "both"};
    for (std::size_t i = 0; i < 3; ++i) {
      REQUIRE(result.documents[i].has_value());
      const Node* side = result.documents[i]->find("side");
      REQUIRE(side != nullptr);
      CHECK(side->value == sides[i]);
      CHECK(side->line == static_cast<int>(2 * i + 1));
    }
  }
  SUBCASE("an opening ---, comments, ... end markers and a trailing ---")
  {
    const auto result = read_all("# profiles\n---\na: 1\n...\n---\n# second\nb: 2\n...\n---\n");
    CHECK(result.errors.empty());
    REQUIRE(result.documents.size() == 2);
    REQUIRE(result.documents[0].has_value());
    CHECK(result.documents[0]->find("a") != nullptr);
    REQUIRE(result.documents[1].has_value());
    const Node* b = result.documents[1]->find("b");
    REQUIRE(b != nullptr);
    CHECK(b->line == 7);
  }
  SUBCASE("empty documents between markers are skipped")
  {
    const auto result = read_all("a: 1\n---\n---\n# nothing here\n---\nb: 2\n");
    CHECK(result.errors.empty());
    REQUIRE(result.documents.size() == 2);
    REQUIRE(result.documents[1].has_value());
    const Node* b = result.documents[1]->find("b");
    REQUIRE(b != nullptr);
    CHECK(b->line == 6);
  }
  SUBCASE("content on the --- line")
  {
    const auto result = read_all("--- {a: 1}\n--- {b: 2}\n");
    CHECK(result.errors.empty());
    REQUIRE(result.documents.size() == 2);
    REQUIRE(result.documents[1].has_value());
    const Node* b = result.documents[1]->find("b");
    REQUIRE(b != nullptr);
    CHECK(b->line == 2);
    CHECK(b->column == 9);
  }
  SUBCASE("a stream with no document")
  {
    CHECK(read_all("").documents.empty());
    CHECK(read_all("# nothing\n\n").documents.empty());
    CHECK(read_all("---\n# nothing\n...\n").documents.empty());
  }
}

TEST_CASE("DocumentStream reports errors at the real lines of the stream")
{
  SUBCASE("a duplicate key in the third document")
  {
    const auto result = read_all("name: one\n---\nname: two\n---\nname: three\nname: again\n");
    REQUIRE(result.documents.size() == 3);
    CHECK(result.documents[0].has_value());
    CHECK(result.documents[1].has_value());
    CHECK_FALSE(result.documents[2].has_value());
    CHECK(result.errors == "stream.yaml:6:1: error: duplicate key \"name\" (first given at line 5)\n");
  }
  SUBCASE("invalid UTF-8 in the third document")
  {
    const auto result = read_all("a: 1\n---\nb: 2\n---\n# third\nc: \xFF\n");
    REQUIRE(result.documents.size() == 3);
    CHECK_FALSE(result.documents[2].has_value());
    CHECK(result.errors == "stream.yaml:6:4: error: this byte is not valid UTF-8; save the file as UTF-8\n");
  }
  SUBCASE("a syntax error in the third document")
  {
    const auto result = read_all("a: 1\n---\nb: 2\n---\nc: [1, 2\n");
    REQUIRE(result.documents.size() == 3);
    CHECK(result.errors == "stream.yaml:6:1: error: YAML syntax: end of sequence flow not found\n");
  }
}

TEST_CASE("DocumentStream goes on after a bad document")
{
  const auto result = read_all("a: 1\n"
                               "---\n"
                               "b: [\n"
                               "---\n"
                               "c: 3\n"
                               "c: 4\n"
                               "---\n"
                               "d: 4\n");
  REQUIRE(result.documents.size() == 4);
  CHECK(result.indexes == std::vector<std::size_t>{1, 2, 3, 4});
  CHECK(result.documents[0].has_value());
  CHECK_FALSE(result.documents[1].has_value());
  CHECK_FALSE(result.documents[2].has_value());
  REQUIRE(result.documents[3].has_value());
  const Node* d = result.documents[3]->find("d");
  REQUIRE(d != nullptr);
  CHECK(d->line == 8);
  CHECK(result.errors
        == "stream.yaml:4:1: error: YAML syntax: end of sequence flow not found\n"
           "stream.yaml:6:1: error: duplicate key \"c\" (first given at line 5)\n");
}

TEST_CASE("DocumentStream limits")
{
  SUBCASE("a document larger than the byte limit is skipped, the next one read")
  {
    Limits limits;
    limits.max_bytes = 20;
    const auto result = read_all("a: 1\n---\nb: " + repeat("x", 30) + "\n---\nc: 3\n", limits);
    REQUIRE(result.documents.size() == 3);
    CHECK(result.documents[0].has_value());
    CHECK_FALSE(result.documents[1].has_value());
    CHECK(result.documents[2].has_value());
    CHECK(result.errors == "stream.yaml:2:1: error: the input is 38 bytes; the limit is 20 bytes\n");
  }
  SUBCASE("more documents than the limit stop the stream")
  {
    Limits limits;
    limits.max_documents = 2;
    const auto result = read_all("a: 1\n---\nb: 2\n---\nc: 3\n---\nd: 4\n", limits);
    REQUIRE(result.documents.size() == 2);
    CHECK(result.errors == "stream.yaml:4:1: error: the stream holds more than 2 documents\n");
  }
  SUBCASE("the other limits apply to each document")
  {
    Limits limits;
    limits.max_items = 2;
    const auto result = read_all("a: [1, 2]\n---\nb: [1, 2, 3]\n", limits);
    REQUIRE(result.documents.size() == 2);
    CHECK(result.documents[0].has_value());
    CHECK_FALSE(result.documents[1].has_value());
    CHECK(result.errors == "stream.yaml:3:11: error: this list has more than 2 entries\n");
  }
}

// Issue 15, reproducer 3: the node limits counted nodes, not bytes. A 986 KB
// profile of 60 strings of 4,096 emoji aliased 800 times took 3.7 s and
// 977 MB; an 825 KB catalog file took 2 GB.
TEST_CASE("aliases are counted in bytes of text too: a few long anchors aliased many times stop early")
{
  const std::string emoji = repeat("\xF0\x9F\x98\x80", 4096); // 16 KB, 4,096 characters
  std::string text = "anchors:\n";
  for (int i = 0; i < 60; ++i) {
    text += "  - &a" + std::to_string(i) + " \"" + emoji + "\"\n";
  }
  text += "aliases:\n";
  for (int i = 0; i < 800; ++i) {
    text += "  - *a" + std::to_string(i % 60) + "\n";
  }
  REQUIRE(text.size() < 1024 * 1024);
  const std::string errors = parse_errors(text);
  CHECK(errors.find("error: aliases expand this document past 2097152 bytes of text\n") != std::string::npos);
  // The alias that passes the limit: 60 anchors and two keys are 983,054
  // bytes, and each alias adds 16,384; the 68th (line 130) passes 2,097,152.
  CHECK(errors.rfind("t.yaml:130:5: error:", 0) == 0);

  SUBCASE("with the catalog limits too")
  {
    std::string big = "a: &a \"" + emoji + "\"\nb: [" + repeat("*a, ", 600) + "*a]\n";
    const std::string catalog_errors = parse_errors(big, ptplan::yaml::catalog_limits());
    CHECK(catalog_errors.find("error: aliases expand this document past 8388608 bytes of text\n") != std::string::npos);
  }
}

TEST_CASE("the text limit counts keys and values, and a document within it is read whole")
{
  Limits small;
  small.max_text_bytes = 10;
  CHECK(parse_errors("abc: defgh\nij: k\n", small) == "t.yaml:2:5: error: this document holds more than 10 bytes of text\n");
  Diagnostics diagnostics;
  CHECK(parse_document(SourceFile{"t.yaml", "abc: defgh\n"}, diagnostics, small).has_value());
}

// Issue 15, reproducer 4: escapes written in double quotes reached explain's
// output and error messages raw.
TEST_CASE("control characters written as escapes in double quotes are errors at the text")
{
  CHECK(parse_errors("name: \"X\\e]0;PWNED\\a\\e[31mRED\"\n")
        == "t.yaml:1:7: error: this text holds control character 0x1B (written as an escape); control characters are not "
           "allowed\n");
  CHECK(parse_errors("\"\\e]0;PWNED\\a\\e[2Jkey\": 1\n")
        == "t.yaml:1:1: error: this text holds control character 0x1B (written as an escape); control characters are not "
           "allowed\n");
  CHECK(parse_errors("a: \"\\x9b31m\"\n").find("control character 0x9B") != std::string::npos);
  CHECK(parse_errors("a: \"\\u0007\"\n").find("control character 0x07") != std::string::npos);
  CHECK(parse_errors("a: \"x\\0y\"\n").find("control character 0x00") != std::string::npos);
  Diagnostics diagnostics;
  const auto node = parse_document(SourceFile{"t.yaml", "a: \"tab\\there\"\nb: \"two\\nlines\"\n"}, diagnostics);
  REQUIRE(node.has_value());
  CHECK(node->find("a")->value == "tab\there");
}
