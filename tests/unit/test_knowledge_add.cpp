// A catalog added on top of the built-in one (load/knowledge_loader.hpp,
// add_knowledge): new exercises and rules join, a taken id is an error
// unless the entry says `replaces: true`, and the whole is checked.

#include "support.hpp"

#include "ptplan/engine/planner.hpp"
#include "ptplan/load/knowledge_loader.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

using namespace ptplan;

namespace {

const std::string k_wall_lean = "id: clinic-wall-lean\n"
                                "name: Wall lean\n"
                                "category: mobility\n"
                                "position: standing\n"
                                "floor: false\n"
                                "equipment: [wall]\n"
                                "movements: []\n"
                                "conditions: [nonspecific-low-back-pain]\n"
                                "level: 1\n"
                                "regression: null\n"
                                "progression: null\n"
                                "dosage: { sets: 1, reps: 5, hold_seconds: 5, times_per_day: 1, days_per_week: 7, side: both }\n"
                                "purpose: Eases a stiff back.\n"
                                "steps:\n  - Stand facing a wall with your hands on it.\n"
                                "safety: Stop if you feel pain down your leg.\n";

load::KnowledgeFiles added(std::vector<std::pair<std::string, std::string>> files)
{
  load::KnowledgeFiles result;
  result.folder = "clinic";
  for (auto& [path, text] : files) {
    result.files.push_back({path, SourceFile{"clinic/" + path, std::move(text)}});
  }
  return result;
}

std::string replace_first(std::string text, const std::string& from, const std::string& to)
{
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("add_knowledge adds exercises and rules on top of the built-in knowledge")
{
  model::Knowledge knowledge = test::builtin_knowledge();
  const std::size_t exercises = knowledge.catalog.exercises().size();
  const std::size_t rules = knowledge.rules.rules.size();
  Diagnostics diagnostics;
  const bool ok = load::add_knowledge(knowledge,
    added({{"catalog/wall-lean.yaml", k_wall_lean},
      {"rules.yaml", "rules:\n  - id: clinic-no-wall-lean-in-pregnancy\n    description: Test.\n    source: Clinic\n"
                     "    when: { fact: precautions, contains: pregnancy }\n"
                     "    forbid: { exercises: [clinic-wall-lean] }\n"}}),
    diagnostics);
  REQUIRE_MESSAGE(ok, diagnostics.format());
  CHECK(knowledge.catalog.exercises().size() == exercises + 1);
  CHECK(knowledge.rules.rules.size() == rules + 1);
  CHECK(knowledge.catalog.find("clinic-wall-lean") != nullptr);
  CHECK(knowledge.catalog.find("glute-bridge") != nullptr);                     // the built-in ones stay
  CHECK(knowledge.vocabulary.exercises.contains("clinic-wall-lean"));           // a progress log may name it
  CHECK(knowledge.rules.rules.back().id == "clinic-no-wall-lean-in-pregnancy"); // after the built-in rules

  // The added rule fires: a pregnant patient never gets the added exercise.
  const auto profile = test::profile_from("patient: { name: A B, age: 30 }\nconditions: [nonspecific-low-back-pain]\n"
                                          "pain: { current: 3 }\nprecautions: [pregnancy]\npregnancy: { weeks: 20 }\n");
  const auto outcome = engine::make_plan(knowledge, profile, 1);
  const auto* plan = std::get_if<model::Plan>(&outcome);
  REQUIRE(plan != nullptr);
  const bool excluded = std::any_of(plan->excluded.begin(), plan->excluded.end(),
    [](const model::Exclusion& e) { return e.id == "clinic-wall-lean" && e.rule == "clinic-no-wall-lean-in-pregnancy"; });
  CHECK(excluded);
}

TEST_CASE("add_knowledge: a taken id is an error unless the entry replaces the one below")
{
  const std::string clamshell_id = replace_first(k_wall_lean, "id: clinic-wall-lean", "id: glute-bridge");
  SUBCASE("a clash")
  {
    model::Knowledge knowledge = test::builtin_knowledge();
    Diagnostics diagnostics;
    CHECK_FALSE(load::add_knowledge(knowledge, added({{"catalog/bridge.yaml", clamshell_id}}), diagnostics));
    REQUIRE(diagnostics.size() >= 1);
    CHECK(diagnostics.items().front().where.file == "clinic/catalog/bridge.yaml");
    CHECK(diagnostics.items().front().message.find("exercise id \"glute-bridge\" is already taken (by ") == 0);
    CHECK(knowledge.catalog.find("glute-bridge")->name == "Bridge"); // unchanged
  }
  SUBCASE("replaces: true takes its place")
  {
    model::Knowledge knowledge = test::builtin_knowledge();
    const model::Exercise& before = *knowledge.catalog.find("glute-bridge");
    // Keep its chain so the links still agree both ways.
    std::string text = replace_first(clamshell_id, "regression: null\nprogression: null\n",
      fmt::format("regression: {}\nprogression: {}\n", before.regression.empty() ? "null" : before.regression,
        before.progression.empty() ? "null" : before.progression));
    text = replace_first(text, "level: 1", fmt::format("level: {}", before.level));
    text = replace_first(text, "category: mobility", fmt::format("category: {}", before.category));
    text += "replaces: true\n";
    const std::size_t count = knowledge.catalog.exercises().size();
    Diagnostics diagnostics;
    REQUIRE_MESSAGE(load::add_knowledge(knowledge, added({{"catalog/bridge.yaml", text}}), diagnostics), diagnostics.format());
    CHECK(knowledge.catalog.exercises().size() == count);
    CHECK(knowledge.catalog.find("glute-bridge")->name == "Wall lean");
  }
  SUBCASE("replaces: true with nothing to replace")
  {
    model::Knowledge knowledge = test::builtin_knowledge();
    Diagnostics diagnostics;
    CHECK_FALSE(load::add_knowledge(knowledge, added({{"catalog/x.yaml", k_wall_lean + "replaces: true\n"}}), diagnostics));
    CHECK(diagnostics.format().find("clinic-wall-lean.replaces: no exercise below this catalog has the id") != std::string::npos);
  }
  SUBCASE("a rule id that clashes")
  {
    model::Knowledge knowledge = test::builtin_knowledge();
    const std::string id = knowledge.rules.rules.front().id;
    Diagnostics diagnostics;
    CHECK_FALSE(load::add_knowledge(knowledge,
      added({{"rules.yaml", "rules:\n  - id: " + id
                              + "\n    description: T.\n    source: T\n    when: { always: true }\n"
                                "    note: Hello.\n"}}),
      diagnostics));
    CHECK(diagnostics.format().find("rule id \"" + id + "\" is already taken") != std::string::npos);
  }
  SUBCASE("an added catalog cannot change the vocabulary, and must add something")
  {
    model::Knowledge knowledge = test::builtin_knowledge();
    Diagnostics diagnostics;
    CHECK_FALSE(load::add_knowledge(knowledge, added({{"vocabulary.yaml", "conditions: {}\n"}}), diagnostics));
    CHECK(diagnostics.format().find("cannot change it") != std::string::npos);
    Diagnostics empty;
    CHECK_FALSE(load::add_knowledge(knowledge, added({}), empty));
    CHECK(empty.format() == "clinic: error: holds no exercises (catalog/*.yaml) and no rules.yaml to add\n");
  }
  SUBCASE("an added exercise's chain is checked against the whole")
  {
    model::Knowledge knowledge = test::builtin_knowledge();
    Diagnostics diagnostics;
    CHECK_FALSE(load::add_knowledge(knowledge,
      added({{"catalog/x.yaml", replace_first(k_wall_lean, "progression: null", "progression: no-such")}}), diagnostics));
    CHECK(diagnostics.format().find("no-such") != std::string::npos);
  }
}

TEST_CASE("load_knowledge: replaces: true is only for an added catalog")
{
  load::KnowledgeFiles files = load::builtin_knowledge_files();
  for (auto& [path, source] : files.files) {
    if (path == "catalog/strength/clamshell.yaml") {
      source.text += "replaces: true\n";
    }
  }
  Diagnostics diagnostics;
  CHECK_FALSE(load::load_knowledge(files, diagnostics).has_value());
  CHECK(diagnostics.format().find("clamshell.replaces: only an added catalog (--catalog-add) can replace an exercise")
        != std::string::npos);
}
