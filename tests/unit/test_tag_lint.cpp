// The movement-tag lint (lint/tag_lint.hpp): patient text that names a
// movement must come with the tag for it, negated text must not count, and
// the error must point at the step.

#include "ptplan/lint/tag_lint.hpp"
#include "ptplan/load/catalog_loader.hpp"
#include "ptplan/load/movement_cues_loader.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

using namespace ptplan;

namespace {

using Words = std::vector<std::string>;

// A small table for the matching rules, independent of the shipped one.
model::MovementCues small_table()
{
  model::MovementCues cues;
  cues.language = "en";
  cues.negators = {"not", "don't", "never"};
  cues.clause_breaks = {"then"};
  cues.skip_sentences = {"keep ... straight"};
  cues.cues = {
    {{"spinal-flexion-repeated"}, {"round your back", "knee ... toward your chest"}, {}},
    {{"spinal-extension-end-range"}, {"arch"}, {}},
  };
  return cues;
}

Words matched(const model::MovementCues& cues, const std::string& text)
{
  Words out;
  for (const auto& match : lint::find_movement_cues(cues, text)) {
    out.push_back(match.words);
  }
  return out;
}

// The lint's messages for one exercise written as YAML (the shipped table).
std::string lint_errors(const std::string& yaml)
{
  Diagnostics diagnostics;
  std::vector<model::Exercise> exercises;
  load::load_exercises({"x.yaml", yaml}, test::builtin_knowledge().vocabulary, exercises, diagnostics);
  REQUIRE_MESSAGE(diagnostics.empty(), diagnostics.format());
  model::Knowledge knowledge;
  knowledge.cues = test::builtin_knowledge().cues;
  knowledge.set_catalog(model::Catalog(std::move(exercises)));
  lint::lint_movement_tags(knowledge, diagnostics);
  return diagnostics.format();
}

// One exercise with the given movement tags and steps, everything else plain.
std::string exercise_yaml(const std::string& movements, const Words& steps, const std::string& safety = "Stop if it hurts.")
{
  std::string yaml = "id: test-move\nname: Test move\ncategory: mobility\nposition: seated\nfloor: false\n"
                     "equipment: [chair]\nmovements: "
                     + movements
                     + "\nconditions: [nonspecific-low-back-pain]\nlevel: 1\n"
                       "dosage: { sets: 1, reps: 10 }\npurpose: Helps your back.\nsteps:\n";
  for (const auto& step : steps) {
    yaml += "  - " + step + "\n";
  }
  return yaml + "safety: " + safety + "\n";
}

} // namespace

TEST_CASE("tag lint: phrases match word by word, with gaps, ignoring case and punctuation")
{
  const auto cues = small_table();
  CHECK(matched(cues, "Slowly round your back up like a cat.") == Words{"round your back"});
  CHECK(matched(cues, "ROUND YOUR BACK!") == Words{"ROUND YOUR BACK"});
  CHECK(matched(cues, "Gently pull that knee toward your chest.") == Words{"knee toward your chest"});
  CHECK(matched(cues, "Pull your left knee up toward your chest.") == Words{"knee up toward your chest"});
  // Whole words only, and no gap longer than three words.
  CHECK(matched(cues, "Keep the archway clear.").empty());
  CHECK(matched(cues, "Bend one knee and then slowly bring your hands toward your chest.").empty());
  // Never across a sentence end.
  CHECK(matched(cues, "Bend your knee. Toward your chest is the cushion.").empty());
  // One match per cue, in the order of the table.
  CHECK(matched(cues, "Arch your back. Round your back. Arch again.") == Words{"Round your back", "Arch"});
}

