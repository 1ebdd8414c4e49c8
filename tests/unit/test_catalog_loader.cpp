#include "ptplan/load/catalog_loader.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/vocabulary_loader.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

using ptplan::Diagnostics;
using ptplan::SourceFile;
using ptplan::load::check_catalog_links;
using ptplan::load::load_exercises;
using ptplan::model::DoseField;
using ptplan::model::Exercise;

namespace {

const ptplan::model::Vocabulary& vocabulary()
{
  static const ptplan::model::Vocabulary loaded = [] {
    for (const auto& [path, source] : ptplan::load::builtin_knowledge_files().files) {
      if (path == "vocabulary.yaml") {
        Diagnostics diagnostics;
        if (auto result = ptplan::load::load_vocabulary(source, diagnostics)) {
          return *result;
        }
        throw std::runtime_error("the built-in vocabulary does not load: " + diagnostics.format());
      }
    }
    throw std::runtime_error("no built-in vocabulary.yaml");
  }();
  return loaded;
}

// `text` with every `from` replaced by `to`.
std::string replace_all(std::string text, const std::string& from, const std::string& to)
{
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// A complete, valid exercise of 25 lines (regression on line 12, progression
// on line 13); `extra` lines are added at the end, from line 26.
std::string exercise_text(const std::string& id, const std::string& regression = "null", const std::string& progression = "null",
  const std::string& extra = "")
{
  const std::string text = R"(id: ID
name: Test bridge
category: strength
position: supine
floor: true
equipment: [none]
movements: [hip-external-rotation]
muscle_groups: [hip-extensors, trunk]
conditions: [nonspecific-low-back-pain, sciatica]
bias: neutral
level: 2
regression: REGRESSION
progression: PROGRESSION
dosage:
  sets: 2
  reps: 10
  hold_seconds: null
  times_per_day: 1
  days_per_week: 3
  side: both
purpose: Makes your buttocks stronger.
steps:
  - Lie on your back.
  - Lift your hips.
safety: Stop if it hurts.
)";
  return replace_all(replace_all(replace_all(text, "REGRESSION", regression), "PROGRESSION", progression), "ID", id) + extra;
}

// `text` with the line that starts with `prefix` replaced by `replacement`
// (removed when the replacement is empty).
std::string with_line(std::string text, const std::string& prefix, const std::string& replacement)
{
  const auto start = text.find(prefix);
  REQUIRE(start != std::string::npos);
  REQUIRE((start == 0 || text[start - 1] == '\n'));
  const auto end = text.find('\n', start);
  text.replace(start, end - start + 1, replacement.empty() ? "" : replacement + "\n");
  return text;
}

// The same exercise as an item of a YAML list.
std::string as_item(const std::string& text)
{
  std::string out = "- ";
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] == '\n' && i + 1 < text.size()) {
      out += "  ";
    }
  }
  return out;
}

struct Loaded
{
  std::vector<Exercise> exercises;
  std::string errors;
};

Loaded load(const std::vector<SourceFile>& files)
{
  Loaded result;
  Diagnostics diagnostics;
  for (const auto& file : files) {
    load_exercises(file, vocabulary(), result.exercises, diagnostics);
  }
  result.errors = diagnostics.format();
  return result;
}

Loaded load(const std::string& text)
{
  return load(std::vector<SourceFile>{{"c.yaml", text}});
}

// Loads cleanly, then checks the links.
std::string link_errors(const std::vector<SourceFile>& files)
{
  const Loaded loaded = load(files);
  INFO(loaded.errors);
  REQUIRE(loaded.errors.empty());
  Diagnostics diagnostics;
  check_catalog_links(loaded.exercises, diagnostics);
  return diagnostics.format();
}

} // namespace

