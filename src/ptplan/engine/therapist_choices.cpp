#include "ptplan/engine/therapist_choices.hpp"

#include "ptplan/core/words.hpp"
#include "ptplan/engine/budget.hpp"
#include "ptplan/engine/dose_bounds.hpp"
#include "ptplan/engine/schedule.hpp"
#include "ptplan/engine/session.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace ptplan::engine {

namespace {

bool contains(const std::vector<std::string>& list, const std::string& word)
{
  return std::find(list.begin(), list.end(), word) != list.end();
}

void forbidden_in(
  const std::vector<std::string>& banned, const std::vector<std::string>& has, const char* kind, std::vector<std::string>& what)
{
  for (const auto& item : has) {
    if (contains(banned, item)) {
      what.push_back(fmt::format("{} {}", kind, item));
    }
  }
}

// The movement tags a rule forbids through a fact (forbid_from), this week.
std::vector<std::string> tags_from(const model::Rule& rule, const Facts& facts)
{
  if (rule.forbid_from.empty()) {
    return {};
  }
  if (const FactValue* value = facts.find(rule.forbid_from)) {
    if (const auto* tags = std::get_if<std::vector<std::string>>(value)) {
      return *tags;
    }
  }
  return {};
}

std::string trim_period(std::string text)
{
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) {
    text.pop_back();
  }
  return text;
}

std::string week_words(int week)
{
  return week > 1 ? fmt::format(" in week {}", week) : std::string();
}

} // namespace

std::vector<Forbidding> rules_forbidding(const model::Exercise& exercise, const Constraints& constraints, const Facts& facts)
{
  std::vector<Forbidding> result;
  for (const model::Rule* rule : constraints.fired) {
    const model::Forbid& forbid = rule->forbid;
    std::vector<std::string> what;
    if (contains(forbid.exercises, exercise.id)) {
      what.push_back("this exercise");
    }
    const std::string category(model::word_of(exercise.category));
    if (contains(forbid.categories, category)) {
      what.push_back("category " + category);
    }
    if (contains(forbid.positions, exercise.position)) {
      what.push_back("position " + exercise.position);
    }
    if (forbid.floor && exercise.floor) {
      what.push_back("floor exercises");
    }
    forbidden_in(forbid.movements, exercise.movements, "movement", what);
    forbidden_in(tags_from(*rule, facts), exercise.movements, "movement", what);
    forbidden_in(forbid.muscle_groups, exercise.muscle_groups, "muscle group", what);
    forbidden_in(forbid.equipment, exercise.equipment, "equipment", what);
    if (!what.empty()) {
      result.push_back({rule, std::move(what)});
    }
  }
  return result;
}

std::vector<model::Override> overrides_for(
  const model::Exercise& exercise, const model::Profile& profile, const Constraints& constraints, const Facts& facts)
{
  std::vector<model::Override> result;
  if (!profile.choices.includes(exercise.id)) {
    return result;
  }
  for (const auto& forbidding : rules_forbidding(exercise, constraints, facts)) {
    if (const auto* allow = profile.choices.allowed(exercise.id, forbidding.rule->id)) {
      result.push_back({allow->rule, allow->reason});
    }
  }
  return result;
}

void apply_choices(const model::Profile& profile, const model::Catalog& catalog, const Constraints& constraints,
  const Facts& facts, Exclusions& exclusions)
{
  const model::Choices& choices = profile.choices;
  for (const auto& include : choices.include) {
    const auto found = exclusions.find(include.exercise);
    const model::Exercise* exercise = catalog.find(include.exercise);
    if (found == exclusions.end() || !exercise || exercise->clinic_only) {
      continue;
    }
    const auto forbidding = rules_forbidding(*exercise, constraints, facts);
    const bool all_allowed = !forbidding.empty() && std::all_of(forbidding.begin(), forbidding.end(), [&](const Forbidding& f) {
      return !f.rule->refer && choices.allowed(exercise->id, f.rule->id);
    });
    // Equipment the patient lacks is no rule to override.
    const bool has_equipment = std::all_of(exercise->equipment.begin(), exercise->equipment.end(),
      [&](const std::string& item) { return contains(constraints.available_equipment, item); });
    if (all_allowed && has_equipment) {
      exclusions.erase(found);
    }
  }
  for (const auto& exclude : choices.exclude) {
    exclusions.insert_or_assign(exclude.exercise, Exclusion{"choices.exclude", "left out by the therapist"});
  }
}

