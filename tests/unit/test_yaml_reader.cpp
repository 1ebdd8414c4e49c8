#include "ptplan/yaml/parse.hpp"
#include "ptplan/yaml/reader.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using ptplan::Diagnostics;
using ptplan::SourceFile;
using ptplan::yaml::MapReader;
using ptplan::yaml::Node;
using ptplan::yaml::Reader;

namespace {

// Parses `text` as a whole document.
Node document(const std::string& text)
{
  Diagnostics diagnostics;
  auto root = ptplan::yaml::parse_document(SourceFile{"r.yaml", text}, diagnostics);
  INFO(diagnostics.format());
  REQUIRE(root.has_value());
  return *root;
}

// The node written after "v: " on the first line (column 4).
Node value(const std::string& text)
{
  const Node root = document("v: " + text + "\n");
  const Node* found = root.find("v");
  REQUIRE(found != nullptr);
  return *found;
}

// A Reader with its own diagnostics.
struct Check
{
  Diagnostics diagnostics;
  Reader reader{"r.yaml", diagnostics};
};

const std::vector<std::string> k_sides = {"left", "right", "both"};

} // namespace

TEST_CASE("Reader::integer takes plain whole numbers")
{
  Check check;
  const auto twelve = check.reader.integer(value("12"), "n", 0, 100);
  REQUIRE(twelve.has_value());
  CHECK(*twelve == 12);
  const auto zero = check.reader.integer(value("0"), "n", 0, 100);
  REQUIRE(zero.has_value());
  CHECK(*zero == 0);
  const auto top = check.reader.integer(value("100"), "n", 0, 100);
  REQUIRE(top.has_value());
  CHECK(*top == 100);
  CHECK(check.diagnostics.empty());
}