TEST_CASE("a valid catalog entry loads with every field")
{
  const Loaded loaded = load(exercise_text(
    "test-bridge", "null", "null", "variants: [glute-squeeze]\nclinic_only: false\nimage: images/test-bridge.svg\n"));
  INFO(loaded.errors);
  CHECK(loaded.errors.empty());
  REQUIRE(loaded.exercises.size() == 1);
  const Exercise& e = loaded.exercises.front();
  CHECK(e.id == "test-bridge");
  CHECK(e.name == "Test bridge");
  CHECK(e.category == ptplan::model::Category::strength);
  CHECK(e.position == "supine");
  CHECK(e.floor);
  CHECK(e.equipment == std::vector<std::string>{"none"});
  CHECK(e.movements == std::vector<std::string>{"hip-external-rotation"});
  CHECK(e.muscle_groups == std::vector<std::string>{"hip-extensors", "trunk"});
  CHECK(e.conditions == std::vector<std::string>{"nonspecific-low-back-pain", "sciatica"});
  CHECK(e.bias == "neutral");
  CHECK(e.level == 2);
  CHECK(e.regression.empty());
  CHECK(e.progression.empty());
  CHECK(e.variants == std::vector<std::string>{"glute-squeeze"});
  CHECK(e.dosage.get(DoseField::sets) == 2);
  CHECK(e.dosage.get(DoseField::reps) == 10);
  CHECK_FALSE(e.dosage.get(DoseField::hold_seconds).has_value());
  CHECK_FALSE(e.dosage.get(DoseField::minutes).has_value());
  CHECK(e.dosage.get(DoseField::times_per_day) == 1);
  CHECK(e.dosage.get(DoseField::days_per_week) == 3);
  CHECK(e.dosage.side == "both");
  CHECK(e.purpose == "Makes your buttocks stronger.");
  CHECK(e.steps == std::vector<std::string>{"Lie on your back.", "Lift your hips."});
  CHECK(e.safety == "Stop if it hurts.");
  CHECK_FALSE(e.clinic_only);
  CHECK(e.image == "images/test-bridge.svg");
  CHECK(e.where.file == "c.yaml");
  CHECK(e.where.line == 1);
  CHECK(e.where.column == 1);
}

TEST_CASE("optional catalog fields have defaults")
{
  std::string text = exercise_text("plain");
  text = with_line(text, "muscle_groups:", "");
  text = with_line(text, "bias:", "");
  text = with_line(text, "regression:", "");
  text = with_line(text, "progression:", "");
  const Loaded loaded = load(text);
  INFO(loaded.errors);
  REQUIRE(loaded.exercises.size() == 1);
  CHECK(loaded.exercises[0].bias == "neutral");
  CHECK(loaded.exercises[0].muscle_groups.empty());
  CHECK(loaded.exercises[0].variants.empty());
  CHECK_FALSE(loaded.exercises[0].clinic_only);
  CHECK(loaded.exercises[0].image.empty());
}

TEST_CASE("a file may hold a list of exercises")
{
  const Loaded loaded = load(as_item(exercise_text("first")) + as_item(exercise_text("second")));
  INFO(loaded.errors);
  CHECK(loaded.errors.empty());
  REQUIRE(loaded.exercises.size() == 2);
  CHECK(loaded.exercises[0].id == "first");
  CHECK(loaded.exercises[1].id == "second");
  CHECK(loaded.exercises[1].where.line == 26);
  CHECK(loaded.exercises[1].where.column == 3);
}

TEST_CASE("missing catalog fields are each reported and the entry left out")
{
  SUBCASE("one entry")
  {
    std::string text = exercise_text("no-name");
    text = with_line(text, "name:", "");
    text = with_line(text, "safety:", "");
    const Loaded loaded = load(text);
    CHECK(loaded.exercises.empty());
    CHECK(loaded.errors
          == "c.yaml:1:1: error: missing required key \"exercise.name\"\n"
             "c.yaml:1:1: error: missing required key \"exercise.safety\"\n");
  }
  SUBCASE("every required field")
  {
    const Loaded loaded = load("id: bare\n");
    CHECK(loaded.exercises.empty());
    CHECK(loaded.errors
          == "c.yaml:1:1: error: missing required key \"exercise.name\"\n"
             "c.yaml:1:1: error: missing required key \"exercise.category\"\n"
             "c.yaml:1:1: error: missing required key \"exercise.position\"\n"
             "c.yaml:1:1: error: missing required key \"exercise.floor\"\n"
             "c.yaml:1:1: error: missing required key \"exercise.equipment\"\n"
             "c.yaml:1:1: error: missing required key \"exercise.movements\"\n"
             "c.yaml:1:1: error: missing required key \"exercise.conditions\"\n"
             "c.yaml:1:1: error: missing required key \"exercise.level\"\n"
             "c.yaml:1:1: error: missing required key \"exercise.dosage\"\n"
             "c.yaml:1:1: error: missing required key \"exercise.purpose\"\n"
             "c.yaml:1:1: error: missing required key \"exercise.steps\"\n"
             "c.yaml:1:1: error: missing required key \"exercise.safety\"\n");
  }
  SUBCASE("a bad entry in a list does not drop the good ones")
  {
    std::string bad = with_line(exercise_text("bad"), "steps:", "steps: []");
    bad = with_line(bad, "  - Lie", "");
    bad = with_line(bad, "  - Lift", "");
    const Loaded loaded = load(as_item(exercise_text("good")) + as_item(bad) + as_item(exercise_text("also-good")));
    REQUIRE(loaded.exercises.size() == 2);
    CHECK(loaded.exercises[0].id == "good");
    CHECK(loaded.exercises[1].id == "also-good");
    CHECK(loaded.errors == "c.yaml:47:10: error: bad.steps: expected at least one step\n");
  }
}