std::optional<model::Dosage> therapist_dose(const model::Exercise& exercise, const model::Profile& profile)
{
  const model::DoseChoice* choice = profile.choices.dose_for(exercise.id);
  if (!choice) {
    return std::nullopt;
  }
  model::Dosage dose = exercise.dosage;
  for (const auto field : model::k_dose_fields) {
    if (const auto value = choice->dose.get(field)) {
      dose.set(field, value);
    }
  }
  return dose;
}

namespace {

// The checks of one week: each include once, at the first week it fails.
void check_week(
  const model::Knowledge& knowledge, const model::Profile& profile, int week, std::set<std::string>& refused, Diagnostics& errors)
{
  const Facts facts = derive_facts(profile, knowledge.vocabulary, week);
  const Constraints constraints = apply_rules(knowledge.rules, facts);
  for (const auto& include : profile.choices.include) {
    const model::Exercise* exercise = knowledge.catalog.find(include.exercise);
    if (!exercise || refused.contains(include.exercise)) {
      continue;
    }
    std::vector<std::string> problems;
    if (exercise->clinic_only) {
      problems.push_back(fmt::format("{} is a clinic treatment, not for a home plan", exercise->id));
    }
    for (const auto& item : exercise->equipment) {
      if (!contains(constraints.available_equipment, item)) {
        problems.push_back(
          fmt::format("{} needs {}, which the patient does not have (add it to the profile's equipment)", exercise->id, item));
      }
    }
    for (const auto& forbidding : rules_forbidding(*exercise, constraints, facts)) {
      const model::Rule& rule = *forbidding.rule;
      if (profile.choices.allowed(exercise->id, rule.id)) {
        continue;
      }
      problems.push_back(
        fmt::format("{} is forbidden{} by rule {}, which forbids {} ({}); to take responsibility for it, add to choices.allow: "
                    "{{ exercise: {}, rule: {}, reason: \"...\" }}",
          exercise->id, week_words(week), rule.id, list_in_words(forbidding.what), trim_period(rule.description), exercise->id,
          rule.id));
    }
    if (!problems.empty()) {
      refused.insert(include.exercise);
      for (auto& problem : problems) {
        errors.error(include.where, "choices.include: " + problem);
      }
    }
  }
}

// The picks alone, at their week-1 doses, against the patient's time.
void check_time(const model::Knowledge& knowledge, const model::Profile& profile, Diagnostics& errors)
{
  const Facts facts = derive_facts(profile, knowledge.vocabulary, 1);
  const Constraints constraints = apply_rules(knowledge.rules, facts);
  DayBudget budget;
  std::vector<model::PlannedExercise> placed;
  for (const auto& include : profile.choices.include) {
    if (const model::Exercise* exercise = knowledge.catalog.find(include.exercise)) {
      Choice choice{exercise, {}, std::nullopt, 0, ""};
      placed.push_back(place_exercise(choice, starting_state(choice, constraints), constraints, profile));
      budget.add(placed.back());
    }
  }
  const int minutes = profile.schedule.minutes_per_session;
  for (const auto day : profile.schedule.days) {
    if (budget.minutes(day) <= minutes) {
      continue;
    }
    std::vector<std::string> parts;
    for (const auto& item : placed) {
      if (item.seconds_on(day) > 0) {
        parts.push_back(fmt::format("{} {} min", item.exercise->id, (item.seconds_on(day) + 59) / 60));
      }
    }
    errors.error(profile.choices.include.front().where,
      fmt::format("choices.include: the picked exercises alone take {} minutes on {} ({}), more than minutes_per_session {}; "
                  "pick fewer, lower a dose in choices.dose, or give more time",
        budget.minutes(day), weekday_name(day), list_in_words(parts), minutes));
    return;
  }
}

} // namespace