TEST_CASE("tag lint: negated text does not count")
{
  const auto cues = small_table();
  SUBCASE("a negator before the phrase in the same clause")
  {
    CHECK(matched(cues, "Do not arch your back.").empty());
    CHECK(matched(cues, "Don't round your back.").empty());
    CHECK(matched(cues, "Don\u2019t round your back.").empty()); // a curly apostrophe
    CHECK(matched(cues, "Never arch.").empty());
    CHECK(matched(cues, "Keep your knees above your hips, your knee not toward your chest.").empty());
    CHECK(matched(cues, "Keep your belly firm so your back does not arch.").empty());
  }
  SUBCASE("a skipped sentence")
  {
    CHECK(matched(cues, "Keep your back straight and round your back.").empty());
    CHECK(matched(cues, "Keep your back straight. Round your back.") == Words{"Round your back"});
  }
  SUBCASE("a negation ends at its clause and sentence")
  {
    CHECK(matched(cues, "Do not twist, then arch your back.") == Words{"arch"});
    CHECK(matched(cues, "Do not twist, arch or round your back.").empty()); // a list stays negated
    CHECK(matched(cues, "Do not twist. Arch your back.") == Words{"Arch"});
    // A negator after the phrase negates nothing.
    CHECK(matched(cues, "Arch your back, not your neck.") == Words{"Arch"});
  }
}

TEST_CASE("tag lint: each kind of mismatch in the shipped table names the tag it needs")
{
  struct Case
  {
    std::string step;
    std::string needs;
  };
  const std::vector<Case> cases = {
    {"Gently round your back a little.", "spinal-flexion-end-range, spinal-flexion-loaded"},
    {"Gently pull that knee toward your chest.", "spinal-flexion-sustained, spinal-flexion-repeated"},
    {"Slowly bend forward between your knees.", "spinal-flexion-repeated"},
    {"Do three sit-ups.", "the movement tag spinal-flexion-loaded"},
    {"Arch your back gently.", "spinal-extension-end-range, spinal-extension-sustained"},
    {"Twist your body to one side.", "the movement tag spinal-rotation-end-range"},
    {"Let both knees drop to one side.", "hip-internal-rotation, hip-external-rotation"},
    {"Cross one ankle over the other knee.", "the movement tag hip-adduction-past-midline"},
    {"Bring one knee up toward your chest.", "the movement tag hip-flexion-past-90"},
    {"Step one foot back.", "the movement tag hip-extension-past-neutral"},
    {"Lie on your side on the bed.", "the movement tag lateral-hip-compression"},
    {"Jump up and down.", "the movement tag impact"},
    {"Stand on one leg without holding on.", "the movement tag balance-unsupported"},
    {"Hold when you feel a stretch.", "the movement tag end-range-stretch"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.step);
    const std::string errors = lint_errors(exercise_yaml("[]", {"Sit tall in a chair.", c.step}));
    CHECK(errors.find("test-move: step 2 says") != std::string::npos);
    CHECK(errors.find(c.needs) != std::string::npos);
  }
}

TEST_CASE("tag lint: the error names the file, line and column of the step")
{
  const std::string yaml = exercise_yaml("[]", {"Sit tall in a chair.", "Gently round your back a little.", "\"Then arch it.\""});
  const std::string errors = lint_errors(yaml);
  // The steps start on line 13; a quoted step's text starts one past its quote.
  CHECK(errors.find("x.yaml:14:5: error: test-move: step 2 says \"round your back\" (\"round your back\" in "
                    "movement_cues.yaml), which needs one of the movement tags spinal-flexion-end-range, "
                    "spinal-flexion-loaded, spinal-flexion-sustained, spinal-flexion-repeated; add the tag that is true, "
                    "or change the words\n")
        != std::string::npos);
  CHECK(errors.find("x.yaml:15:6: error: test-move: step 3 says \"arch\"") != std::string::npos);
}

TEST_CASE("tag lint: the right tag, or negated text, passes")
{
  CHECK(lint_errors(exercise_yaml("[spinal-flexion-repeated]", {"Gently round your back a little."})).empty());
  CHECK(lint_errors(exercise_yaml("[spinal-extension-sustained]", {"Arch your back gently."})).empty());
  CHECK(lint_errors(exercise_yaml("[]", {"Sit tall.", "Keep your back straight, not rounded."},
                      "Do not arch, twist or round your back. Never cross your legs."))
          .empty());
  // The purpose and the safety line are read too.
  const std::string errors = lint_errors(exercise_yaml("[]", {"Sit tall."}, "Arch your back if it helps."));
  CHECK(errors.find("test-move: the safety line says \"Arch\"") != std::string::npos);
}