TEST_CASE("unknown tags and words in a catalog entry get a did-you-mean")
{
  SUBCASE("a movement tag")
  {
    const Loaded loaded = load(with_line(exercise_text("x"), "movements:", "movements: [hip-external-rotaton]"));
    CHECK(loaded.exercises.empty());
    CHECK(
      loaded.errors
      == "c.yaml:7:13: error: x.movements: unknown value \"hip-external-rotaton\"; did you mean \"hip-external-rotation\"?\n");
  }
  SUBCASE("equipment, category, position, condition, muscle group and bias")
  {
    std::string text = exercise_text("x");
    text = with_line(text, "equipment:", "equipment: [chiar]");
    text = with_line(text, "category:", "category: strenght");
    text = with_line(text, "position:", "position: supin");
    text = with_line(text, "conditions:", "conditions: [sciatca]");
    text = with_line(text, "muscle_groups:", "muscle_groups: [hamstring]");
    text = with_line(text, "bias:", "bias: flex");
    const Loaded loaded = load(text);
    CHECK(loaded.exercises.empty());
    CHECK(loaded.errors
          == "c.yaml:3:11: error: x.category: unknown value \"strenght\"; did you mean \"strength\"?\n"
             "c.yaml:4:11: error: x.position: unknown value \"supin\"; did you mean \"supine\"?\n"
             "c.yaml:6:13: error: x.equipment: unknown value \"chiar\"; did you mean \"chair\"?\n"
             "c.yaml:8:17: error: x.muscle_groups: unknown value \"hamstring\"; did you mean \"hamstrings\"?\n"
             "c.yaml:9:14: error: x.conditions: unknown value \"sciatca\"; did you mean \"sciatica\"?\n"
             "c.yaml:10:7: error: x.bias: unknown value \"flex\"; did you mean \"flexion\"?\n");
  }
  SUBCASE("a tag with no close match")
  {
    const Loaded loaded = load(with_line(exercise_text("x"), "movements:", "movements: [cartwheel]"));
    CHECK(loaded.errors
          == "c.yaml:7:13: error: x.movements: unknown value \"cartwheel\"; run `ptplan vocabulary movements` to see them "
             "all\n");
  }
  SUBCASE("an unknown key")
  {
    const Loaded loaded = load(exercise_text("x", "null", "null", "varients: [y]\n"));
    CHECK(loaded.exercises.empty());
    CHECK(loaded.errors == "c.yaml:26:1: error: unknown key \"exercise.varients\"; did you mean \"variants\"?\n");
  }
}

TEST_CASE("wrong values in a catalog entry")
{
  SUBCASE("an id that is not kebab-case")
  {
    const Loaded loaded = load(exercise_text("Glute_Bridge"));
    CHECK(loaded.exercises.empty());
    CHECK(loaded.errors == "c.yaml:1:5: error: id: \"Glute_Bridge\" is not a lower-case kebab-case identifier\n");
  }
  SUBCASE("floor: yes")
  {
    const Loaded loaded = load(with_line(exercise_text("x"), "floor:", "floor: yes"));
    CHECK(loaded.errors == "c.yaml:5:8: error: x.floor: expected true or false, found \"yes\"\n");
  }
  SUBCASE("a level out of range")
  {
    const Loaded loaded = load(with_line(exercise_text("x"), "level:", "level: 6"));
    CHECK(loaded.errors == "c.yaml:11:8: error: x.level: 6 is out of range; expected a whole number from 1 to 5\n");
  }
  SUBCASE("dosage keys and values")
  {
    std::string text = exercise_text("x");
    text = with_line(text, "  reps:", "  rep: 10");
    text = with_line(text, "  side:", "  side: left");
    text = with_line(text, "  sets:", "  sets: 11");
    const Loaded loaded = load(text);
    CHECK(loaded.exercises.empty());
    CHECK(loaded.errors
          == "c.yaml:16:3: error: unknown key \"x.dosage.rep\"; did you mean \"reps\"?\n"
             "c.yaml:15:9: error: x.dosage.sets: 11 is out of range; expected a whole number from 0 to 10\n"
             "c.yaml:20:9: error: x.dosage.side: unknown value \"left\"; expected one of: each, both\n");
  }
  SUBCASE("variants that are not a list")
  {
    const Loaded loaded = load(exercise_text("x", "null", "null", "variants: y\n"));
    CHECK(loaded.errors == "c.yaml:26:11: error: x.variants: expected a list of exercise ids, found \"y\"\n");
  }
  SUBCASE("a document that is neither an exercise nor a list of them")
  {
    const Loaded loaded = load("just text\n");
    CHECK(loaded.errors == "c.yaml:1:1: error: exercise: expected a map of keys and values, found \"just text\"\n");
  }
}

