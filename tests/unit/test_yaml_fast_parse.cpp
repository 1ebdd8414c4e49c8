// The libyaml reading of plain documents (yaml/fast_parse.hpp) must give
// exactly what the yaml-cpp reading gives, or step aside.

#include "ptplan/yaml/fast_parse.hpp"
#include "ptplan/yaml/parse.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using ptplan::Diagnostics;
using ptplan::SourceFile;
using ptplan::yaml::Limits;
using ptplan::yaml::Node;
using ptplan::yaml::parse_plain_document;

namespace {

// Empty when equal, else where they differ.
std::string difference(const Node& a, const Node& b, const std::string& path = "")
{
  if (a.kind != b.kind || a.line != b.line || a.column != b.column || a.value != b.value || a.quoted != b.quoted
      || a.hash_column != b.hash_column) {
    std::ostringstream out;
    out << path << ": " << static_cast<int>(a.kind) << " " << a.line << ":" << a.column << " [" << a.value << "] " << a.quoted
        << " #" << a.hash_column << " vs " << static_cast<int>(b.kind) << " " << b.line << ":" << b.column << " [" << b.value
        << "] " << b.quoted << " #" << b.hash_column;
    return out.str();
  }
  if (a.items.size() != b.items.size() || a.entries.size() != b.entries.size()) {
    return path + ": sizes differ";
  }
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    if (auto d = difference(a.items[i], b.items[i], path + "/" + std::to_string(i)); !d.empty()) {
      return d;
    }
  }
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    const std::string at = path + "/" + a.entries[i].key.value;
    if (auto d = difference(a.entries[i].key, b.entries[i].key, at + "(key)"); !d.empty()) {
      return d;
    }
    if (auto d = difference(a.entries[i].value, b.entries[i].value, at); !d.empty()) {
      return d;
    }
  }
  return {};
}

// Whether the quick reading took the text; when it did, checks that yaml-cpp
// reads the same tree without an error.
bool check_agrees(const std::string& name, const std::string& text, const Limits& limits = {})
{
  std::string_view body = text;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") {
    body.remove_prefix(3);
  }
  const auto quick = parse_plain_document(body, 0, limits);
  Diagnostics diagnostics;
  const auto slow = ptplan::yaml::parse_document_with_yaml_cpp(SourceFile{name, text}, diagnostics, limits);
  Diagnostics through;
  const auto full = ptplan::yaml::parse_document(SourceFile{name, text}, through, limits);
  CHECK_MESSAGE(through.format() == diagnostics.format(), name);
  if (!quick) {
    return false;
  }
  INFO(name);
  CHECK_MESSAGE(slow.has_value(), diagnostics.format());
  CHECK(full.has_value());
  if (slow && full) {
    CHECK(difference(*quick, *slow) == "");
    CHECK(difference(*full, *slow) == "");
  }
  return true;
}

std::string read(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace

TEST_CASE("the quick YAML reading agrees with yaml-cpp on every file in the repository")
{
  namespace fs = std::filesystem;
  const fs::path root = PTPLAN_SOURCE_DIR;
  int files = 0;
  int quick = 0;
  for (const char* folder : {"tests/data", "examples", "exercises", "templates"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root / folder)) {
      if (entry.is_regular_file() && entry.path().extension() == ".yaml") {
        ++files;
        quick += check_agrees(entry.path().string(), read(entry.path())) ? 1 : 0;
      }
    }
  }
  MESSAGE(quick << " of " << files << " files read quickly");
  CHECK(files > 400);
  CHECK(quick > 20);
}