void check_choices(const model::Knowledge& knowledge, const model::Profile& profile, int week, Diagnostics& errors,
  std::vector<std::string>& warnings)
{
  const model::Choices& choices = profile.choices;
  if (choices.empty()) {
    return;
  }
  for (const auto& allow : choices.allow) {
    const auto rule = std::find_if(
      knowledge.rules.rules.begin(), knowledge.rules.rules.end(), [&](const model::Rule& r) { return r.id == allow.rule; });
    if (rule != knowledge.rules.rules.end() && rule->refer) {
      errors.error(allow.where, fmt::format("choices.allow: rule {} is a red flag's referral; a red flag is never overridden "
                                            "by allow: only a doctor's clearance (clearance:) lifts it",
                                  allow.rule));
    }
  }
  std::set<std::string> refused;
  for (int w = 1; w <= std::max(1, week); ++w) {
    check_week(knowledge, profile, w, refused, errors);
  }
  if (!choices.include.empty()) {
    check_time(knowledge, profile, errors);
  }
  // Allow entries that change nothing: not included, or the rule never forbids it.
  const Facts facts = derive_facts(profile, knowledge.vocabulary, 1);
  const Constraints constraints = apply_rules(knowledge.rules, facts);
  for (const auto& allow : choices.allow) {
    const model::Exercise* exercise = knowledge.catalog.find(allow.exercise);
    if (!exercise) {
      continue;
    }
    if (!choices.includes(allow.exercise)) {
      warnings.push_back(fmt::format(
        "{}: choices.allow for {} does nothing: it is not in choices.include", format_location(allow.where), allow.exercise));
      continue;
    }
    const auto forbidding = rules_forbidding(*exercise, constraints, facts);
    const bool used =
      std::any_of(forbidding.begin(), forbidding.end(), [&](const Forbidding& f) { return f.rule->id == allow.rule; });
    if (!used) {
      warnings.push_back(fmt::format("{}: choices.allow: rule {} does not forbid {} for this patient; the entry does nothing",
        format_location(allow.where), allow.rule, allow.exercise));
    }
  }
  for (const auto& dose : choices.dose) {
    const model::Exercise* exercise = knowledge.catalog.find(dose.exercise);
    if (!exercise) {
      continue;
    }
    for (const auto& outside : outside_bounds(*exercise, *therapist_dose(*exercise, profile), profile.age)) {
      // Days past the top are never all planned: dose_days_warnings says
      // which days the week gives, so "planned as given" would be untrue.
      if (outside.field == model::DoseField::days_per_week && outside.above) {
        continue;
      }
      warnings.push_back(
        fmt::format("{}: choices.dose for {}: {}; planned as given", format_location(dose.where), dose.exercise, outside.text));
    }
  }
}

std::vector<std::string> dose_days_warnings(const std::vector<model::PlannedExercise>& planned, const model::Profile& profile)
{
  std::vector<std::string> warnings;
  for (const auto& item : planned) {
    const auto wanted = item.dose.get(model::DoseField::days_per_week);
    const model::DoseChoice* choice = item.dose_by_therapist ? profile.choices.dose_for(item.exercise->id) : nullptr;
    if (!choice || !choice->dose.get(model::DoseField::days_per_week) || !wanted
        || item.days.size() >= static_cast<std::size_t>(*wanted)) {
      continue;
    }
    std::vector<std::string> days;
    for (const auto day : item.days) {
      days.emplace_back(weekday_name(day));
    }
    warnings.push_back(fmt::format("{}: choices.dose for {}: days_per_week {}, but it is planned on {} ({}): {}",
      format_location(choice->where), item.exercise->id, *wanted, count_in_words(item.days.size(), "day", "days"),
      list_in_words(days), why_fewer_days(*item.exercise, static_cast<std::size_t>(*wanted), profile.schedule.days)));
  }
  return warnings;
}

} // namespace ptplan::engine