TEST_CASE("regression and progression links")
{
  SUBCASE("a chain that agrees both ways is fine")
  {
    CHECK(link_errors({{"a.yaml", exercise_text("easy", "null", "hard")}, {"b.yaml", exercise_text("hard", "easy", "null")}})
            .empty());
  }
  SUBCASE("a dangling link, with and without a suggestion")
  {
    CHECK(link_errors({{"a.yaml", exercise_text("bridge", "wall-sit", "single-leg-brige")},
            {"b.yaml", exercise_text("single-leg-bridge", "bridge", "null")}})
          == "a.yaml:1:1: error: bridge.regression: no exercise has the id \"wall-sit\"\n"
             "a.yaml:1:1: error: bridge.progression: no exercise has the id \"single-leg-brige\"; did you mean "
             "\"single-leg-bridge\"?\n"
             "b.yaml:1:1: error: single-leg-bridge.regression is \"bridge\", but bridge.progression is "
             "\"single-leg-brige\"; the chain must agree both ways\n");
  }
  SUBCASE("a one-way link")
  {
    CHECK(link_errors({{"a.yaml", exercise_text("easy", "null", "hard")}, {"b.yaml", exercise_text("hard")}})
          == "a.yaml:1:1: error: easy.progression is \"hard\", but hard.regression is \"\"; the chain must agree both ways\n");
    CHECK(link_errors({{"a.yaml", exercise_text("easy")}, {"b.yaml", exercise_text("hard", "easy", "null")}})
          == "b.yaml:1:1: error: hard.regression is \"easy\", but easy.progression is \"\"; the chain must agree both ways\n");
  }
  SUBCASE("a variant that does not exist")
  {
    CHECK(link_errors({{"a.yaml", exercise_text("solo", "null", "null", "variants: [nowhere]\n")}})
          == "a.yaml:1:1: error: solo.variants: no exercise has the id \"nowhere\"\n");
  }
  SUBCASE("past a file's 50th error, dangling links are counted, not shown")
  {
    std::string variants = "variants: [";
    for (int i = 0; i < 60; ++i) {
      variants += (i > 0 ? ", " : "") + std::string("nowhere-") + std::to_string(i);
    }
    const std::string errors = link_errors({{"a.yaml", exercise_text("solo", "null", "null", variants + "]\n")}});
    CHECK(errors.find("a.yaml:1:1: error: solo.variants: no exercise has the id \"nowhere-0\"\n") == 0);
    CHECK(errors.find("\"nowhere-49\"\n") != std::string::npos);
    CHECK(errors.find("\"nowhere-50\"") == std::string::npos);
    CHECK(errors.substr(errors.rfind('\n', errors.size() - 2) + 1) == "ptplan: 10 more errors not shown\n");
  }
  SUBCASE("an exercise that names itself")
  {
    CHECK(link_errors({{"a.yaml", exercise_text("loop", "null", "loop")}})
          == "a.yaml:1:1: error: loop.progression: an exercise cannot refer to itself\n"
             "a.yaml:1:1: error: loop: its progression chain loops back to \"loop\"\n");
  }
  SUBCASE("a chain of three that loops")
  {
    CHECK(link_errors({{"a.yaml", exercise_text("a", "c", "b")}, {"b.yaml", exercise_text("b", "a", "c")},
            {"c.yaml", exercise_text("c", "b", "a")}})
          == "a.yaml:1:1: error: a: its progression chain loops back to \"a\"\n"
             "b.yaml:1:1: error: b: its progression chain loops back to \"b\"\n"
             "c.yaml:1:1: error: c: its progression chain loops back to \"c\"\n");
  }
  SUBCASE("a chain of two that loops, inside one file")
  {
    CHECK(link_errors({{"ab.yaml", as_item(exercise_text("a", "b", "b")) + as_item(exercise_text("b", "a", "a"))}})
          == "ab.yaml:1:3: error: a: its progression chain loops back to \"a\"\n"
             "ab.yaml:26:3: error: b: its progression chain loops back to \"b\"\n");
  }
}

TEST_CASE("an id used twice is reported with the first place it was defined")
{
  SUBCASE("across files")
  {
    CHECK(link_errors({{"one.yaml", exercise_text("bridge")}, {"two.yaml", exercise_text("bridge")}})
          == "two.yaml:1:1: error: duplicate exercise id \"bridge\" (first defined at one.yaml:1:1)\n");
  }
  SUBCASE("in one file")
  {
    CHECK(link_errors({{"one.yaml", as_item(exercise_text("bridge")) + as_item(exercise_text("bridge"))}})
          == "one.yaml:26:3: error: duplicate exercise id \"bridge\" (first defined at one.yaml:1:3)\n");
  }
}