TEST_CASE("tag lint: a knowledge base without a phrase table is not checked")
{
  model::Knowledge knowledge = test::builtin_knowledge();
  std::vector<model::Exercise> exercises = knowledge.catalog.exercises();
  exercises.front().steps.push_back("Round your back and arch it and twist.");
  exercises.front().movements.clear();
  knowledge.set_catalog(model::Catalog(std::move(exercises)));
  Diagnostics with_table;
  lint::lint_movement_tags(knowledge, with_table);
  CHECK_FALSE(with_table.empty());
  knowledge.cues = {};
  Diagnostics without_table;
  lint::lint_movement_tags(knowledge, without_table);
  CHECK(without_table.empty());
}

TEST_CASE("tag lint: the phrase table is checked when it loads")
{
  const auto& vocabulary = test::builtin_knowledge().vocabulary;
  const auto errors_of = [&](const std::string& yaml) {
    Diagnostics diagnostics;
    const auto cues = load::load_movement_cues({"cues.yaml", yaml}, vocabulary, diagnostics);
    CHECK(cues.has_value() == diagnostics.empty());
    return diagnostics.format();
  };
  CHECK(errors_of("language: en\ncues:\n  - needs: [impact]\n    phrases: [jump]\n").empty());
  CHECK(errors_of("language: en\ncues:\n  - needs: [impactt]\n    phrases: [jump]\n").find("did you mean \"impact\"")
        != std::string::npos);
  CHECK(errors_of("language: en\ncues:\n  - needs: [impact]\n    phrases: [\"Jump\"]\n")
        == "cues.yaml:4:15: error: cues[1].phrases: \"Jump\" is not a phrase of lower-case words separated by single spaces "
           "(\"...\" only between two words)\n");
  CHECK(errors_of("language: en\ncues:\n  - needs: [impact]\n    phrases: [\"... jump\"]\n").find("is not a phrase")
        != std::string::npos);
  CHECK(errors_of("language: en\ncues:\n  - needs: []\n    phrases: [jump]\n").find("expected at least one movement tag")
        != std::string::npos);
  CHECK(errors_of("language: en\ncue: []\n").find("cue") != std::string::npos);
}

TEST_CASE("tag lint: the shipped table names only known tags and every kind of movement")
{
  const auto& knowledge = test::builtin_knowledge();
  REQUIRE(!knowledge.cues.cues.empty());
  CHECK(knowledge.cues.language == "en");
  std::set<std::string> needed;
  for (const auto& cue : knowledge.cues.cues) {
    needed.insert(cue.needs.begin(), cue.needs.end());
  }
  for (const auto& tag : knowledge.vocabulary.movements.ids()) {
    CHECK_MESSAGE(needed.contains(tag), tag << " has no phrase in movement_cues.yaml");
  }
}

TEST_CASE("tag lint: any text is read without trouble")
{
  const auto& cues = test::builtin_knowledge().cues;
  // Odd bytes, a cut UTF-8 character, punctuation only, digits, and a long
  // text with a phrase at the very end.
  std::string long_text(100000, 'a');
  long_text += " round your back";
  for (const std::string& text : {std::string(), std::string("\xe2\x80"), std::string("\xff\xfe round"), std::string(",,,...;;"),
         std::string("3.5.6.7"), std::string("- - -cross-"), std::string("don\xe2\x80\x99"), long_text}) {
    CAPTURE(text.size());
    const auto matches = lint::find_movement_cues(cues, text);
    CHECK(matches.size() <= cues.cues.size());
  }
  CHECK(lint::find_movement_cues(cues, long_text).size() == 1);
}