TEST_CASE("Reader::integer refuses other notations of numbers")
{
  struct Case
  {
    const char* text;
    const char* why;
    const char* shown;
  };
  const Case cases[] = {
    {"07", " (no leading zeros)", "\"07\""},
    {"00", " (no leading zeros)", "\"00\""},
    {"+5", " (no signs, fractions or other notations)", "\"+5\""},
    {"-5", " (no signs, fractions or other notations)", "\"-5\""},
    {"1.0", " (no signs, fractions or other notations)", "\"1.0\""},
    {"1e3", " (no signs, fractions or other notations)", "\"1e3\""},
    {".5", " (no signs, fractions or other notations)", "\".5\""},
    {".nan", " (no signs, fractions or other notations)", "\".nan\""},
    {".inf", " (no signs, fractions or other notations)", "\".inf\""},
    {"-.inf", " (no signs, fractions or other notations)", "\"-.inf\""},
    {"0x1A", " (no signs, fractions or other notations)", "\"0x1A\""},
    {"0o17", " (no signs, fractions or other notations)", "\"0o17\""},
    {"1_000", " (no signs, fractions or other notations)", "\"1_000\""},
    {"ten", "", "\"ten\""},
    {"yes", "", "\"yes\""},
    {"\"12\"", "", "\"12\""},
    {"'12'", "", "\"12\""},
    {"[12]", "", "a list"},
    {"{a: 12}", "", "a map"},
    {"~", "", "nothing"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    Check check;
    CHECK_FALSE(check.reader.integer(value(c.text), "n", 0, 100).has_value());
    CHECK(check.diagnostics.format()
          == std::string("r.yaml:1:4: error: n: expected a whole number from 0 to 100") + c.why + ", found " + c.shown + "\n");
  }
  SUBCASE("an empty value is reported at its key")
  {
    Check check;
    CHECK_FALSE(check.reader.integer(value(""), "n", 0, 100).has_value());
    CHECK(check.diagnostics.format() == "r.yaml:1:1: error: n: expected a whole number from 0 to 100, found nothing\n");
  }
}

TEST_CASE("Reader::integer reports numbers out of range")
{
  SUBCASE("above the highest")
  {
    Check check;
    CHECK_FALSE(check.reader.integer(value("11"), "pain.current", 0, 10).has_value());
    CHECK(check.diagnostics.format()
          == "r.yaml:1:4: error: pain.current: 11 is out of range; expected a whole number from 0 to 10\n");
  }
  SUBCASE("below the lowest")
  {
    Check check;
    CHECK_FALSE(check.reader.integer(value("11"), "patient.age", 12, 110).has_value());
    CHECK(check.diagnostics.format()
          == "r.yaml:1:4: error: patient.age: 11 is out of range; expected a whole number from 12 to 110\n");
  }
  SUBCASE("too large for any integer")
  {
    Check check;
    CHECK_FALSE(check.reader.integer(value("99999999999999999999"), "n", 0, 100).has_value());
    CHECK(check.diagnostics.format()
          == "r.yaml:1:4: error: n: 99999999999999999999 is out of range; expected a whole number from 0 to 100\n");
  }
}

TEST_CASE("Reader::boolean takes only true and false")
{
  SUBCASE("true and false")
  {
    Check check;
    const auto yes = check.reader.boolean(value("true"), "floor");
    REQUIRE(yes.has_value());
    CHECK(*yes);
    const auto no = check.reader.boolean(value("false"), "floor");
    REQUIRE(no.has_value());
    CHECK_FALSE(*no);
    CHECK(check.diagnostics.empty());
  }
  SUBCASE("YAML 1.1 words and other spellings are not booleans")
  {
    for (const char* text : {"yes", "no", "on", "off", "y", "n", "True", "TRUE", "False", "1", "0"}) {
      CAPTURE(text);
      Check check;
      CHECK_FALSE(check.reader.boolean(value(text), "floor").has_value());
      CHECK(
        check.diagnostics.format() == std::string("r.yaml:1:4: error: floor: expected true or false, found \"") + text + "\"\n");
    }
  }
  SUBCASE("a quoted true is text")
  {
    Check check;
    CHECK_FALSE(check.reader.boolean(value("'true'"), "floor").has_value());
    CHECK(check.diagnostics.format() == "r.yaml:1:4: error: floor: expected true or false, found \"true\"\n");
  }
  SUBCASE("nothing")
  {
    Check check;
    CHECK_FALSE(check.reader.boolean(value(""), "floor").has_value());
    CHECK(check.diagnostics.format() == "r.yaml:1:1: error: floor: expected true or false, found nothing\n");
  }
}

TEST_CASE("Reader::text")
{
  SUBCASE("plain, quoted and number-like text")
  {
    Check check;
    CHECK(check.reader.text(value("Maria Lopez"), "name") == "Maria Lopez");
    CHECK(check.reader.text(value("\"555 0100\""), "phone") == "555 0100");
    CHECK(check.reader.text(value("5550100"), "phone") == "5550100");
    CHECK(check.diagnostics.empty());
  }
  SUBCASE("blank text, nothing, a list")
  {
    Check check;
    CHECK_FALSE(check.reader.text(value("'  '"), "name").has_value());
    CHECK_FALSE(check.reader.text(value("~"), "name").has_value());
    CHECK_FALSE(check.reader.text(value("[a, b]"), "name").has_value());
    CHECK(check.diagnostics.format()
          == "r.yaml:1:4: error: name: expected text, found \"  \"\n"
             "r.yaml:1:4: error: name: expected text, found nothing\n"
             "r.yaml:1:4: error: name: expected text, found a list\n");
  }
}

TEST_CASE("Reader::date takes real calendar days only")
{
  Check check;
  const auto leap = check.reader.date(value("2024-02-29"), "plan.start");
  REQUIRE(leap.has_value());
  CHECK(leap->iso() == "2024-02-29");
  CHECK(check.diagnostics.empty());

  for (const char* text : {"2026-02-30", "2023-02-29", "2026-13-01", "20261207", "07/12/2026", "tomorrow"}) {
    CAPTURE(text);
    Check bad;
    CHECK_FALSE(bad.reader.date(value(text), "plan.start").has_value());
    CHECK(bad.diagnostics.format()
          == std::string("r.yaml:1:4: error: plan.start: expected a real calendar date written YYYY-MM-DD, found \"") + text
               + "\"\n");
  }
}

TEST_CASE("Reader::word takes one of a fixed set, with a did-you-mean")
{
  SUBCASE("a known word")
  {
    Check check;
    CHECK(check.reader.word(value("left"), "side", k_sides) == "left");
    CHECK(check.diagnostics.empty());
  }
  SUBCASE("a typo gets a suggestion")
  {
    Check check;
    CHECK_FALSE(check.reader.word(value("lefft"), "side", k_sides).has_value());
    CHECK(check.diagnostics.format() == "r.yaml:1:4: error: side: unknown value \"lefft\"; did you mean \"left\"?\n");
  }
  SUBCASE("words are case-sensitive")
  {
    Check check;
    CHECK_FALSE(check.reader.word(value("Left"), "side", k_sides).has_value());
    CHECK(check.diagnostics.format() == "r.yaml:1:4: error: side: unknown value \"Left\"; did you mean \"left\"?\n");
  }
  SUBCASE("an unrelated word lists the choices")
  {
    Check check;
    CHECK_FALSE(check.reader.word(value("upward"), "side", k_sides).has_value());
    CHECK(
      check.diagnostics.format() == "r.yaml:1:4: error: side: unknown value \"upward\"; expected one of: left, right, both\n");
  }
  SUBCASE("a long list of choices is not spelled out")
  {
    std::vector<std::string> many;
    for (char c = 'a'; c <= 'm'; ++c) {
      many.push_back(std::string(5, c));
    }
    REQUIRE(many.size() == 13);
    Check check;
    CHECK_FALSE(check.reader.word(value("zzzzz"), "x", many).has_value());
    CHECK(check.diagnostics.format() == "r.yaml:1:4: error: x: unknown value \"zzzzz\"\n");
  }
  SUBCASE("a list or nothing instead of a word")
  {
    Check check;
    CHECK_FALSE(check.reader.word(value("[left]"), "side", k_sides).has_value());
    CHECK(check.diagnostics.format()
          == "r.yaml:1:4: error: side: expected a word, found a list; expected one of: left, right, both\n");
  }
  SUBCASE("a quoted word is still the word")
  {
    Check check;
    CHECK(check.reader.word(value("'both'"), "side", k_sides) == "both");
    CHECK(check.diagnostics.empty());
  }
}

TEST_CASE("Reader::words reads a list of words, skipping bad and repeated ones")
{
  SUBCASE("a clean list")
  {
    Check check;
    CHECK(check.reader.words(value("[left, right]"), "side", k_sides) == std::vector<std::string>{"left", "right"});
    CHECK(check.diagnostics.empty());
  }
  SUBCASE("an empty list and nothing")
  {
    Check check;
    CHECK(check.reader.words(value("[]"), "side", k_sides).empty());
    CHECK(check.reader.words(value(""), "side", k_sides).empty());
    CHECK(check.diagnostics.empty());
  }
  SUBCASE("an unknown entry and a repeated one are each reported where they are")
  {
    Check check;
    CHECK(check.reader.words(value("[left, lefft, right, left]"), "side", k_sides) == std::vector<std::string>{"left", "right"});
    CHECK(check.diagnostics.format()
          == "r.yaml:1:11: error: side: unknown value \"lefft\"; did you mean \"left\"?\n"
             "r.yaml:1:25: error: side: \"left\" is listed twice\n");
  }
  SUBCASE("a block list")
  {
    Check check;
    const Node root = document("v:\n  - both\n  - both\n");
    const Node* list = root.find("v");
    REQUIRE(list != nullptr);
    CHECK(check.reader.words(*list, "side", k_sides) == std::vector<std::string>{"both"});
    CHECK(check.diagnostics.format() == "r.yaml:3:5: error: side: \"both\" is listed twice\n");
  }
  SUBCASE("a single word instead of a list")
  {
    Check check;
    CHECK(check.reader.words(value("left"), "side", k_sides).empty());
    CHECK(check.diagnostics.format() == "r.yaml:1:4: error: side: expected a list such as [a, b], found \"left\"\n");
  }
}

TEST_CASE("Reader::texts reads a list of text")
{
  SUBCASE("plain, quoted and number-like entries")
  {
    Check check;
    CHECK(check.reader.texts(value("[Walk to the shops, 'Sleep', 10 minutes]"), "goals")
          == std::vector<std::string>{"Walk to the shops", "Sleep", "10 minutes"});
    CHECK(check.diagnostics.empty());
  }
  SUBCASE("a bad entry is reported and left out")
  {
    Check check;
    CHECK(check.reader.texts(value("[Walk, [Run], Sleep]"), "goals") == std::vector<std::string>{"Walk", "Sleep"});
    CHECK(check.diagnostics.format() == "r.yaml:1:11: error: goals: expected text, found a list\n");
  }
  SUBCASE("a single text instead of a list")
  {
    Check check;
    CHECK(check.reader.texts(value("Walk"), "goals").empty());
    CHECK(check.diagnostics.format() == "r.yaml:1:4: error: goals: expected a list of text, found \"Walk\"\n");
  }
}

TEST_CASE("MapReader reports unknown keys with a suggestion")
{
  const Node root = document("patient:\n"
                             "  nmae: Maria\n"
                             "  age: 67\n"
                             "  colour: blue\n");
  const Node* patient = root.find("patient");
  REQUIRE(patient != nullptr);

  Check check;
  const MapReader map(check.reader, *patient, "patient", {"name", "age"});
  CHECK(map.ok());
  CHECK(check.diagnostics.format()
        == "r.yaml:2:3: error: unknown key \"patient.nmae\"; did you mean \"name\"?\n"
           "r.yaml:4:3: error: unknown key \"patient.colour\"; expected one of: name, age\n");

  SUBCASE("get finds known keys only")
  {
    const Node* age = map.get("age");
    REQUIRE(age != nullptr);
    CHECK(age->value == "67");
    CHECK(map.get("name") == nullptr);
    CHECK(check.diagnostics.size() == 2);
  }
  SUBCASE("require reports a missing key at the map")
  {
    CHECK(map.require("name") == nullptr);
    REQUIRE(check.diagnostics.size() == 3);
    CHECK(check.diagnostics.items()[2].message == "missing required key \"patient.name\"");
    CHECK(check.diagnostics.items()[2].where.line == 2);
    CHECK(check.diagnostics.items()[2].where.column == 3);
  }
  SUBCASE("path names the key inside its map")
  {
    CHECK(map.path("age") == "patient.age");
  }
}

TEST_CASE("MapReader at the top of a document")
{
  SUBCASE("unknown keys and paths have no prefix")
  {
    const Node root = document("sied: left\n");
    Check check;
    const MapReader map(check.reader, root, "", {"side", "pain"});
    CHECK(map.ok());
    CHECK(map.path("side") == "side");
    CHECK(check.diagnostics.format() == "r.yaml:1:1: error: unknown key \"sied\"; did you mean \"side\"?\n");
  }
  SUBCASE("a document that is not a map")
  {
    const Node root = document("- side\n- pain\n");
    Check check;
    const MapReader map(check.reader, root, "", {"side", "pain"});
    CHECK_FALSE(map.ok());
    CHECK(map.get("side") == nullptr);
    CHECK(map.require("side") == nullptr);
    CHECK(check.diagnostics.format() == "r.yaml:1:1: error: the document: expected a map of keys and values, found a list\n");
  }
  SUBCASE("a field that is not a map")
  {
    Check check;
    const MapReader map(check.reader, value("Maria"), "patient", {"name"});
    CHECK_FALSE(map.ok());
    CHECK(check.diagnostics.format() == "r.yaml:1:4: error: patient: expected a map of keys and values, found \"Maria\"\n");
  }
}

TEST_CASE("MapReader treats an empty value as absent")
{
  const Node root = document("side:\npain: 3\n");
  Check check;
  const MapReader map(check.reader, root, "", {"side", "pain"});
  CHECK(map.get("side") == nullptr);
  CHECK(map.require("side") == nullptr);
  CHECK(check.diagnostics.format() == "r.yaml:1:1: error: missing required key \"side\"\n");
}
