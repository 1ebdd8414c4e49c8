#include "ptplan/load/knowledge_loader.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

using ptplan::Diagnostics;
using ptplan::SourceFile;
using ptplan::load::builtin_knowledge_files;
using ptplan::load::KnowledgeFiles;
using ptplan::load::load_knowledge;
using ptplan::model::Condition;
using ptplan::model::Knowledge;

namespace {

const Knowledge& builtin()
{
  static const Knowledge knowledge = [] {
    Diagnostics diagnostics;
    auto loaded = load_knowledge(builtin_knowledge_files(), diagnostics);
    if (!loaded) {
      throw std::runtime_error("the built-in knowledge base does not load:\n" + diagnostics.format());
    }
    return std::move(*loaded);
  }();
  return knowledge;
}

// The red flags a condition tests for as present: `red_flags contains ...`
// anywhere in it except under a `not`.
void flags_tested(const Condition& condition, std::set<std::string>& out)
{
  switch (condition.op) {
  case Condition::Op::negate:
    return;
  case Condition::Op::all:
  case Condition::Op::any:
    for (const auto& child : condition.children) {
      flags_tested(child, out);
    }
    return;
  case Condition::Op::contains:
    if (condition.fact == "red_flags") {
      out.insert(condition.words.begin(), condition.words.end());
    }
    return;
  default:
    return;
  }
}

SourceFile* file_named(KnowledgeFiles& files, const std::string& relative)
{
  for (auto& [path, source] : files.files) {
    if (path == relative) {
      return &source;
    }
  }
  return nullptr;
}

} // namespace

TEST_CASE("the built-in knowledge base loads with no diagnostics")
{
  const KnowledgeFiles files = builtin_knowledge_files();
  REQUIRE_FALSE(files.files.empty());
  std::set<std::string> paths;
  for (const auto& [path, source] : files.files) {
    paths.insert(path);
    CHECK(source.name == "<built-in>/exercises/" + path);
  }
  CHECK(paths.contains("vocabulary.yaml"));
  CHECK(paths.contains("rules.yaml"));

  Diagnostics diagnostics;
  const auto knowledge = load_knowledge(files, diagnostics);
  CHECK(diagnostics.format() == "");
  REQUIRE(knowledge.has_value());
  CHECK_FALSE(knowledge->vocabulary.red_flags.ids().empty());
  CHECK_FALSE(knowledge->vocabulary.default_equipment.empty());
  CHECK(knowledge->catalog.exercises().size() >= 50);
  CHECK(knowledge->rules.rules.size() >= 20);
  // One catalog file per exercise in catalog/.
  std::size_t catalog_files = 0;
  for (const auto& path : paths) {
    catalog_files += path.rfind("catalog/", 0) == 0 ? 1 : 0;
  }
  CHECK(knowledge->catalog.exercises().size() >= catalog_files);
}

TEST_CASE("every red flag in the vocabulary is covered by a rule that refers")
{
  const Knowledge& knowledge = builtin();
  std::set<std::string> covered;
  std::set<std::string> urgencies;
  for (const auto& rule : knowledge.rules.rules) {
    if (rule.refer) {
      flags_tested(rule.when, covered);
      urgencies.insert(rule.refer->urgency);
      CHECK_FALSE(rule.refer->reason.empty());
    }
  }
  for (const auto& flag : knowledge.vocabulary.red_flags.ids()) {
    CAPTURE(flag);
    CHECK(covered.contains(flag));
  }
  // Nothing else is covered: every flag a rule tests for is in the vocabulary.
  for (const auto& flag : covered) {
    CAPTURE(flag);
    CHECK(knowledge.vocabulary.red_flags.contains(flag));
  }
  CHECK(urgencies.contains("emergency"));
}

TEST_CASE("every exercise id that the built-in rules and chains name exists")
{
  const Knowledge& knowledge = builtin();
  for (const auto& rule : knowledge.rules.rules) {
    for (const auto* list : {&rule.forbid.exercises, &rule.prefer.exercises}) {
      for (const auto& id : *list) {
        CAPTURE(rule.id);
        CAPTURE(id);
        CHECK(knowledge.catalog.find(id) != nullptr);
      }
    }
  }
  for (const auto& exercise : knowledge.catalog.exercises()) {
    CAPTURE(exercise.id);
    for (const auto& id : {exercise.regression, exercise.progression}) {
      CHECK((id.empty() || knowledge.catalog.find(id) != nullptr));
    }
    for (const auto& id : exercise.variants) {
      CHECK(knowledge.catalog.find(id) != nullptr);
    }
  }
}

TEST_CASE("every rule in the built-in base has an id, a description and a source")
{
  std::set<std::string> ids;
  for (const auto& rule : builtin().rules.rules) {
    CAPTURE(rule.id);
    CHECK_FALSE(rule.id.empty());
    CHECK_FALSE(rule.description.empty());
    CHECK_FALSE(rule.source.empty());
    CHECK(ids.insert(rule.id).second);
  }
}

