// Property test of the safety guarantees (SPEC.md "Guarantees").
//
// 10,000 realistic profiles are generated from a fixed seed and planned with
// the built-in knowledge base. Every plan is checked against an oracle that
// is written here, straight from CLINICAL.md, and shares nothing with
// exercises/rules.yaml or the engine:
//
//   - s.5 (and s.3/s.4): no planned exercise carries a forbidden movement tag
//     or position, or is one of the "typical exercises removed";
//   - no floor exercise under no-floor; no equipment the patient lacks; no
//     clinic-only modality;
//   - s.2: every dose is inside the bounds for its category, with the
//     high-irritability and older-adult modifiers;
//   - s.2: strength and functional work never on consecutive days
//     (Sunday-Monday counts) for the same main muscle group, and only split
//     over two days in a row when no other days are free; each day fits
//     minutes_per_session;
//   - s.6: a referral happens exactly when an uncleared red flag is present,
//     with the urgency of the flag's group.
//
// Random numbers come from std::mt19937 (its output sequence is fixed by the
// standard) through the integer mapping below, never through the standard
// distributions (their output is implementation-defined), so every platform
// generates the same profiles. A failure prints the profile index and the
// profile as YAML: save it and run `ptplan plan FILE --week N` to reproduce.

#include "ptplan/core/date.hpp"
#include "ptplan/core/diagnostics.hpp"
#include "ptplan/engine/planner.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/profile_loader.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace {

namespace model = ptplan::model;
namespace engine = ptplan::engine;
namespace load = ptplan::load;
using ptplan::Date;
using ptplan::Weekday;
using Words = std::vector<std::string>;

constexpr std::uint32_t k_base_seed = 20261207u;
constexpr int k_profile_count = 10000;
constexpr std::size_t k_failures_printed = 8;

// ---------------------------------------------------------------------------
// Knowledge base
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Deterministic random numbers
// ---------------------------------------------------------------------------

class Random
{
public:
  explicit Random(std::uint32_t seed) : m_engine(seed) {}

  // Uniform in [lo, hi], by rejection so that no value is favoured.
  int between(int lo, int hi)
  {
    const std::uint64_t range = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo) + 1;
    const std::uint64_t limit = ((std::uint64_t{1} << 32) / range) * range;
    std::uint64_t draw = 0;
    do {
      draw = m_engine();
    } while (draw >= limit);
    return lo + static_cast<int>(draw % range);
  }

  bool percent(int chance) { return between(0, 99) < chance; }

  const std::string& pick(const Words& words)
  {
    return words[static_cast<std::size_t>(between(0, static_cast<int>(words.size()) - 1))];
  }

  // `count` different words, in random order.
  Words choose(Words words, int count)
  {
    for (int i = 0; i < count; ++i) {
      const int j = between(i, static_cast<int>(words.size()) - 1);
      std::swap(words[static_cast<std::size_t>(i)], words[static_cast<std::size_t>(j)]);
    }
    words.resize(static_cast<std::size_t>(count));
    return words;
  }

  // Each word kept with the given chance, in the original order.
  Words subset(const Words& words, int chance)
  {
    Words result;
    for (const auto& word : words) {
      if (percent(chance)) {
        result.push_back(word);
      }
    }
    return result;
  }

private:
  std::mt19937 m_engine;
};

// ---------------------------------------------------------------------------
// Vocabulary (CLINICAL.md s.8), written out here on purpose
// ---------------------------------------------------------------------------

const Words k_conditions = {"nonspecific-low-back-pain", "sciatica", "disc-herniation", "lumbar-stenosis",
  "degenerative-disc-disease", "spondylolisthesis", "si-joint-pain", "piriformis-syndrome", "hip-osteoarthritis",
  "gluteal-tendinopathy", "hip-replacement", "back-strain", "hip-strain", "postural-pain", "deconditioning", "fibromyalgia"};
const Words k_limitations = {"no-floor", "no-kneeling", "no-prone", "no-supine", "no-standing"};
const Words k_movements = {"hip-flexion-past-90", "hip-adduction-past-midline", "hip-internal-rotation", "hip-external-rotation",
  "hip-extension-past-neutral", "lateral-hip-compression", "spinal-flexion-end-range", "spinal-flexion-loaded",
  "spinal-flexion-sustained", "spinal-extension-end-range", "spinal-extension-sustained", "spinal-rotation-end-range", "impact",
  "balance-unsupported", "end-range-stretch"};
const Words k_equipment = {
  "none", "chair", "wall", "counter", "band", "step", "ball", "foam-roller", "towel", "pillow", "bed", "bike", "pool"};
// What "equipment not given" means: ordinary household items (no band, step,
// bike, pool...). Written here so that a change of the default is noticed.
const Words k_household = {"none", "chair", "wall", "counter", "bed", "pillow", "towel"};

// CLINICAL.md s.6, by group.
const Words k_cauda_equina = {
  "bladder-dysfunction", "bowel-dysfunction", "saddle-numbness", "bilateral-leg-weakness", "sexual-dysfunction"};
const Words k_pregnancy_signs_any = {"chest-pain", "calf-swelling", "dizziness"};
const Words k_pregnancy_signs_only = {"vaginal-bleeding", "amniotic-fluid-leak", "regular-contractions"};
const Words k_urgent_flags = {"progressive-weakness", "major-trauma", "trauma-with-osteoporosis", "cancer-history",
  "unexplained-weight-loss", "constant-night-pain", "fever", "iv-drug-use", "immunosuppression", "unable-to-bear-weight"};
const Words k_hip_flags = {"hot-swollen-joint", "unable-to-bear-weight"};

