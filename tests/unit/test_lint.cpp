#include "ptplan/lint/catalog_lint.hpp"
#include "ptplan/lint/readability.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/render/templates.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace ptplan;

TEST_CASE("readability: syllables by vowel groups")
{
  CHECK(lint::syllables("cat") == 1);
  CHECK(lint::syllables("bridge") == 1); // silent final e
  CHECK(lint::syllables("table") == 2);  // -le keeps its syllable
  CHECK(lint::syllables("stretching") == 2);
  CHECK(lint::syllables("physiotherapy") == 5);
  CHECK(lint::syllables("pressed") == 1); // -ed after s is silent
  CHECK(lint::syllables("lifted") == 2);  // -ed after t is not
  CHECK(lint::syllables("30") == 1);
}

TEST_CASE("readability: sentences split at end marks and line breaks")
{
  const auto sentences = lint::sentences_of("Lie down. Bend your knees!\nBreathe out: slowly? Yes");
  REQUIRE(sentences.size() == 5);
  CHECK(sentences[0] == "Lie down.");
  CHECK(sentences[2] == "Breathe out:");
  CHECK(sentences[4] == "Yes");
  CHECK(lint::sentences_of("3.5 kg is fine.").size() == 1); // a decimal point is not an end
}

TEST_CASE("readability: Flesch-Kincaid grade")
{
  // 2 sentences, 8 words, 8 syllables: 0.39*4 + 11.8*1 - 15.59 = -2.23
  CHECK(lint::flesch_kincaid_grade("Lie on your back. Bend your knees up.") == doctest::Approx(-2.23).epsilon(0.001));
  CHECK(lint::flesch_kincaid_grade("") == 0.0);
  const std::string hard = "Posterior capsular mobilisation facilitates physiological arthrokinematic restoration "
                           "notwithstanding concomitant musculoskeletal symptomatology.";
  CHECK(lint::flesch_kincaid_grade(hard) > 20.0);
}

TEST_CASE("lint: the built-in catalog, rules and templates pass, at grade 8 or below")
{
  Diagnostics diagnostics;
  const auto knowledge = load::load_knowledge(load::builtin_knowledge_files(), diagnostics);
  REQUIRE(knowledge.has_value());
  lint::lint_knowledge(*knowledge, diagnostics);
  for (const auto& [name, source] : render::builtin_templates().templates) {
    lint::lint_template_readability(source, diagnostics);
  }
  CHECK_MESSAGE(diagnostics.empty(), diagnostics.format());
}

TEST_CASE("lint: hard patient text is reported with its hardest sentence")
{
  Diagnostics diagnostics;
  auto knowledge = load::load_knowledge(load::builtin_knowledge_files(), diagnostics);
  REQUIRE(knowledge.has_value());
  std::vector<model::Exercise> exercises = knowledge->catalog.exercises();
  REQUIRE(!exercises.empty());
  exercises.front().safety = "Discontinue immediately if experiencing radiating neurological symptomatology.";
  knowledge->catalog = model::Catalog(std::move(exercises));
  lint::lint_knowledge(*knowledge, diagnostics);
  REQUIRE(diagnostics.size() == 1);
  const auto& message = diagnostics.items().front().message;
  CHECK(message.find("the patient text: a sentence reads at grade") != std::string::npos);
  CHECK(message.find("\"Discontinue immediately if experiencing radiating neurological symptomatology.\"") != std::string::npos);
}

TEST_CASE("lint: a red flag without a referral rule and an exercise no rule lets through")
{
  Diagnostics diagnostics;
  auto knowledge = load::load_knowledge(load::builtin_knowledge_files(), diagnostics);
  REQUIRE(knowledge.has_value());
  knowledge->vocabulary.red_flags.add("new-flag", "a new warning sign");
  model::Rule always;
  always.id = "no-walking";
  always.when.op = model::Condition::Op::always;
  always.forbid.exercises = {"walking"};
  knowledge->rules.rules.push_back(always);
  lint::lint_knowledge(*knowledge, diagnostics);
  const std::string text = diagnostics.format();
  CHECK(text.find("red flag \"new-flag\" has no referral rule") != std::string::npos);
  CHECK(text.find("walking: no profile can reach it: rule no-walking always rules it out") != std::string::npos);
  CHECK(diagnostics.size() == 2);
}

// Issue 15, reproducer 8: deleting the osteoporosis rule from a catalog copy
// passed check, and the osteoporosis profile then got knee-to-chest.
TEST_CASE("lint: a precaution without a rule that restricts the plan fails")
{
  Diagnostics diagnostics;
  auto knowledge = load::load_knowledge(load::builtin_knowledge_files(), diagnostics);
  REQUIRE(knowledge.has_value());
  auto& rules = knowledge->rules.rules;
  const auto before = rules.size();
  rules.erase(
    std::remove_if(rules.begin(), rules.end(), [](const model::Rule& rule) { return rule.id == "osteoporosis"; }), rules.end());
  REQUIRE(rules.size() == before - 1);
  SUBCASE("the rule deleted")
  {
    lint::lint_knowledge(*knowledge, diagnostics);
    CHECK(diagnostics.format()
          == "rules.yaml: error: precaution \"osteoporosis\" has no rule that forbids, limits or doses anything when a profile "
             "has it\n");
  }
  SUBCASE("a rule that only adds a note, or that names it under not, is not enough")
  {
    model::Rule note;
    note.id = "osteoporosis-note";
    note.when.fact = "precautions";
    note.when.op = model::Condition::Op::contains;
    note.when.words = {"osteoporosis"};
    note.notes.push_back({"Take care and go slow.", "", {}, {}, {}, "", {}});
    rules.push_back(note);
    model::Rule others;
    others.id = "not-osteoporosis";
    others.when.op = model::Condition::Op::negate;
    others.when.children = {note.when};
    others.forbid.movements = {"impact"};
    rules.push_back(others);
    lint::lint_knowledge(*knowledge, diagnostics);
    CHECK(diagnostics.format().find("precaution \"osteoporosis\" has no rule") != std::string::npos);
    CHECK(diagnostics.size() == 1);
  }
}

// Issue 15, reproducer 2: a 30 KB template comment crashed check (regex).
TEST_CASE("lint: template text with a long comment, tag or markup is read in one pass")
{
  Diagnostics diagnostics;
  const std::string text = "{{!" + std::string(30000, 'x') + "}}\n<p " + std::string(30000, 'y') + ">\nLie on your back.\n";
  lint::lint_template_readability({"t.html.mustache", text}, diagnostics);
  lint::lint_template_readability({"t.markdown.mustache", "{{" + std::string(30000, '{')}, diagnostics);
  CHECK(diagnostics.empty());
}
