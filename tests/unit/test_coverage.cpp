// Coverage of the catalog: every condition alone, and every pair of
// precautions and limitations, must still give a balanced session
// (CLINICAL.md s.1-s.2):
//
//   - at least 4 exercises,
//   - at least one stretch or mobility exercise,
//   - at least 2 strength or functional exercises,
//   - a balance exercise when the patient is 65 or older or at risk of falls,
//   - an aerobic exercise,
//
// or, for each part that is missing, the plan's warnings tell the therapist
// why. The combinations that fall short are printed, so that the catalog can
// grow where it is thin. And every condition has at least 8 exercises it can
// use (k_min_usable).

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/engine/planner.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/profile_loader.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace {

namespace model = ptplan::model;
namespace engine = ptplan::engine;
namespace load = ptplan::load;
using Words = std::vector<std::string>;

const model::Knowledge& knowledge()
{
  static const model::Knowledge k_knowledge = [] {
    ptplan::Diagnostics diagnostics;
    auto loaded = load::load_knowledge(load::builtin_knowledge_files(), diagnostics);
    if (!loaded) {
      FAIL("the built-in knowledge base does not load:\n" << diagnostics.format());
    }
    return std::move(*loaded);
  }();
  return k_knowledge;
}

// CLINICAL.md s.8, written out so that a word dropped from the vocabulary
// is noticed here.
const Words k_conditions = {"nonspecific-low-back-pain", "sciatica", "disc-herniation", "lumbar-stenosis",
  "degenerative-disc-disease", "spondylolisthesis", "si-joint-pain", "piriformis-syndrome", "hip-osteoarthritis",
  "gluteal-tendinopathy", "hip-replacement", "back-strain", "hip-strain", "postural-pain", "deconditioning", "fibromyalgia",
  "spondylolysis", "pelvic-girdle-pain", "postpartum"};
const Words k_precautions = {"hip-replacement-posterior", "hip-replacement-anterior", "osteoporosis", "pregnancy", "fall-risk",
  "hypermobility", "recent-surgery"};
const Words k_limitations = {"no-floor", "no-kneeling", "no-prone", "no-supine", "no-standing"};

bool has(const Words& words, const std::string& word)
{
  return std::find(words.begin(), words.end(), word) != words.end();
}

struct Combination
{
  std::string label;
  int age = 45;
  Words conditions = {"nonspecific-low-back-pain"};
  Words precautions;
  Words limitations;
  std::optional<Words> equipment; // household items when not given
  int minutes = 20;
};

std::string to_yaml(const Combination& c)
{
  std::string yaml = fmt::format(
    "patient:\n  name: Coverage Check\n  age: {}\nconditions: [{}]\npain:\n  current: 4\n", c.age, fmt::join(c.conditions, ", "));
  if (!c.precautions.empty()) {
    yaml += fmt::format("precautions: [{}]\n", fmt::join(c.precautions, ", "));
  }
  if (has(c.precautions, "pregnancy")) {
    yaml += "pregnancy: { weeks: 26 }\n";
  }
  if (!c.limitations.empty()) {
    yaml += fmt::format("limitations: [{}]\n", fmt::join(c.limitations, ", "));
  }
  if (c.equipment) {
    yaml += fmt::format("equipment: [{}]\n", fmt::join(*c.equipment, ", "));
  }
  if (c.minutes != 20) {
    yaml += fmt::format("schedule:\n  minutes_per_session: {}\n", c.minutes);
  }
  // Defaults otherwise: every day, 20 minutes.
  return yaml;
}

struct Shortfall
{
  std::string part;
  std::string warning_word; // a word the warning for it must contain
};

struct Result
{
  std::string label;
  std::vector<Shortfall> shortfalls;
  Words warnings;
  Words exercises;
};

Result check_balanced(const Combination& c)
{
  ptplan::Diagnostics diagnostics;
  const auto profile = load::load_profile({c.label + ".yaml", to_yaml(c)}, knowledge().vocabulary, diagnostics);
  REQUIRE_MESSAGE(profile.has_value(), c.label << ": " << diagnostics.format());
  const model::PlanOrReferral outcome = engine::make_plan(knowledge(), *profile, 1);
  REQUIRE_MESSAGE(std::holds_alternative<model::Plan>(outcome), c.label << ": a referral without red flags");
  const auto& plan = std::get<model::Plan>(outcome);

  const auto count = [&](std::initializer_list<const char*> categories) {
    return std::count_if(plan.exercises.begin(), plan.exercises.end(), [&](const model::PlannedExercise& item) {
      return std::any_of(
        categories.begin(), categories.end(), [&](const char* cat) { return model::word_of(item.exercise->category) == cat; });
    });
  };
  Result result{c.label, {}, plan.warnings, {}};
  for (const auto& item : plan.exercises) {
    result.exercises.push_back(item.exercise->id);
  }
  if (plan.exercises.size() < 4) {
    result.shortfalls.push_back({fmt::format("{} exercises (4-8)", plan.exercises.size()), "exercises"});
  }
  if (count({"stretch", "mobility"}) < 1) {
    result.shortfalls.push_back({"no stretch or mobility", "stretch or mobility"});
  }
  if (count({"strength", "functional"}) < 2) {
    result.shortfalls.push_back({fmt::format("{} strength or functional (>= 2)", count({"strength", "functional"})), "strength"});
  }
  if ((c.age >= 65 || has(c.precautions, "fall-risk")) && count({"balance"}) < 1) {
    result.shortfalls.push_back({"no balance for an older or falls-risk patient", "alance"});
  }
  if (count({"aerobic"}) < 1) {
    result.shortfalls.push_back({"no aerobic", "aerobic"});
  }
  return result;
}

bool warned(const Result& result, const Shortfall& shortfall)
{
  return std::any_of(result.warnings.begin(), result.warnings.end(),
    [&](const std::string& w) { return w.find(shortfall.warning_word) != std::string::npos; });
}

// Runs every combination; prints the ones that fall short; checks that each
// shortfall has a warning. Returns how many fell short.
int run(const std::vector<Combination>& combinations)
{
  int short_count = 0;
  std::string listing;
  for (const auto& c : combinations) {
    const Result result = check_balanced(c);
    if (result.shortfalls.empty()) {
      continue;
    }
    ++short_count;
    listing += fmt::format("  {}: ", result.label);
    for (const auto& shortfall : result.shortfalls) {
      listing += fmt::format("{}{}; ", shortfall.part, warned(result, shortfall) ? "" : " [NO WARNING]");
      CHECK_MESSAGE(warned(result, shortfall), result.label << ": " << shortfall.part << " and no warning says why; plan: ["
                                                            << fmt::format("{}", fmt::join(result.exercises, ", "))
                                                            << "]; warnings: ["
                                                            << fmt::format("{}", fmt::join(result.warnings, " | ")) << "]");
    }
    listing += fmt::format("plan [{}]\n", fmt::join(result.exercises, ", "));
  }
  MESSAGE(fmt::format("{} of {} combinations fall short of a balanced session:\n{}", short_count, combinations.size(), listing));
  return short_count;
}

// A realistic patient for a precaution: a hip replacement with its approach
// comes with the hip-replacement condition; pregnancy at 26 weeks at 31.
Combination combination(const Words& items, int age, std::optional<Words> equipment = std::nullopt)
{
  Combination c;
  c.age = age;
  c.equipment = equipment;
  for (const auto& item : items) {
    if (has(k_limitations, item)) {
      c.limitations.push_back(item);
    } else {
      c.precautions.push_back(item);
    }
    if ((item == "hip-replacement-posterior" || item == "hip-replacement-anterior") && !has(c.conditions, "hip-replacement")) {
      c.conditions.push_back("hip-replacement");
    }
    if (item == "pregnancy") {
      c.age = 31;
    }
  }
  c.label = fmt::format("age {} + {}{}", c.age, fmt::join(items, " + "),
    equipment ? fmt::format(" (equipment: {})", fmt::join(*equipment, ", ")) : "");
  return c;
}

} // namespace