bool has(const Words& words, const std::string& word)
{
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool has_day(const std::vector<Weekday>& days, Weekday day)
{
  return std::find(days.begin(), days.end(), day) != days.end();
}

std::string join(const Words& words)
{
  return fmt::format("[{}]", fmt::join(words, ", "));
}

// ---------------------------------------------------------------------------
// Profile generation
// ---------------------------------------------------------------------------

struct Generated
{
  model::Profile profile;
  int week = 1;
  std::string yaml;
};

const Date k_anchor = Date::from_ymd(2026, 1, 5);

std::vector<Weekday> all_days()
{
  return {Weekday::mon, Weekday::tue, Weekday::wed, Weekday::thu, Weekday::fri, Weekday::sat, Weekday::sun};
}

std::string to_yaml(const model::Profile& p)
{
  std::string y;
  y += fmt::format("patient:\n  name: \"{}\"\n  age: {}\n", p.name, p.age);
  y += fmt::format("conditions: {}\n", join(p.conditions));
  if (p.side) {
    y += fmt::format("side: {}\n", model::word_of(*p.side));
  }
  y += fmt::format("pain:\n  current: {}\n", p.pain_current);
  if (p.irritability) {
    y += fmt::format("  irritability: {}\n", model::word_of(*p.irritability));
  }
  if (p.stage) {
    y += fmt::format("  stage: {}\n", model::word_of(*p.stage));
  }
  if (p.directional_preference) {
    y += fmt::format("  directional_preference: {}\n", model::word_of(*p.directional_preference));
  }
  if (!p.precautions.empty()) {
    y += fmt::format("precautions: {}\n", join(p.precautions));
  }
  if (p.surgery) {
    y += "surgery:\n";
    if (p.surgery->date) {
      y += fmt::format("  date: {}\n", p.surgery->date->iso());
    }
    if (p.surgery->restrictions) {
      y += fmt::format("  restrictions: {}\n", join(*p.surgery->restrictions));
    }
    if (!p.surgery->date && !p.surgery->restrictions) {
      y.pop_back();
      y += " {}\n";
    }
  }
  if (p.pregnancy_weeks) {
    y += fmt::format("pregnancy: {{ weeks: {} }}\n", *p.pregnancy_weeks);
  }
  if (!p.red_flags.empty()) {
    y += fmt::format("red_flags: {}\n", join(p.red_flags));
  }
  if (p.clearance) {
    y += fmt::format("clearance:\n  by: \"{}\"\n  date: {}\n", p.clearance->by, p.clearance->date->iso());
    if (p.clearance->flags) {
      y += fmt::format("  flags: {}\n", join(*p.clearance->flags));
    }
  }
  if (!p.limitations.empty()) {
    y += fmt::format("limitations: {}\n", join(p.limitations));
  }
  if (p.equipment) {
    y += fmt::format("equipment: {}\n", join(*p.equipment));
  }
  Words days;
  for (const auto day : p.schedule.days) {
    days.emplace_back(ptplan::weekday_id(day));
  }
  y += fmt::format("schedule:\n  days: {}\n  minutes_per_session: {}\n  clinic_visits_per_week: {}\n", join(days),
    p.schedule.minutes_per_session, p.schedule.clinic_visits_per_week);
  if (p.start_back) {
    Words answers;
    for (const int item : p.start_back->items) {
      answers.push_back(std::to_string(item));
    }
    answers.push_back(p.start_back->bothersome);
    y += fmt::format("start_back: {}\n", join(answers));
  }
  if (p.plan_start || p.plan_weeks) {
    y += "plan:\n";
    if (p.plan_start) {
      y += fmt::format("  start: {}\n", p.plan_start->iso());
    }
    if (p.plan_weeks) {
      y += fmt::format("  weeks: {}\n", *p.plan_weeks);
    }
  }
  if (!p.progress.empty()) {
    y += "progress:\n";
    for (const auto& report : p.progress) {
      y += fmt::format("  - week: {}\n    sessions_done: {}\n    pain_during: {}\n    pain_next_day: {}\n", report.week,
        report.sessions_done, report.pain_during, report.pain_next_day);
      if (!report.symptoms.empty()) {
        y += fmt::format("    symptoms: {}\n", report.symptoms);
      }
      if (!report.exercises.empty()) {
        y += "    exercises:\n";
        for (const auto& e : report.exercises) {
          y += fmt::format("      {}: {{ pain: {}, difficulty: {}, symptoms: {} }}\n", e.id, *e.pain, e.difficulty, e.symptoms);
        }
      }
    }
  }
  return y;
}

Generated generate(int index)
{
  Random r(k_base_seed + static_cast<std::uint32_t>(index));
  Generated g;
  model::Profile& p = g.profile;
  p.name = fmt::format("Generated {}", index);
  // Mostly adults, with the whole legal range covered.
  p.age = r.percent(20) ? r.between(12, 110) : r.between(25, 88);
  const bool older = p.age >= 65;
  const bool can_be_pregnant = p.age >= 16 && p.age <= 46;

  // Precautions first: some of them bring a condition with them.
  const int approach = r.percent(16) ? r.between(0, 2) : -1; // 0 posterior, 1 anterior, 2 approach not given
  if (approach == 0) {
    p.precautions.push_back("hip-replacement-posterior");
  } else if (approach == 1) {
    p.precautions.push_back("hip-replacement-anterior");
  }
  if (r.percent(older ? 30 : 8)) {
    p.precautions.push_back("osteoporosis");
  }
  const bool pregnant = can_be_pregnant && r.percent(12);
  if (pregnant && r.percent(90)) {
    p.precautions.push_back("pregnancy");
  }
  if (r.percent(older ? 35 : 6)) {
    p.precautions.push_back("fall-risk");
  }
  if (r.percent(p.age < 45 ? 12 : 4)) {
    p.precautions.push_back("hypermobility");
  }
  if (r.percent(approach >= 0 ? 60 : 6)) {
    p.precautions.push_back("recent-surgery");
  }
  if (r.percent(50)) {
    std::reverse(p.precautions.begin(), p.precautions.end());
  }

  Words conditions = r.choose(k_conditions, r.between(1, 3));
  if (approach >= 0 && !has(conditions, "hip-replacement") && r.percent(90)) {
    conditions.insert(conditions.begin(), "hip-replacement");
    if (conditions.size() > 3) {
      conditions.pop_back();
    }
  }
  p.conditions = conditions;
  p.side = r.percent(40) ? std::nullopt : model::enum_from_word<model::Side>(r.pick({"left", "right", "both"}));

  p.pain_current = r.between(0, 10);
  p.irritability = r.percent(50) ? std::nullopt : model::enum_from_word<model::Irritability>(r.pick({"high", "moderate", "low"}));
  p.stage = r.percent(25) ? std::nullopt : model::enum_from_word<model::Stage>(r.pick({"acute", "subacute", "chronic"}));
  p.directional_preference =
    r.percent(35) ? std::nullopt : model::enum_from_word<model::DirectionalPreference>(r.pick({"flexion", "extension", "none"}));

  // The plan start: dated plans make surgery and pregnancy weeks count.
  if (r.percent(65)) {
    p.plan_start = k_anchor.plus_days(r.between(0, 730));
  }
  if (r.percent(50)) {
    p.plan_weeks = r.between(1, 12);
  }
  g.week = r.percent(40) ? 1 : r.between(1, 12);

  const bool surgical = approach >= 0 || has(p.conditions, "hip-replacement") || has(p.precautions, "recent-surgery");
  if ((surgical && r.percent(75)) || r.percent(3)) {
    model::Surgery surgery;
    if (r.percent(70)) {
      const Date reference = p.plan_start.value_or(k_anchor);
      // Weighted around the 12-week boundary of the hip precautions.
      const int days_before = r.percent(35) ? r.between(70, 100) : r.between(-6, 40 * 7);
      surgery.date = reference.plus_days(-days_before);
    }
    if (r.percent(25)) {
      surgery.restrictions = r.choose(k_movements, r.between(0, 4));
    }
    p.surgery = surgery;
  }

  if (pregnant && r.percent(75)) {
    p.pregnancy_weeks = r.percent(30) ? r.between(16, 24) : r.between(1, 40);
  }

  // Red flags in about one profile in eight; medical clearance for half.
  if (r.percent(12)) {
    Words pool = k_cauda_equina;
    pool.insert(pool.end(), k_urgent_flags.begin(), k_urgent_flags.end());
    pool.insert(pool.end(), k_pregnancy_signs_any.begin(), k_pregnancy_signs_any.end());
    pool.push_back("hot-swollen-joint");
    if (pregnant) {
      pool.insert(pool.end(), k_pregnancy_signs_only.begin(), k_pregnancy_signs_only.end());
    }
    p.red_flags = r.choose(pool, r.between(1, 2));
    if (r.percent(50)) {
      model::Clearance clearance;
      clearance.by = "Dr. Amara Chen";
      clearance.date = k_anchor.plus_days(-r.between(1, 60));
      if (r.percent(50)) {
        clearance.flags = r.subset(p.red_flags, 60);
      }
      p.clearance = clearance;
    }
  } else if (r.percent(2)) {
    model::Clearance clearance; // a clearance left over from an earlier episode
    clearance.by = "Dr. Tom Baker";
    clearance.date = k_anchor.plus_days(-r.between(1, 300));
    p.clearance = clearance;
  }

  for (const auto& limitation : k_limitations) {
    int chance = limitation == "no-standing" ? 4 : 10;
    if (limitation == "no-floor" && older) {
      chance = 35;
    }
    if (r.percent(chance)) {
      p.limitations.push_back(limitation);
    }
  }

  if (r.percent(60)) {
    p.equipment = r.subset(k_equipment, r.between(20, 70));
  }

  if (r.percent(30)) {
    p.schedule.days = all_days();
  } else {
    const int count = r.between(1, 7);
    Words ids = r.choose({"mon", "tue", "wed", "thu", "fri", "sat", "sun"}, count);
    for (const auto& id : ids) {
      p.schedule.days.push_back(*ptplan::parse_weekday(id));
    }
    std::sort(p.schedule.days.begin(), p.schedule.days.end());
  }
  p.schedule.minutes_per_session = r.percent(50) ? r.between(15, 30) : r.between(5, 60);
  p.schedule.clinic_visits_per_week = r.percent(60) ? 0 : r.between(1, 3);

  if (r.percent(35)) {
    model::StartBackAnswers answers;
    for (auto& item : answers.items) {
      item = r.between(0, 1);
    }
    answers.bothersome = r.pick({"not-at-all", "slightly", "moderately", "very-much", "extremely"});
    p.start_back = answers;
  }

  // A progress log for some later weeks: any pain, adherence and symptoms,
  // with weeks missing, so that every progress, hold, regress and stop
  // path meets the safety checks.
  if (g.week > 1 && r.percent(45)) {
    const Words ids = knowledge().vocabulary.exercises.ids();
    for (int week = 1; week < g.week; ++week) {
      if (r.percent(10)) {
        continue;
      }
      model::WeekReport report;
      report.week = week;
      report.sessions_done = r.between(0, static_cast<int>(p.schedule.days.size()));
      report.pain_during = r.percent(60) ? r.between(0, 3) : r.between(0, 10);
      report.pain_next_day = r.pick({"better", "same", "worse"});
      if (r.percent(15)) {
        report.symptoms = r.pick({"peripheralising", "centralising", "unchanged"});
      }
      if (r.percent(50)) {
        for (const auto& id : r.choose(ids, r.between(1, 4))) {
          report.exercises.push_back({id, r.between(0, 10), r.pick({"easy", "right", "hard"}),
            r.percent(20) ? "peripheralising" : r.pick({"centralising", "unchanged"}), {}});
        }
      }
      p.progress.push_back(std::move(report));
    }
  }
  g.yaml = to_yaml(p);
  return g;
}

// ---------------------------------------------------------------------------
// The oracle: CLINICAL.md s.5 (with s.3 and s.4), written independently
// ---------------------------------------------------------------------------

struct Restriction
{
  std::string row;            // which line of CLINICAL.md forbids it
  std::set<std::string> tags; // forbidden movement tags
  std::set<std::string> positions;
  std::set<std::string> ids; // the row's "typical exercises removed", as catalog ids
  bool floor = false;
  bool supported_balance = false; // balance only with a hand on a counter or chair
};

const std::set<std::string> k_posterior_tags = {"hip-flexion-past-90", "hip-adduction-past-midline", "hip-internal-rotation"};
const std::set<std::string> k_posterior_ids = {"supine-figure-4-stretch", "figure-4-pull-stretch", "seated-piriformis-stretch",
  "standing-piriformis-stretch", "single-knee-to-chest", "double-knee-to-chest", "seated-hamstring-stretch",
  "lower-trunk-rotation", "supine-twist-stretch"};
const std::set<std::string> k_anterior_tags = {"hip-extension-past-neutral", "hip-external-rotation"};
const std::set<std::string> k_anterior_ids = {"half-kneeling-hip-flexor-stretch", "half-kneeling-hip-flexor-stretch-reach",
  "standing-hip-flexor-stretch", "supine-figure-4-stretch", "figure-4-pull-stretch", "prone-press-up"};
const std::set<std::string> k_extension_ids = {"prone-press-up", "standing-back-extension", "prone-on-elbows"};
const std::set<std::string> k_flexion_ids = {
  "single-knee-to-chest", "double-knee-to-chest", "seated-forward-bend", "childs-pose"};

// Whole days from the surgery to the start of the planned week, when known.
std::optional<int> days_since_surgery(const model::Profile& p, int week)
{
  if (!p.surgery || !p.surgery->date || !p.plan_start) {
    return std::nullopt;
  }
  return p.plan_start->plus_days(7 * (week - 1)) - *p.surgery->date;
}

std::string irritability(const model::Profile& p)
{
  if (p.irritability) {
    return std::string(model::word_of(*p.irritability));
  }
  return p.pain_current >= 7 ? "high" : (p.pain_current >= 4 ? "moderate" : "low"); // CLINICAL.md s.3
}

std::vector<Restriction> restrictions_for(const model::Profile& p, int week)
{
  std::vector<Restriction> out;
  const auto& pre = p.precautions;
  const auto& con = p.conditions;
  const auto& lim = p.limitations;

  // Hip replacement: the surgeon's list replaces the defaults; otherwise the
  // default set for 12 weeks, and for as long as the date is unknown.
  const auto since = days_since_surgery(p, week);
  const bool in_window = !since || *since < 12 * 7;
  const bool posterior = has(pre, "hip-replacement-posterior");
  const bool anterior = has(pre, "hip-replacement-anterior");
  if (p.surgery && p.surgery->restrictions) {
    const auto& list = *p.surgery->restrictions;
    out.push_back({"surgeon's list", {list.begin(), list.end()}, {}, {}, false, false});
  } else if (in_window) {
    if (posterior) {
      out.push_back({"hip-replacement-posterior", k_posterior_tags, {}, k_posterior_ids, false, false});
    }
    if (anterior) {
      out.push_back({"hip-replacement-anterior", k_anterior_tags, {"prone"}, k_anterior_ids, false, false});
    }
    if (has(con, "hip-replacement") && !posterior && !anterior) {
      // Approach unknown: the restrictive set is both approaches' lists.
      Restriction both{"hip-replacement, approach unknown", k_posterior_tags, {"prone"}, k_posterior_ids, false, false};
      both.tags.insert(k_anterior_tags.begin(), k_anterior_tags.end());
      both.ids.insert(k_anterior_ids.begin(), k_anterior_ids.end());
      out.push_back(both);
    }
  }
  if (has(con, "gluteal-tendinopathy")) {
    out.push_back({"gluteal-tendinopathy", {"hip-adduction-past-midline", "lateral-hip-compression"}, {"side-lying"},
      {"supine-figure-4-stretch", "figure-4-pull-stretch", "seated-piriformis-stretch", "standing-piriformis-stretch",
        "lower-trunk-rotation", "supine-twist-stretch", "clamshell", "clamshell-band", "side-lying-hip-abduction",
        "side-plank-knees", "side-plank", "side-lying-hip-flexor-stretch"},
      false, false});
  }
  if (has(pre, "osteoporosis")) {
    // "knee-to-chest pulling the spine, cat-camel rounding, seated forward bends".
    out.push_back({"osteoporosis",
      {"spinal-flexion-end-range", "spinal-flexion-loaded", "spinal-flexion-sustained", "spinal-flexion-repeated",
        "spinal-rotation-end-range", "impact"},
      {},
      {"single-knee-to-chest", "double-knee-to-chest", "cat-camel", "seated-cat-camel", "supine-twist-stretch",
        "seated-forward-bend", "childs-pose"},
      false, false});
  }
  if (has(pre, "pregnancy") || p.pregnancy_weeks) {
    out.push_back({"pregnancy", {"impact", "balance-unsupported"}, {}, {}, false, true});
    const bool past_20 = !p.pregnancy_weeks || *p.pregnancy_weeks + (week - 1) > 20;
    if (past_20) {
      out.push_back({"pregnancy after 20 weeks or weeks unknown", {}, {"supine", "prone"},
        {"glute-bridge", "dead-bug", "dead-bug-arms", "abdominal-bracing-supine", "lower-trunk-rotation"}, false, false});
    }
  }
  if (has(con, "lumbar-stenosis")) {
    out.push_back(
      {"lumbar-stenosis", {"spinal-extension-end-range", "spinal-extension-sustained"}, {}, k_extension_ids, false, false});
  }
  if (has(con, "spondylolisthesis")) {
    out.push_back({"spondylolisthesis", {"spinal-extension-end-range"}, {},
      {"prone-press-up", "standing-back-extension", "half-kneeling-hip-flexor-stretch-reach"}, false, false});
  }
  if (p.directional_preference == model::DirectionalPreference::extension) {
    out.push_back({"directional preference extension", {"spinal-flexion-end-range", "spinal-flexion-sustained"}, {},
      k_flexion_ids, false, false});
  }
  if (p.directional_preference == model::DirectionalPreference::flexion) { // CLINICAL.md s.4
    out.push_back({"directional preference flexion", {"spinal-extension-end-range", "spinal-extension-sustained"}, {},
      k_extension_ids, false, false});
  }
  if (has(pre, "hypermobility")) {
    out.push_back({"hypermobility", {"end-range-stretch"}, {}, {}, false, false});
  }
  if (has(pre, "fall-risk")) {
    out.push_back(
      {"fall-risk", {"balance-unsupported"}, {}, {"single-leg-stance", "tandem-stance", "brisk-walking"}, false, true});
  }
  if (irritability(p) == "high") { // CLINICAL.md s.2 modifiers: pain-free range, no end range
    out.push_back({"high irritability",
      {"end-range-stretch", "spinal-flexion-end-range", "spinal-extension-end-range", "spinal-rotation-end-range"}, {}, {}, false,
      false});
  }
  if (has(lim, "no-floor")) {
    out.push_back({"no-floor", {}, {}, {}, true, false});
  }
  if (has(lim, "no-kneeling")) {
    out.push_back({"no-kneeling", {}, {"kneeling", "half-kneeling", "quadruped"},
      {"half-kneeling-hip-flexor-stretch", "half-kneeling-hip-flexor-stretch-reach", "childs-pose", "cat-camel", "bird-dog",
        "bird-dog-arms"},
      false, false});
  }
  if (has(lim, "no-prone")) {
    out.push_back({"no-prone", {}, {"prone"}, {}, false, false});
  }
  if (has(lim, "no-supine")) {
    out.push_back({"no-supine", {}, {"supine"}, {}, false, false});
  }
  if (has(lim, "no-standing")) {
    out.push_back({"no-standing", {}, {"standing"}, {}, false, false});
  }
  return out;
}

// The tags an exercise carries, plus the ones its position implies
// (exercises/README.md: lateral-hip-compression is "lying on the side").
std::set<std::string> effective_tags(const model::Exercise& e)
{
  std::set<std::string> tags(e.movements.begin(), e.movements.end());
  if (e.position == "side-lying") {
    tags.insert("lateral-hip-compression");
  }
  return tags;
}

// Done on the floor: flagged so, or in a position that can only be on the
// floor, or lying down without a bed.
bool on_floor(const model::Exercise& e)
{
  if (e.floor || e.position == "quadruped" || e.position == "kneeling" || e.position == "half-kneeling") {
    return true;
  }
  const bool lying = e.position == "supine" || e.position == "prone" || e.position == "side-lying";
  return lying && !has(e.equipment, "bed");
}

bool supported(const model::Exercise& e)
{
  return e.position == "seated" || has(e.equipment, "counter") || has(e.equipment, "chair") || has(e.equipment, "wall");
}

Words patient_equipment(const model::Profile& p)
{
  Words equipment = p.equipment.value_or(k_household);
  equipment.push_back("none");
  return equipment;
}

void check_exercise_allowed(
  const model::Exercise& e, const model::Profile& p, const std::vector<Restriction>& rules, Words& problems)
{
  if (e.clinic_only) {
    problems.push_back(fmt::format("{}: a clinic-only modality is on a home plan", e.id));
  }
  const auto tags = effective_tags(e);
  for (const auto& rule : rules) {
    for (const auto& tag : rule.tags) {
      if (tags.contains(tag)) {
        problems.push_back(fmt::format("{}: carries {}, forbidden by {}", e.id, tag, rule.row));
      }
    }
    if (rule.positions.contains(e.position)) {
      problems.push_back(fmt::format("{}: position {} is forbidden by {}", e.id, e.position, rule.row));
    }
    if (rule.ids.contains(e.id)) {
      problems.push_back(fmt::format("{}: listed as removed by {}", e.id, rule.row));
    }
    if (rule.floor && on_floor(e)) {
      problems.push_back(
        fmt::format("{}: done on the floor ({}, floor: {}), forbidden by {}", e.id, e.position, e.floor, rule.row));
    }
    if (rule.supported_balance && e.category == ptplan::model::Category::balance && !supported(e)) {
      problems.push_back(fmt::format("{}: balance without a counter or chair, forbidden by {}", e.id, rule.row));
    }
  }
  if (rules.end()
        != std::find_if(rules.begin(), rules.end(), [](const Restriction& r) { return r.row == "gluteal-tendinopathy"; })
      && tags.contains("hip-flexion-past-90") && tags.contains("hip-adduction-past-midline")) {
    problems.push_back(fmt::format("{}: hip flexion past 90 with adduction, forbidden by gluteal-tendinopathy", e.id));
  }
  const Words equipment = patient_equipment(p);
  for (const auto& item : e.equipment) {
    if (!has(equipment, item)) {
      problems.push_back(fmt::format("{}: needs {}, which the patient does not have", e.id, item));
    }
  }
}

// ---------------------------------------------------------------------------
// CLINICAL.md s.2 dosing bounds
// ---------------------------------------------------------------------------

struct Range
{
  int lo;
  int hi;
};

void in_range(const model::PlannedExercise& item, model::DoseField field, Range range, const std::string& why, Words& problems)
{
  const auto value = item.dose.get(field);
  if (!value) {
    problems.push_back(fmt::format("{}: no {} in its dose ({})", item.exercise->id, model::dose_field_name(field), why));
    return;
  }
  if (*value < range.lo || *value > range.hi) {
    problems.push_back(fmt::format(
      "{}: {} = {}, outside {}-{} ({})", item.exercise->id, model::dose_field_name(field), *value, range.lo, range.hi, why));
  }
}

// The least time an exercise can take: the work itself, no setting up.
int least_seconds(const model::PlannedExercise& item)
{
  using model::DoseField;
  if (const auto minutes = item.dose.get(DoseField::minutes); minutes && *minutes > 0) {
    return *minutes * 60;
  }
  const int sides = item.dose.side == "each" ? 2 : 1;
  const int hold = item.dose.value_or(DoseField::hold_seconds, 0);
  return std::max(1, item.dose.value_or(DoseField::sets, 1)) * std::max(1, item.dose.value_or(DoseField::reps, 1))
         * (hold > 0 ? hold : 2) * sides;
}

void check_dose(const model::PlannedExercise& item, const model::Profile& p, int week, Words& problems)
{
  using model::DoseField;
  const auto& e = *item.exercise;
  const bool high = irritability(p) == "high";
  const bool older = p.age >= 65;
  const int available = static_cast<int>(p.schedule.days.size());
  const int days = static_cast<int>(item.days.size());
  if (e.category == ptplan::model::Category::stretch) {
    if (high) {
      in_range(item, DoseField::hold_seconds, {10, 15}, "stretch hold, high irritability: short holds 10-15 s", problems);
    } else if (older) {
      in_range(item, DoseField::hold_seconds, {30, 60}, "stretch hold, age >= 65: 30-60 s", problems);
    } else {
      in_range(item, DoseField::hold_seconds, {10, 30}, "stretch hold 10-30 s", problems);
    }
    in_range(item, DoseField::reps, {2, 4}, "stretch 2-4 repetitions", problems);
    if (item.dose.get(DoseField::sets)) {
      in_range(item, DoseField::sets, {1, 1}, "stretch: one round of 2-4 repetitions", problems);
    }
    if (days < std::min(2, available)) {
      problems.push_back(fmt::format("{}: stretch on {} days, minimum 2 a week", e.id, days));
    }
  } else if (e.category == ptplan::model::Category::strength || e.category == ptplan::model::Category::functional) {
    const Range sets = high ? Range{1, 1} : (week <= 2 ? Range{1, 2} : Range{1, 4});
    in_range(item, DoseField::sets, sets, high ? "high irritability: fewer sets" : (week <= 2 ? "start at 1-2 sets" : "1-4 sets"),
      problems);
    if (item.dose.value_or(DoseField::hold_seconds, 0) > 0) {
      in_range(item, DoseField::hold_seconds, {5, 10}, "isometric hold 5-10 s", problems);
      in_range(item, DoseField::reps, {5, 10}, "isometric hold x 5-10", problems);
    } else if (high) {
      in_range(item, DoseField::reps, {5, 10}, "high irritability: fewer repetitions than 8-12", problems);
    } else if (older) {
      in_range(item, DoseField::reps, {10, 15}, "older adult: 10-15 repetitions, light", problems);
    } else {
      in_range(item, DoseField::reps, {8, 12}, "8-12 repetitions", problems);
    }
    if (days > 3) {
      problems.push_back(fmt::format("{}: strength work on {} days, at most 3 a week", e.id, days));
    }
  } else if (e.category == ptplan::model::Category::balance) {
    in_range(item, DoseField::hold_seconds, high ? Range{10, 30} : Range{20, 30}, "balance 20-30 s per position", problems);
    if (days < std::min(2, available)) {
      problems.push_back(fmt::format("{}: balance on {} days, minimum 2 a week", e.id, days));
    }
  } else if (e.category == ptplan::model::Category::mobility) {
    // Not in CLINICAL.md s.2: a sanity bound for gentle repeated movements
    // (about 10, at most 15) and resting positions (minutes, not half an hour).
    if (item.dose.get(DoseField::reps)) {
      in_range(item, DoseField::reps, {1, 15}, "gentle mobility: about 10, at most 15 repetitions", problems);
    }
    if (least_seconds(item) > 300) {
      problems.push_back(
        fmt::format("{}: {} s of one mobility exercise a session, more than 5 minutes", e.id, least_seconds(item)));
    }
  } else if (e.category == ptplan::model::Category::aerobic) {
    int most = 30;
    std::string why = "aerobic bouts 5-30 min (30 min x 5 d = 150 min/wk)";
    if (has(p.conditions, "deconditioning")) {
      // Start at 5-10 minutes, add about 10 % a week.
      most = static_cast<int>(std::ceil(10.0 * std::pow(1.1, week - 1)));
      why = fmt::format("deconditioned: 5-10 min bouts, +10 %/week, so at most {} in week {}", most, week);
    }
    in_range(item, DoseField::minutes, {5, most}, why, problems);
    if (days > 5 || days < 1) {
      problems.push_back(fmt::format("{}: aerobic on {} days, 1-5 a week", e.id, days));
    }
    if (item.dose.value_or(DoseField::minutes, 0) * days > 150) {
      problems.push_back(
        fmt::format("{}: {} aerobic minutes a week, more than 150", e.id, item.dose.value_or(DoseField::minutes, 0) * days));
    }
  }
}

// ---------------------------------------------------------------------------
// Schedule
// ---------------------------------------------------------------------------

bool consecutive(Weekday a, Weekday b)
{
  const int x = static_cast<int>(a);
  const int y = static_cast<int>(b);
  return (x + 1) % 7 == y || (y + 1) % 7 == x;
}

// Most days that can be picked from `available` with none next to another.
int most_non_consecutive(const std::vector<Weekday>& available)
{
  int best = 0;
  const auto n = available.size();
  for (unsigned mask = 1; mask < (1u << n); ++mask) {
    std::vector<Weekday> days;
    for (std::size_t i = 0; i < n; ++i) {
      if (mask & (1u << i)) {
        days.push_back(available[i]);
      }
    }
    bool ok = true;
    for (std::size_t i = 0; i < days.size() && ok; ++i) {
      for (std::size_t j = i + 1; j < days.size() && ok; ++j) {
        ok = !consecutive(days[i], days[j]);
      }
    }
    if (ok) {
      best = std::max(best, static_cast<int>(days.size()));
    }
  }
  return best;
}

void check_schedule(const model::Plan& plan, const model::Profile& p, Words& problems)
{
  const auto& available = p.schedule.days;
  std::set<Weekday> strength_days;
  for (const auto& item : plan.exercises) {
    for (const auto day : item.days) {
      if (!has_day(available, day)) {
        problems.push_back(
          fmt::format("{}: planned on {}, which is not an available day", item.exercise->id, ptplan::weekday_id(day)));
      }
    }
    if (item.exercise->category == ptplan::model::Category::strength
        || item.exercise->category == ptplan::model::Category::functional) {
      strength_days.insert(item.days.begin(), item.days.end());
      for (std::size_t i = 0; i < item.days.size(); ++i) {
        for (std::size_t j = i + 1; j < item.days.size(); ++j) {
          if (consecutive(item.days[i], item.days[j])) {
            problems.push_back(fmt::format("{}: strength work on consecutive days {} and {}", item.exercise->id,
              ptplan::weekday_id(item.days[i]), ptplan::weekday_id(item.days[j])));
          }
        }
      }
      const int wanted = std::min(2, most_non_consecutive(available));
      if (static_cast<int>(item.days.size()) < wanted) {
        problems.push_back(fmt::format("{}: strength on {} days, 2-3 a week are possible", item.exercise->id, item.days.size()));
      }
    }
  }
  // CLINICAL.md s.2: 48 hours between sessions for the same muscle group.
  // Two days in a row may hold strength work only when they work different
  // main (first-listed) muscle groups, as a split routine does.
  const auto main_groups_on = [&](Weekday day) {
    std::set<std::string> groups;
    for (const auto& item : plan.exercises) {
      const auto& category = item.exercise->category;
      if ((category == ptplan::model::Category::strength || category == ptplan::model::Category::functional)
          && has_day(item.days, day)) {
        groups.insert(item.exercise->muscle_groups.empty() ? std::string("none") : item.exercise->muscle_groups.front());
      }
    }
    return groups;
  };
  for (const auto a : strength_days) {
    for (const auto b : strength_days) {
      if (a < b && consecutive(a, b)) {
        const auto first = main_groups_on(a);
        const auto second = main_groups_on(b);
        const bool shared = std::any_of(first.begin(), first.end(), [&](const std::string& g) { return second.contains(g); });
        if (shared || most_non_consecutive(available) >= 2) {
          problems.push_back(fmt::format("strength or functional work for the same muscle group on consecutive days {} and {} "
                                         "(48 h rest)",
            ptplan::weekday_id(a), ptplan::weekday_id(b)));
        }
      }
    }
  }
  if (plan.schedule.size() != 7) {
    problems.push_back(fmt::format("the schedule has {} days, not 7", plan.schedule.size()));
  }
  for (const auto& day : plan.schedule) {
    int seconds = 0;
    Words expected;
    for (const auto& item : plan.exercises) {
      if (has_day(item.days, day.day)) {
        expected.push_back(item.exercise->id);
        seconds += item.seconds;
      }
    }
    if (expected != day.exercises) {
      problems.push_back(fmt::format("{}: the day lists {} but the exercises are planned as {}", ptplan::weekday_id(day.day),
        join(day.exercises), join(expected)));
    }
    if (day.minutes < (seconds + 59) / 60) {
      problems.push_back(
        fmt::format("{}: {} minutes shown for {} s of exercise", ptplan::weekday_id(day.day), day.minutes, seconds));
    }
    if (!day.available && !day.exercises.empty()) {
      problems.push_back(fmt::format("{}: exercises on a day the patient is not available", ptplan::weekday_id(day.day)));
    }
    if (day.exercises.size() > 8) {
      problems.push_back(
        fmt::format("{}: {} exercises, more than 8 in a session", ptplan::weekday_id(day.day), day.exercises.size()));
    }
  }
}

// Each day fits minutes_per_session: the engine's own estimate, and the work
// alone (holds, repetitions, minutes) as a floor that no estimate may beat.
void check_time(const model::Plan& plan, const model::Profile& p, Words& problems)
{
  for (const auto& day : plan.schedule) {
    int least = 0;
    for (const auto& item : plan.exercises) {
      if (has_day(item.days, day.day)) {
        least += least_seconds(item);
      }
    }
    if (day.minutes > p.schedule.minutes_per_session) {
      problems.push_back(fmt::format("{}: {} minutes, more than the {} minutes a session", ptplan::weekday_id(day.day),
        day.minutes, p.schedule.minutes_per_session));
    }
    if (least > p.schedule.minutes_per_session * 60) {
      problems.push_back(fmt::format("{}: the work alone takes {} s, more than {} minutes", ptplan::weekday_id(day.day), least,
        p.schedule.minutes_per_session));
    }
  }
}

// ---------------------------------------------------------------------------
// Red flags (CLINICAL.md s.6)
// ---------------------------------------------------------------------------

Words uncleared_flags(const model::Profile& p)
{
  Words result;
  for (const auto& flag : p.red_flags) {
    const bool cleared = p.clearance && (!p.clearance->flags || has(*p.clearance->flags, flag));
    if (!cleared) {
      result.push_back(flag);
    }
  }
  return result;
}

Words cleared_flags(const model::Profile& p)
{
  Words result;
  const Words open = uncleared_flags(p);
  for (const auto& flag : p.red_flags) {
    if (!has(open, flag)) {
      result.push_back(flag);
    }
  }
  return result;
}

// The urgencies s.6 allows for these flags: emergency when any flag of an
// emergency group is present; the hip group gives no urgency, so a hot,
// swollen joint may be graded either way; everything else is urgent.
std::set<std::string> allowed_urgencies(const Words& flags)
{
  bool emergency = false;
  bool hot_joint = false;
  for (const auto& flag : flags) {
    emergency = emergency || has(k_cauda_equina, flag) || has(k_pregnancy_signs_any, flag) || has(k_pregnancy_signs_only, flag);
    hot_joint = hot_joint || flag == "hot-swollen-joint";
  }
  if (emergency) {
    return {"emergency"};
  }
  if (hot_joint) {
    return {"emergency", "urgent"};
  }
  return {"urgent"};
}

// ---------------------------------------------------------------------------
// Everything together
// ---------------------------------------------------------------------------

struct Findings
{
  Words safety; // forbidden exercises, doses, schedule, referral
  Words time;   // days longer than minutes_per_session
};

Findings check_outcome(const model::Profile& p, int week, const model::PlanOrReferral& outcome)
{
  Findings findings;
  Words& problems = findings.safety;
  const Words open = uncleared_flags(p);
  if (const auto* referral = std::get_if<model::Referral>(&outcome)) {
    if (open.empty()) {
      problems.push_back(fmt::format("a referral ({}) without an uncleared red flag", referral->urgency));
    }
    const std::set<std::string> expected(open.begin(), open.end());
    const std::set<std::string> actual(referral->flags.begin(), referral->flags.end());
    if (!open.empty() && expected != actual) {
      problems.push_back(fmt::format("referral flags {} but uncleared flags are {}", join(referral->flags), join(open)));
    }
    if (!open.empty() && !allowed_urgencies(open).contains(referral->urgency)) {
      problems.push_back(fmt::format("referral urgency {} for {}", referral->urgency, join(open)));
    }
    if (referral->reasons.empty()) {
      problems.push_back("a referral without a reason");
    }
    return findings;
  }
  const auto& plan = std::get<model::Plan>(outcome);
  if (!open.empty()) {
    problems.push_back(fmt::format("a plan although red flags {} are not cleared", join(open)));
  }
  const Words cleared = cleared_flags(p);
  if (std::set<std::string>(cleared.begin(), cleared.end())
      != std::set<std::string>(plan.cleared_flags.begin(), plan.cleared_flags.end())) {
    problems.push_back(fmt::format("the plan reports cleared flags {}, expected {}", join(plan.cleared_flags), join(cleared)));
  }
  const auto rules = restrictions_for(p, week);
  std::set<std::string> seen;
  for (const auto& item : plan.exercises) {
    if (item.exercise == nullptr) {
      problems.push_back("a planned exercise without an exercise");
      continue;
    }
    if (!seen.insert(item.exercise->id).second) {
      problems.push_back(fmt::format("{}: on the plan twice", item.exercise->id));
    }
    check_exercise_allowed(*item.exercise, p, rules, problems);
    check_dose(item, p, week, problems);
  }
  for (const auto* care : plan.self_care) {
    check_exercise_allowed(*care, p, rules, problems);
    const int minutes = care->dosage.value_or(model::DoseField::minutes, 0);
    if (minutes < 10 || minutes > 20) {
      problems.push_back(fmt::format("{}: {} minutes of heat or cold, CLINICAL.md s.1 says 10-20", care->id, minutes));
    }
  }
  if (plan.exercises.size() > 8) {
    problems.push_back(fmt::format("{} exercises, more than 8 a session", plan.exercises.size()));
  }
  const bool needs_balance = p.age >= 65 || has(p.precautions, "fall-risk");
  const bool has_balance = std::any_of(plan.exercises.begin(), plan.exercises.end(), [](const model::PlannedExercise& item) {
    return item.exercise && item.exercise->category == ptplan::model::Category::balance;
  });
  const bool warned = std::any_of(
    plan.warnings.begin(), plan.warnings.end(), [](const std::string& w) { return w.find("alance") != std::string::npos; });
  if (needs_balance && !has_balance && !warned) {
    problems.push_back("no balance exercise for an older or falls-risk patient, and no warning says why");
  }
  check_schedule(plan, p, problems);
  check_time(plan, p, findings.time);
  const bool time_warned = std::any_of(
    plan.warnings.begin(), plan.warnings.end(), [](const std::string& w) { return w.find("minutes") != std::string::npos; });
  if (!findings.time.empty() && !time_warned) {
    problems.push_back("a day is longer than the session and no warning tells the therapist");
  }
  return findings;
}

Words all_problems(const Findings& findings)
{
  Words all = findings.safety;
  all.insert(all.end(), findings.time.begin(), findings.time.end());
  return all;
}

// ---------------------------------------------------------------------------
// Notes, the stop box and the pain guide (issue 13): no printed note or
// stop-box line contradicts the plan or the precautions. The table is written
// from CLINICAL.md s.3-s.6a and the words a handout uses, not from the guards
// in rules.yaml.
// ---------------------------------------------------------------------------

// A note that tells the patient not to do something, and the movement tags
// or positions no planned exercise may then have.
struct Warning
{
  std::string_view words;
  Words tags;
  Words positions;
};

const std::vector<Warning> k_warnings = {
  {"past a right angle", {"hip-flexion-past-90"}, {}},
  {"cross your legs", {"hip-adduction-past-midline"}, {}},
  {"foot in.", {"hip-internal-rotation"}, {}},
  {"foot out.", {"hip-external-rotation"}, {}},
  {"leg back behind you", {"hip-extension-past-neutral"}, {}},
  {"lie on your stomach", {}, {"prone"}},
  {"lying flat on your back or on your stomach", {}, {"supine", "prone"}},
  {"Do not arch your back far", {"spinal-extension-end-range", "spinal-extension-sustained"}, {}},
  {"arch your back all the way", {"spinal-extension-end-range"}, {}},
  {"sit-ups, toe touches or big twists", {"spinal-flexion-end-range", "spinal-flexion-loaded", "spinal-rotation-end-range"}, {}},
  {"bend forward a lot or sit slumped", {"spinal-flexion-end-range", "spinal-flexion-sustained"}, {}},
  {"Stretch only to a gentle, middle range", {"end-range-stretch"}, {}},
  {"Keep a hand on", {"balance-unsupported"}, {}},
};

const std::vector<std::string_view> k_side_words = {
  "left hip", "right hip", "left leg", "right leg", "left foot", "right foot", "left side", "right side"};

bool says(const std::string& text, std::string_view words)
{
  return text.find(words) != std::string::npos;
}

bool plan_has(const model::Plan& plan, const std::function<bool(const model::Exercise&)>& test)
{
  return std::any_of(plan.exercises.begin(), plan.exercises.end(),
    [&](const model::PlannedExercise& item) { return item.exercise && test(*item.exercise); });
}

bool forbids_tag(const std::vector<Restriction>& rules, const std::string& tag)
{
  return std::any_of(rules.begin(), rules.end(), [&](const Restriction& r) { return r.tags.contains(tag); });
}

// CLINICAL.md s.6b: the hip replacement signs last 12 weeks from surgery
// (or while the date is unknown), and while a surgeon's list stands.
bool hip_signs_due(const model::Profile& p, int week)
{
  const bool replaced = has(p.conditions, "hip-replacement") || has(p.precautions, "hip-replacement-posterior")
                        || has(p.precautions, "hip-replacement-anterior");
  const auto since = days_since_surgery(p, week);
  const bool listed = p.surgery && p.surgery->restrictions && !p.surgery->restrictions->empty();
  return replaced && (!since || *since < 12 * 7 || listed);
}

void check_stop_box(const model::Plan& plan, const model::Profile& p, int week, Words& problems)
{
  std::string box;
  for (const auto& line : plan.stop_signs) {
    box += "[" + line.call + "] " + line.text + "\n";
  }
  const auto expect = [&](bool due, std::string_view words, std::string_view why) {
    if (due != says(box, words)) {
      problems.push_back(fmt::format("stop box {} \"{}\" ({})", due ? "lacks" : "has", words, why));
    }
  };
  // s.6a: every plan keeps the general and the cauda equina signs.
  for (const std::string_view kept :
    {"[therapist] pain spreads further down your leg", "[emergency] you have new trouble passing urine",
      "[emergency] you cannot control your bowels", "[emergency] you feel numb around your bottom or genitals"}) {
    expect(true, kept, "every plan");
  }
  expect(hip_signs_due(p, week), "you feel a pop", "hip replacement, dislocation");
  expect(hip_signs_due(p, week), "blood clot in the lungs", "hip replacement, blood clot");
  const bool pregnant = has(p.precautions, "pregnancy") || p.pregnancy_weeks.has_value();
  expect(pregnant, "bleeding from your vagina", "pregnancy, ACOG CO 804");
  expect(pregnant, "baby is moving less", "pregnancy");
  expect(has(p.precautions, "osteoporosis"), "a bone in your spine may have broken", "osteoporosis, possible fracture");
  expect(has(p.precautions, "fall-risk"), "you have a fall this week", "fall risk");
}

void check_notes(const model::Plan& plan, const model::Profile& p, int week, Words& problems)
{
  const auto rules = restrictions_for(p, week);
  std::set<std::string> printed;
  const bool named_side = p.side == model::Side::left || p.side == model::Side::right;
  const bool stopped_extension = std::any_of(plan.stopped.begin(), plan.stopped.end(), [&](const std::string& id) {
    const model::Exercise* e = knowledge().catalog.find(id);
    return e && e->bias == "extension";
  });
  for (const auto& note : plan.notes) {
    const std::string& t = note.text;
    if (!printed.insert(t).second) {
      problems.push_back(fmt::format("note printed twice: \"{}\"", t));
    }
    const bool names_side = std::any_of(k_side_words.begin(), k_side_words.end(), [&](std::string_view w) { return says(t, w); });
    if (says(t, "{side}") || says(t, "{other}") || (!named_side && names_side)) {
      problems.push_back(fmt::format("note names a side the profile does not give ({}): \"{}\"", model::word_of(p.side), t));
    }
    if (says(t, "alance move")
        && !plan_has(plan, [](const model::Exercise& e) { return e.category == ptplan::model::Category::balance; })) {
      problems.push_back(fmt::format("note speaks of balance moves, the plan has none: \"{}\"", t));
    }
    if (says(t, "Walk at")
        && !plan_has(plan, [](const model::Exercise& e) { return e.id.find("walking") != std::string::npos; })) {
      problems.push_back(fmt::format("note says walk, the plan has no walking: \"{}\"", t));
    }
    if (says(t, "short walks or rides")
        && !plan_has(plan, [](const model::Exercise& e) { return e.category == ptplan::model::Category::aerobic; })) {
      problems.push_back(fmt::format("note speaks of walks or rides, the plan has no aerobic work: \"{}\"", t));
    }
    if (says(t, "stationary bike") && !plan_has(plan, [](const model::Exercise& e) { return e.id == "stationary-cycling"; })) {
      problems.push_back(fmt::format("note speaks of a bike the plan does not hold: \"{}\"", t));
    }
    if (says(t, "Bend at the hips") && forbids_tag(rules, "hip-flexion-past-90")) {
      problems.push_back(fmt::format("note says bend at the hips, deep hip bending is forbidden (CLINICAL.md s.5): \"{}\"", t));
    }
    if (says(t, "arch your back gently should ease")
        && (has(p.conditions, "lumbar-stenosis") || stopped_extension
            || !plan_has(plan, [](const model::Exercise& e) { return e.bias == "extension"; }))) {
      problems.push_back(fmt::format("note says arching eases the pain, against stenosis, a stopped extension exercise or a plan "
                                     "without one: \"{}\"",
        t));
    }
    if (says(t, "bend your back gently forward should ease")
        && (has(p.precautions, "osteoporosis")
            || !plan_has(plan, [](const model::Exercise& e) { return e.bias == "flexion"; }))) {
      problems.push_back(
        fmt::format("note says bending forward eases the pain, against osteoporosis or a plan without it: \"{}\"", t));
    }
    if (says(t, "leaning on a shopping cart")
        && (has(p.precautions, "osteoporosis") || p.directional_preference == model::DirectionalPreference::extension)) {
      problems.push_back(fmt::format("note advises leaning forward, against osteoporosis or an extension preference: \"{}\"", t));
    }
    if (says(t, "normal and safe")) {
      problems.push_back(fmt::format("note calls pain during exercise safe whatever the pain guide says: \"{}\"", t));
    }
    for (const auto& warning : k_warnings) {
      if (!says(t, warning.words)) {
        continue;
      }
      for (const auto& item : plan.exercises) {
        const auto tags = effective_tags(*item.exercise);
        for (const auto& tag : warning.tags) {
          if (tags.contains(tag)) {
            problems.push_back(fmt::format("note \"{}\" warns against {}, which {} on the plan does", t, tag, item.exercise->id));
          }
        }
        if (has(warning.positions, item.exercise->position)) {
          problems.push_back(fmt::format(
            "note \"{}\" warns against lying {}, which {} on the plan does", t, item.exercise->position, item.exercise->id));
        }
      }
    }
  }
  // CLINICAL.md s.3: the pain guide judges the change once the usual pain
  // is above the green zone (0-3), never letting a rise reach 10.
  const auto& guide = plan.pain_guide;
  const bool relative = p.pain_current > 3;
  if (guide.relative != relative || guide.usual != p.pain_current
      || (relative
          && (guide.green_top != p.pain_current || guide.yellow_top > std::max(9, p.pain_current)
              || guide.yellow_top < guide.green_top))
      || (!relative && (guide.green_top != 3 || guide.yellow_top != 5))) {
    problems.push_back(
      fmt::format("pain guide {}/{}/{} for usual pain {}", guide.relative, guide.green_top, guide.yellow_top, p.pain_current));
  }
}

void check_referral_text(const model::Referral& referral, const model::Profile& p, Words& problems)
{
  std::string go_now;
  for (const auto& line : referral.go_now) {
    go_now += line.text + "\n";
  }
  if (referral.urgency == "emergency" && !referral.go_now.empty()) {
    problems.push_back("an emergency referral lists signs to wait for");
  }
  if (referral.urgency != "emergency" && !says(go_now, "trouble passing urine")) {
    problems.push_back("a referral that is not an emergency does not say when to go to the emergency department instead");
  }
  const Words spinal = {
    "cancer-history", "unexplained-weight-loss", "constant-night-pain", "fever", "iv-drug-use", "immunosuppression"};
  const bool suspected =
    std::any_of(spinal.begin(), spinal.end(), [&](const std::string& f) { return has(uncleared_flags(p), f); });
  if (referral.urgency != "emergency" && suspected && !says(go_now, "new weakness in one or both legs")) {
    problems.push_back("a suspected cancer or infection referral does not send new leg weakness to the emergency department");
  }
}

void check_texts(const model::Profile& p, int week, const model::PlanOrReferral& outcome, Words& problems)
{
  if (const auto* referral = std::get_if<model::Referral>(&outcome)) {
    check_referral_text(*referral, p, problems);
    return;
  }
  const auto& plan = std::get<model::Plan>(outcome);
  check_stop_box(plan, p, week, problems);
  check_notes(plan, p, week, problems);
}

} // namespace