TEST_CASE("load_knowledge reports what is wrong in a changed copy of the built-in files")
{
  KnowledgeFiles files = builtin_knowledge_files();

  SUBCASE("a rule that forbids an exercise id that does not exist")
  {
    SourceFile* rules = file_named(files, "rules.yaml");
    REQUIRE(rules != nullptr);
    const auto lines = static_cast<int>(std::count(rules->text.begin(), rules->text.end(), '\n'));
    rules->text += "\n  - id: test-typo\n"
                   "    description: A misspelt exercise id.\n"
                   "    source: Test\n"
                   "    when: { always: true }\n"
                   "    forbid: { exercises: [glute-brige] }\n"
                   "    prefer: { exercises: [tai-chi] }\n";
    Diagnostics diagnostics;
    CHECK_FALSE(load_knowledge(files, diagnostics).has_value());
    const std::string where = "<built-in>/exercises/rules.yaml:" + std::to_string(lines + 2) + ":5";
    CHECK(diagnostics.format()
          == where
               + ": error: test-typo.forbid.exercises: no exercise has the id \"glute-brige\"; did you mean \"glute-bridge\"?\n"
               + where + ": error: test-typo.prefer.exercises: no exercise has the id \"tai-chi\"\n");
  }
  SUBCASE("an exercise with an unknown movement tag")
  {
    SourceFile* bridge = file_named(files, "catalog/strength/glute-bridge.yaml");
    REQUIRE(bridge != nullptr);
    const auto at = bridge->text.find("movements: []");
    REQUIRE(at != std::string::npos);
    bridge->text.replace(at, 13, "movements: [hip-flexion-past-09]");
    Diagnostics diagnostics;
    CHECK_FALSE(load_knowledge(files, diagnostics).has_value());
    REQUIRE_FALSE(diagnostics.empty());
    const auto& first = diagnostics.items().front();
    CHECK(first.where.file == "<built-in>/exercises/catalog/strength/glute-bridge.yaml");
    CHECK(
      first.message == "glute-bridge.movements: unknown value \"hip-flexion-past-09\"; did you mean \"hip-flexion-past-90\"?");
  }
  SUBCASE("no rules.yaml")
  {
    std::erase_if(files.files, [](const auto& file) { return file.first == "rules.yaml"; });
    Diagnostics diagnostics;
    CHECK_FALSE(load_knowledge(files, diagnostics).has_value());
    CHECK(diagnostics.format() == "catalog: error: the catalog folder needs vocabulary.yaml and rules.yaml\n");
  }
}

TEST_CASE("load_knowledge checks an exercise's drawing")
{
  KnowledgeFiles files = builtin_knowledge_files();
  SourceFile* bridge = file_named(files, "catalog/strength/glute-bridge.yaml");
  REQUIRE(bridge != nullptr);
  // The built-in exercises are drawn from their poses; a clinic's drawing
  // replaces the figure, as this one does.
  bridge->text += "image: images/glute-bridge.svg\n";
  files.files.push_back({"images/glute-bridge.svg",
    SourceFile{"<built-in>/exercises/images/glute-bridge.svg",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 240 160\" width=\"240\" height=\"160\" role=\"img\">\n"
      "<title>Bridge: hips lifted</title>\n<path d=\"M8 146 L232 146\" stroke=\"#555\" stroke-width=\"3\"/>\n</svg>\n"}});
  const auto at = bridge->text.find("image: images/glute-bridge.svg");
  REQUIRE(at != std::string::npos);
  const auto line = static_cast<int>(std::count(bridge->text.begin(), bridge->text.begin() + static_cast<long>(at), '\n')) + 1;
  const std::string where = "<built-in>/exercises/catalog/strength/glute-bridge.yaml:" + std::to_string(line) + ":8";

  SUBCASE("a file that is not there")
  {
    bridge->text.replace(at, 30, "image: images/glute-brige.svg");
    Diagnostics diagnostics;
    CHECK_FALSE(load_knowledge(files, diagnostics).has_value());
    CHECK(
      diagnostics.format() == where + ": error: glute-bridge.image: no file \"images/glute-brige.svg\" in the catalog folder\n");
  }
  SUBCASE("a path outside images/")
  {
    bridge->text.replace(at, 30, "image: ../../etc/passwd.svg");
    Diagnostics diagnostics;
    CHECK_FALSE(load_knowledge(files, diagnostics).has_value());
    // The exercise is not loaded, so the exercises that link to it are reported after it.
    const std::string first = diagnostics.format().substr(0, diagnostics.format().find('\n') + 1);
    CHECK(first
          == where
               + ": error: glute-bridge.image: \"../../etc/passwd.svg\" is not a drawing in the catalog's images/ folder; "
                 "expected images/NAME.svg or images/NAME.png\n");
  }
  SUBCASE("a drawing with a script")
  {
    SourceFile* drawing = file_named(files, "images/glute-bridge.svg");
    REQUIRE(drawing != nullptr);
    drawing->text = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">\n<script>alert(1)</script>\n</svg>\n";
    Diagnostics diagnostics;
    CHECK_FALSE(load_knowledge(files, diagnostics).has_value());
    CHECK(diagnostics.format()
          == "<built-in>/exercises/images/glute-bridge.svg:2:1: error: the drawing holds a script; drawings may only hold "
             "lines and shapes (the image of glute-bridge)\n");
  }
}