TEST_CASE("coverage: every condition alone gives a balanced plan or says why")
{
  std::vector<Combination> combinations;
  for (const int age : {45, 72}) {
    for (const auto& condition : k_conditions) {
      Combination c;
      c.age = age;
      c.conditions = {condition};
      c.label = fmt::format("age {} + {}", age, condition);
      combinations.push_back(c);
    }
  }
  REQUIRE(combinations.size() == 2 * k_conditions.size());
  const int short_count = run(combinations);
  // A single condition with household equipment and 20 minutes a day is the
  // common case: the catalog should cover it without excuses.
  CHECK(short_count == 0);
}

std::vector<Combination> pairs(int age, std::optional<Words> equipment)
{
  Words items = k_precautions;
  items.insert(items.end(), k_limitations.begin(), k_limitations.end());
  std::vector<Combination> combinations;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (age >= 65 && items[i] == "pregnancy") {
      continue; // pregnancy runs at 31 only
    }
    combinations.push_back(combination({items[i]}, age, equipment));
    for (std::size_t j = i + 1; j < items.size(); ++j) {
      if (items[i].starts_with("hip-replacement-") && items[j].starts_with("hip-replacement-")) {
        continue; // one hip, one approach
      }
      if (age >= 65 && items[j] == "pregnancy") {
        continue;
      }
      combinations.push_back(combination({items[i], items[j]}, age, equipment));
    }
  }
  return combinations;
}