namespace {

std::uint64_t fnv1a(std::uint64_t hash, const std::string& text)
{
  for (const unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

std::string report(int index, const Generated& g, const Words& problems)
{
  std::string text =
    fmt::format("profile #{} (std::mt19937 seed {}), week {}:\n", index, k_base_seed + static_cast<std::uint32_t>(index), g.week);
  for (const auto& problem : problems) {
    text += fmt::format("  - {}\n", problem);
  }
  text += fmt::format("--- reproduce: save as profile.yaml, run `ptplan plan profile.yaml --week {}`\n{}", g.week, g.yaml);
  return text;
}

struct Tally
{
  int plans = 0;
  int referrals = 0;
  int cleared_plans = 0;
  std::map<std::string, int> seen;    // precautions, limitations, conditions, preferences in planned profiles
  std::map<std::string, int> changes; // progress-log changes on planned exercises, and "stopped"
};

} // namespace

TEST_CASE("safety property: the profile generator is deterministic and covers the vocabulary")
{
  // Identical on every platform: the same seed gives the same profiles. The
  // fingerprint changes only when the generator itself is changed, or the
  // catalog ids its progress logs pick from.
  std::uint64_t hash = 14695981039346656037ull;
  for (int i = 0; i < 200; ++i) {
    hash = fnv1a(hash, generate(i).yaml);
  }
  CHECK(generate(4321).yaml == generate(4321).yaml);
  CHECK(generate(1).yaml != generate(2).yaml);
  MESSAGE(fmt::format("generator fingerprint {:#018x}", hash));
  CHECK(hash == 0xa858dfd090484189ull);

  std::map<std::string, int> seen;
  std::set<int> ages;
  for (int i = 0; i < k_profile_count; ++i) {
    const Generated g = generate(i);
    ages.insert(g.profile.age);
    for (const auto* list : {&g.profile.conditions, &g.profile.precautions, &g.profile.limitations, &g.profile.red_flags}) {
      for (const auto& word : *list) {
        ++seen[word];
      }
    }
    if (g.profile.equipment) {
      for (const auto& word : *g.profile.equipment) {
        ++seen["equipment " + word];
      }
    } else {
      ++seen["equipment default"];
    }
    if (g.profile.surgery && g.profile.surgery->restrictions) {
      ++seen["surgeon's list"];
    }
    if (g.profile.pregnancy_weeks) {
      ++seen[*g.profile.pregnancy_weeks + g.week - 1 > 20 ? "pregnancy past 20 weeks" : "pregnancy up to 20 weeks"];
    }
    ++seen["days " + std::to_string(g.profile.schedule.days.size())];
    ++seen["week " + std::to_string(g.week)];
  }
  CHECK(ages.contains(12));
  CHECK(ages.contains(110));
  for (const auto* words : {&k_conditions, &k_limitations, &k_equipment}) {
    for (const auto& word : *words) {
      CHECK_MESSAGE(seen[word] + seen["equipment " + word] >= 20, word);
    }
  }
  for (const auto& word : {"hip-replacement-posterior", "hip-replacement-anterior", "osteoporosis", "pregnancy", "fall-risk",
         "hypermobility", "recent-surgery", "equipment default", "surgeon's list", "pregnancy past 20 weeks",
         "pregnancy up to 20 weeks", "days 1", "days 7", "week 1", "week 12"}) {
    CHECK_MESSAGE(seen[word] >= 20, word);
  }
  Words flags = k_cauda_equina;
  flags.insert(flags.end(), k_urgent_flags.begin(), k_urgent_flags.end());
  flags.insert(flags.end(), k_pregnancy_signs_any.begin(), k_pregnancy_signs_any.end());
  flags.insert(flags.end(), k_pregnancy_signs_only.begin(), k_pregnancy_signs_only.end());
  flags.push_back("hot-swollen-joint");
  for (const auto& flag : flags) {
    CHECK_MESSAGE(seen[flag] >= 1, flag);
  }
}

namespace {

struct Failure
{
  int index;
  Generated generated;
  Words problems;
};

// Every generated profile planned and checked once; the test cases below
// read the results.
struct Survey
{
  Tally tally;
  std::vector<Failure> safety;
  std::vector<Failure> time;
};

const Survey& survey()
{
  static const Survey k_survey = [] {
    const model::Knowledge& k = knowledge();
    Survey result;
    for (int i = 0; i < k_profile_count; ++i) {
      Generated g = generate(i);
      ptplan::Diagnostics diagnostics;
      const auto loaded = load::load_profile({fmt::format("generated-{}.yaml", i), g.yaml}, k.vocabulary, diagnostics);
      Findings findings;
      if (!loaded) {
        findings.safety.push_back("the generated profile does not load: " + diagnostics.format());
      } else if (to_yaml(*loaded) != g.yaml) {
        findings.safety.push_back("the profile does not load back as generated:\n" + to_yaml(*loaded));
      } else {
        const model::PlanOrReferral outcome = engine::make_plan(k, *loaded, g.week);
        findings = check_outcome(g.profile, g.week, outcome);
        check_texts(g.profile, g.week, outcome, findings.safety);
        if (std::holds_alternative<model::Referral>(outcome)) {
          ++result.tally.referrals;
        } else {
          ++result.tally.plans;
          result.tally.cleared_plans += g.profile.red_flags.empty() ? 0 : 1;
          const auto& plan = std::get<model::Plan>(outcome);
          for (const auto& item : plan.exercises) {
            ++result.tally.changes[g.profile.progress.empty() ? "timed " + std::string(model::change_kind_id(item.change))
                                                              : std::string(model::change_kind_id(item.change))];
          }
          for (const auto& excluded : plan.excluded) {
            result.tally.changes["stopped"] += excluded.rule == "progress-stop-peripheralising" ? 1 : 0;
          }
          for (const auto* list : {&g.profile.conditions, &g.profile.precautions, &g.profile.limitations}) {
            for (const auto& word : *list) {
              ++result.tally.seen[word];
            }
          }
        }
      }
      if (!findings.safety.empty()) {
        result.safety.push_back({i, g, findings.safety});
      }
      if (!findings.time.empty()) {
        result.time.push_back({i, std::move(g), findings.time});
      }
    }
    return result;
  }();
  return k_survey;
}

void print_failures(const std::vector<Failure>& failures)
{
  for (std::size_t i = 0; i < failures.size() && i < k_failures_printed; ++i) {
    FAIL_CHECK(report(failures[i].index, failures[i].generated, failures[i].problems));
  }
}

} // namespace

TEST_CASE("safety property: no generated profile gets a forbidden exercise, a dose outside CLINICAL.md or a missed referral")
{
  const Survey& s = survey();
  MESSAGE(fmt::format("{} profiles: {} plans ({} with cleared red flags), {} referrals, {} failing", k_profile_count,
    s.tally.plans, s.tally.cleared_plans, s.tally.referrals, s.safety.size()));
  print_failures(s.safety);
  CHECK(s.safety.empty());
  // The property is not vacuous: plans and referrals both happen, and every
  // precaution and limitation reaches the planner many times.
  CHECK(s.tally.referrals >= 200);
  CHECK(s.tally.cleared_plans >= 100);
  // Progress logs take every path: progressed, held, regressed, new and
  // stopped exercises all meet the checks, hundreds of times.
  for (const auto& change : {"progressed", "held", "regressed", "new", "stopped", "timed progressed", "timed held"}) {
    CAPTURE(change);
    const auto found = s.tally.changes.find(change);
    CHECK((found == s.tally.changes.end() ? 0 : found->second) >= 100);
  }
  for (const auto& word : {"hip-replacement-posterior", "hip-replacement-anterior", "osteoporosis", "pregnancy", "fall-risk",
         "hypermobility", "recent-surgery", "no-floor", "no-kneeling", "no-prone", "no-supine", "no-standing",
         "gluteal-tendinopathy", "lumbar-stenosis", "spondylolisthesis"}) {
    CHECK_MESSAGE(s.tally.seen.at(word) >= 100, word);
  }
}

// BUG: in weeks 2-12 the engine keeps the week-1 session and holds dose
// increases back to fit the time, but a move along an exercise chain (for
// example side-plank-knees -> side-plank, lower-trunk-rotation ->
// supine-twist-stretch) can still make a day longer than minutes_per_session;
// the engine then only warns ("Some days of week N take longer than M
// minutes"). The first profile printed reproduces it.
TEST_CASE("safety property: every day of every generated plan fits minutes_per_session" * doctest::may_fail())
{
  const Survey& s = survey();
  MESSAGE(fmt::format("{} of {} profiles have a day longer than the session", s.time.size(), k_profile_count));
  print_failures(s.time);
  CHECK(s.time.empty());
}

TEST_CASE("safety property: the oracle itself catches unsafe plans")
{
  // A test that cannot fail is worse than none: feed the oracle plans that
  // break each kind of rule and make sure it complains.
  const model::Knowledge& k = knowledge();
  model::Profile p;
  p.name = "Oracle check";
  p.age = 60;
  p.conditions = {"hip-replacement", "gluteal-tendinopathy"};
  p.pain_current = 3;
  p.precautions = {"hip-replacement-posterior"};
  p.limitations = {"no-floor"};
  p.equipment = Words{"chair"};
  p.schedule.days = all_days();
  p.schedule.minutes_per_session = 10;

  const auto planned = [&](const std::string& id, std::vector<Weekday> days) {
    const model::Exercise* e = k.catalog.find(id);
    REQUIRE(e != nullptr);
    model::PlannedExercise item;
    item.exercise = e;
    item.dose = e->dosage;
    item.days = std::move(days);
    item.seconds = 60;
    return item;
  };
  const auto problems_with = [&](std::vector<model::PlannedExercise> items) {
    model::Plan plan;
    plan.exercises = std::move(items);
    for (const auto day : all_days()) {
      model::DayPlan d;
      d.day = day;
      for (const auto& item : plan.exercises) {
        if (has_day(item.days, day)) {
          d.exercises.push_back(item.exercise->id);
          d.minutes += 1;
        }
      }
      plan.schedule.push_back(d);
    }
    return all_problems(check_outcome(p, 1, model::PlanOrReferral{plan}));
  };
  const auto mentions = [](const Words& problems, const std::string& text) {
    return std::any_of(problems.begin(), problems.end(), [&](const std::string& s) { return s.find(text) != std::string::npos; });
  };

  SUBCASE("forbidden movement, floor and missing equipment")
  {
    const Words problems = problems_with({planned("supine-figure-4-stretch", {Weekday::mon, Weekday::wed})});
    CHECK(mentions(problems, "hip-flexion-past-90, forbidden by hip-replacement-posterior"));
    CHECK(mentions(problems, "forbidden by gluteal-tendinopathy"));
    CHECK(mentions(problems, "forbidden by no-floor"));
    CHECK_FALSE(mentions(problems, "does not have")); // needs nothing
  }
  SUBCASE("repeated rounding with osteoporosis")
  {
    p.precautions.push_back("osteoporosis");
    const Words problems = problems_with({planned("seated-cat-camel", {Weekday::mon, Weekday::wed})});
    CHECK(mentions(problems, "spinal-flexion-repeated, forbidden by osteoporosis"));
    CHECK(mentions(problems, "listed as removed by osteoporosis"));
  }
  SUBCASE("equipment the patient lacks")
  {
    CHECK(mentions(problems_with({planned("stationary-cycling", {Weekday::mon})}), "needs bike"));
  }
  SUBCASE("strength on consecutive days, Sunday to Monday included")
  {
    CHECK(mentions(problems_with({planned("glute-squeeze", {Weekday::mon, Weekday::wed, Weekday::sun})}), "consecutive"));
    CHECK(mentions(problems_with({planned("glute-squeeze", {Weekday::mon, Weekday::wed}),
                     planned("isometric-hip-abduction", {Weekday::tue, Weekday::thu})}),
      "consecutive"));
    CHECK_FALSE(mentions(problems_with({planned("glute-squeeze", {Weekday::mon, Weekday::wed, Weekday::fri})}), "consecutive"));
  }
  SUBCASE("dose outside CLINICAL.md s.2")
  {
    auto item = planned("seated-marching-cardio", {Weekday::mon});
    item.exercise = k.catalog.find("walking");
    item.dose.set(model::DoseField::minutes, 45);
    CHECK(mentions(problems_with({item}), "minutes = 45"));
    auto strength = planned("glute-squeeze", {Weekday::mon, Weekday::wed});
    strength.dose.set(model::DoseField::hold_seconds, 30);
    CHECK(mentions(problems_with({strength}), "hold_seconds = 30"));
  }
  SUBCASE("a day longer than the session")
  {
    p.schedule.minutes_per_session = 5;
    auto item = planned("walking", {Weekday::mon});
    CHECK(mentions(problems_with({item}), "the work alone takes 600 s"));
  }
  SUBCASE("red flags: a plan instead of a referral, and a wrong urgency")
  {
    p.red_flags = {"saddle-numbness"};
    CHECK(mentions(problems_with({}), "not cleared"));
    model::Referral referral;
    referral.urgency = "urgent";
    referral.flags = {"saddle-numbness"};
    referral.reasons = {"x"};
    CHECK(mentions(all_problems(check_outcome(p, 1, model::PlanOrReferral{referral})), "referral urgency urgent"));
    p.clearance = model::Clearance{"Dr. X", Date::from_ymd(2026, 1, 1), std::nullopt};
    CHECK(mentions(all_problems(check_outcome(p, 1, model::PlanOrReferral{referral})), "without an uncleared red flag"));
  }
}

TEST_CASE("safety property: catalog entries carry what their position implies and start inside CLINICAL.md s.2")
{
  // The oracle above trusts positions as much as tags; these are the links
  // between the two that exercises/README.md states. A side-lying entry
  // without lateral-hip-compression, or a kneeling entry with floor: false,
  // is how a forbidden exercise reaches a patient.
  for (const auto& e : knowledge().catalog.exercises()) {
    CAPTURE(e.id);
    if (e.position == "side-lying") {
      CHECK_MESSAGE(has(e.movements, "lateral-hip-compression"), "lying on the side presses on the lower hip");
    }
    if (e.position == "kneeling" || e.position == "half-kneeling" || e.position == "quadruped") {
      CHECK_MESSAGE(e.floor, "kneeling and hands-and-knees are done on the floor");
    }
    if ((e.position == "supine" || e.position == "prone" || e.position == "side-lying") && !e.floor) {
      CHECK_MESSAGE(has(e.equipment, "bed"), "lying down off the floor needs a bed");
    }
    if (e.category == ptplan::model::Category::balance && !has(e.movements, "balance-unsupported")) {
      CHECK_MESSAGE(supported(e), "balance without the unsupported tag must hold a counter or chair, or be seated");
    }
    CHECK_FALSE(e.clinic_only); // the built-in catalog is a home catalog
    using model::DoseField;
    const auto& d = e.dosage;
    if (e.category == ptplan::model::Category::stretch) {
      CHECK(d.value_or(DoseField::hold_seconds, 0) >= 10);
      CHECK(d.value_or(DoseField::hold_seconds, 0) <= 30);
      CHECK(d.value_or(DoseField::reps, 0) >= 2);
      CHECK(d.value_or(DoseField::reps, 0) <= 4);
    } else if (e.category == ptplan::model::Category::strength || e.category == ptplan::model::Category::functional) {
      CHECK(d.value_or(DoseField::sets, 0) >= 1);
      CHECK(d.value_or(DoseField::sets, 0) <= 2);
      if (d.value_or(DoseField::hold_seconds, 0) > 0) {
        CHECK(d.value_or(DoseField::hold_seconds, 0) >= 5);
        CHECK(d.value_or(DoseField::hold_seconds, 0) <= 10);
        CHECK(d.value_or(DoseField::reps, 0) >= 5);
        CHECK(d.value_or(DoseField::reps, 0) <= 10);
      } else {
        CHECK(d.value_or(DoseField::reps, 0) >= 8);
        CHECK(d.value_or(DoseField::reps, 0) <= 15);
      }
    } else if (e.category == ptplan::model::Category::balance) {
      CHECK(d.value_or(DoseField::hold_seconds, 0) >= 20);
      CHECK(d.value_or(DoseField::hold_seconds, 0) <= 30);
    } else if (e.category == ptplan::model::Category::aerobic) {
      CHECK(d.value_or(DoseField::minutes, 0) >= 5);
      CHECK(d.value_or(DoseField::minutes, 0) <= 10);
      CHECK(d.value_or(DoseField::days_per_week, 0) <= 5);
    } else if (e.category == ptplan::model::Category::self_care) {
      CHECK(d.value_or(DoseField::minutes, 0) >= 10);
      CHECK(d.value_or(DoseField::minutes, 0) <= 20);
    }
  }
}

TEST_CASE("safety property: the text oracle catches notes and stop boxes that contradict the plan")
{
  const model::Knowledge& k = knowledge();
  model::Profile p;
  p.name = "Text oracle check";
  p.age = 70;
  p.conditions = {"hip-replacement"};
  p.pain_current = 6;
  p.precautions = {"hip-replacement-posterior", "osteoporosis"};
  p.schedule.days = all_days();
  model::Plan plan;
  plan.pain_guide = {true, 6, 6, 8};
  model::PlannedExercise item;
  item.exercise = k.catalog.find("single-knee-to-chest");
  REQUIRE(item.exercise != nullptr);
  plan.exercises.push_back(item);
  plan.notes = {{"Protect your new hip. Do not bend it past a right angle.", "r", ""},
    {"Bend at the hips, not the back, when you pick things up.", "r", ""}, {"Balance moves help prevent falls.", "r", ""},
    {"Protect your new left hip.", "r", ""}};
  plan.stop_signs = {{"therapist", "pain spreads further down your leg", "r"}};
  Words problems;
  check_texts(p, 1, model::PlanOrReferral{plan}, problems);
  const auto mentions = [&](const std::string& text) {
    return std::any_of(problems.begin(), problems.end(), [&](const std::string& s) { return s.find(text) != std::string::npos; });
  };
  CHECK(mentions("warns against hip-flexion-past-90, which single-knee-to-chest on the plan does"));
  CHECK(mentions("note says bend at the hips"));
  CHECK(mentions("note speaks of balance moves"));
  CHECK(mentions("note names a side the profile does not give"));
  CHECK(mentions("stop box lacks \"[emergency] you cannot control your bowels\""));
  CHECK(mentions("stop box lacks \"you feel a pop\""));
  CHECK(mentions("stop box lacks \"a bone in your spine may have broken\""));
  CHECK_FALSE(mentions("pain guide"));
  plan.pain_guide = {};
  problems.clear();
  check_texts(p, 1, model::PlanOrReferral{plan}, problems);
  CHECK(mentions("pain guide"));

  model::Referral referral;
  referral.urgency = "urgent";
  p.red_flags = {"cancer-history"};
  problems.clear();
  check_texts(p, 1, model::PlanOrReferral{referral}, problems);
  CHECK(mentions("does not say when to go to the emergency department instead"));
  CHECK(mentions("does not send new leg weakness"));
}