TEST_CASE("the quick YAML reading agrees with yaml-cpp on profile-like documents")
{
  const std::vector<std::string> quick_ones = {
    "patient: { name: \"Ana Souza 0\", age: 22 }\nconditions: [gluteal-tendinopathy, hip-osteoarthritis]\n",
    "patient:\n  name: José Müller\n  age: 70\nconditions:\n  - low-back-pain\nschedule: {days: [mon, wed], minutes_per_session: "
    "20}\n",
    "patient: {name: 'Zoë ''Z'' Ødegård', age: 40}\ngoals: [\"Walk — 2 km\", 'Sleep ✓']\nside: left\n",
    "conditions:\n- hip-osteoarthritis\n- low-back-pain\nred_flags: []\nequipment: [ ]\n",
    "---\npatient: {name: Sam, age: 30} # comment\n...\n",
    "a: 1\r\nb:\r\n  - x\r\n  - y\r\n",
    "a: ~\nb: null\nc: 'null'\nd: \"~\"\ne: NULL\n",
    "nested: {a: [1, [2, {b: c}]], d: {e: {f: g}}}\n",
    "key with spaces: value with:colon\nurl: http://example.com/a#b\n",
    "\xEF\xBB\xBFpatient: {name: Bom, age: 50}\n",
    "a:\n  null\nb: \n    ~\nc: [~, null]\n",
    // A "#x" comment cut into plain text is marked the same way by both.
    "patient:\n  name: Dorothy Hughes #2 (twin)\n  age: 80 #years\ngoals:\n  - Walk #1\nx: a#b # c\ny: \"q\" #z\n",
    "a: b\t#c\n",
  };
  for (const auto& text : quick_ones) {
    CHECK_MESSAGE(check_agrees("t.yaml", text), text);
  }
  // Left to yaml-cpp: escapes, multi-line and block text, anchors, tags,
  // empty values, duplicates, errors, other line breaks, limits.
  const std::vector<std::string> slow_ones = {
    "a: \"tab\\there\"\n",
    "a: first\n  second\n",
    "a: |\n  text\n",
    "a: &x 1\nb: *x\n",
    "a: !!str 1\n",
    "a:\nb: 1\n",
    "a: 1\na: 2\n",
    "a: [1, 2\n",
    "a: 1\rb: 2\n",
    "%YAML 1.2\n---\na: 1\n",
    "a: 1\n---\nb: 2\n",
    "- a\n- b\n",
    "[a, b]: c\n",
    "a: {?foo: bar}\n",
    "a: [b? c]\n",
    "a: {? foo : bar}\n",
    "? a\n: b\n",
    "a: -1\n",
  };
  for (const auto& text : slow_ones) {
    CHECK_FALSE_MESSAGE(check_agrees("t.yaml", text), text);
  }
  Limits small;
  small.max_items = 2;
  CHECK_FALSE(check_agrees("t.yaml", "a: [1, 2, 3]\n", small));
  small = Limits{};
  small.max_depth = 2;
  CHECK_FALSE(check_agrees("t.yaml", "a: {b: {c: d}}\n", small));
  small = Limits{};
  small.max_string = 3;
  CHECK_FALSE(check_agrees("t.yaml", "a: abcd\n", small));
  small = Limits{};
  small.max_nodes = 4;
  CHECK_FALSE(check_agrees("t.yaml", "a: 1\nb: 2\nc: 3\n", small));
}

TEST_CASE("both YAML readers mark where a '#x' comment cuts into plain text")
{
  const std::string text = "name: Dorothy Hughes #2\nclinic: Riverside   # the main one\nroom: A#4\nnote: \"x\" #y\n";
  const auto quick = parse_plain_document(text, 0, Limits{});
  Diagnostics diagnostics;
  const auto slow = ptplan::yaml::parse_document_with_yaml_cpp(SourceFile{"t.yaml", text}, diagnostics, Limits{});
  REQUIRE(quick.has_value());
  REQUIRE(slow.has_value());
  for (const Node* root : {&*quick, &*slow}) {
    REQUIRE(root->entries.size() == 4);
    CHECK(root->find("name")->value == "Dorothy Hughes");
    CHECK(root->find("name")->hash_column == 22);
    CHECK(root->find("clinic")->hash_column == 0); // "# " is a comment as meant
    CHECK(root->find("room")->hash_column == 0);   // no blank before the #: part of the text
    CHECK(root->find("note")->hash_column == 0);   // quoted: its end is plain to see
  }
}