TEST_CASE("coverage: every pair of precautions and limitations gives a balanced plan or says why")
{
  SUBCASE("household equipment")
  {
    std::vector<Combination> combinations = pairs(45, std::nullopt);
    const auto older = pairs(72, std::nullopt);
    combinations.insert(combinations.end(), older.begin(), older.end());
    // 12 singles + 65 pairs at 45; 11 singles + 54 pairs at 72 (no pregnancy).
    REQUIRE(combinations.size() == 12 + 65 + 11 + 54);
    run(combinations);
  }
  SUBCASE("only a chair at home")
  {
    std::vector<Combination> combinations = pairs(45, Words{"chair"});
    const auto older = pairs(72, Words{"chair"});
    combinations.insert(combinations.end(), older.begin(), older.end());
    run(combinations);
  }
}

TEST_CASE("coverage: the balance check notices a short plan and its warnings")
{
  // Five minutes a session cannot hold a balanced plan: the check must see
  // the shortfall, and the engine must say why.
  Combination c = combination({"fall-risk", "no-floor"}, 80, Words{"chair"});
  c.minutes = 5;
  c.label += ", 5 minutes";
  const Result result = check_balanced(c);
  CHECK_FALSE(result.shortfalls.empty());
  CHECK(run({c}) == 1);
}

namespace {

// An exercise "can be used" for a condition when it lists the condition and
// no rule that fires on that condition rules it out.
constexpr std::size_t k_min_usable = 8;

// The condition's own rules: those whose `when` asks, outside any `not`,
// whether the profile's conditions contain it.
bool mentions_condition(const model::Condition& when, const std::string& condition)
{
  if (when.op == model::Condition::Op::negate) {
    return false;
  }
  if (when.fact == "conditions" && has(when.words, condition)) {
    return true;
  }
  return std::any_of(when.children.begin(), when.children.end(),
    [&](const model::Condition& child) { return mentions_condition(child, condition); });
}

bool any_shared(const Words& a, const Words& b)
{
  return std::any_of(a.begin(), a.end(), [&](const std::string& word) { return has(b, word); });
}

bool forbids(const model::Forbid& f, const model::Exercise& e)
{
  return any_shared(e.movements, f.movements) || has(f.positions, e.position) || any_shared(e.equipment, f.equipment)
         || has(f.categories, std::string(model::word_of(e.category))) || has(f.exercises, e.id)
         || any_shared(e.muscle_groups, f.muscle_groups) || (f.floor && e.floor);
}

Words usable_for(const std::string& condition)
{
  Words usable;
  for (const auto& e : knowledge().catalog.exercises()) {
    if (!has(e.conditions, condition) || e.clinic_only) {
      continue;
    }
    const auto& rules = knowledge().rules.rules;
    const bool ruled_out = std::any_of(rules.begin(), rules.end(),
      [&](const model::Rule& rule) { return mentions_condition(rule.when, condition) && forbids(rule.forbid, e); });
    if (!ruled_out) {
      usable.push_back(e.id);
    }
  }
  return usable;
}

} // namespace

TEST_CASE("coverage: every condition in the vocabulary has at least 8 exercises it can use")
{
  // The written-out list and the vocabulary agree, so no condition is missed.
  CHECK(knowledge().vocabulary.conditions.ids() == k_conditions);
  std::string listing;
  for (const auto& condition : knowledge().vocabulary.conditions.ids()) {
    const Words usable = usable_for(condition);
    listing += fmt::format("  {}: {}\n", condition, usable.size());
    CHECK_MESSAGE(usable.size() >= k_min_usable,
      condition << " has only " << usable.size() << " usable exercises: [" << fmt::format("{}", fmt::join(usable, ", ")) << "]");
  }
  MESSAGE("usable exercises per condition:\n" << listing);
}

TEST_CASE("coverage: the usable count leaves out what the condition's own rules forbid")
{
  // The clamshell is done lying on the side, which the gluteal-tendinopathy
  // rule forbids: it could never count for that condition.
  const model::Exercise* clamshell = knowledge().catalog.find("clamshell");
  REQUIRE(clamshell != nullptr);
  const auto& rules = knowledge().rules.rules;
  const bool ruled_out = std::any_of(rules.begin(), rules.end(), [&](const model::Rule& rule) {
    return mentions_condition(rule.when, "gluteal-tendinopathy") && forbids(rule.forbid, *clamshell);
  });
  CHECK(ruled_out);
  // A rule that asks "not lumbar-stenosis" is not lumbar stenosis's own rule.
  model::Condition negated;
  negated.op = model::Condition::Op::negate;
  negated.children.push_back({model::Condition::Op::contains, "conditions", {"lumbar-stenosis"}, 0, true, {}, {}});
  CHECK_FALSE(mentions_condition(negated, "lumbar-stenosis"));
  CHECK(mentions_condition(negated.children.front(), "lumbar-stenosis"));
}
