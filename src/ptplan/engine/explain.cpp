#include "ptplan/engine/explain.hpp"

#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/facts.hpp"

#include <fmt/format.h>

namespace ptplan::engine {

namespace {

std::string join(const std::vector<std::string>& items, std::string_view separator = ", ")
{
  std::string out;
  for (const auto& item : items) {
    out += (out.empty() ? "" : std::string(separator)) + item;
  }
  return out;
}

std::string fact_text(const FactValue& value)
{
  if (const auto* number = std::get_if<double>(&value)) {
    return fmt::format("{}", *number);
  }
  if (const auto* word = std::get_if<std::string>(&value)) {
    return *word;
  }
  return fmt::format("[{}]", join(std::get<std::vector<std::string>>(value)));
}

std::string actions_of(const model::Rule& rule)
{
  std::vector<std::string> parts;
  const auto& f = rule.forbid;
  const std::vector<std::pair<std::string_view, const std::vector<std::string>*>> lists = {{"movements", &f.movements},
    {"positions", &f.positions}, {"equipment", &f.equipment}, {"categories", &f.categories}, {"exercises", &f.exercises},
    {"muscle groups", &f.muscle_groups}};
  for (const auto& [name, items] : lists) {
    if (!items->empty()) {
      parts.push_back(fmt::format("forbids {} {}", name, join(*items)));
    }
  }
  if (f.floor) {
    parts.push_back("forbids floor exercises");
  }
  if (!rule.forbid_from.empty()) {
    parts.push_back(fmt::format("forbids the movements in {}", rule.forbid_from));
  }
  if (rule.refer) {
    parts.push_back(fmt::format("refers ({})", rule.refer->urgency));
  }
  if (!rule.require_categories.empty()) {
    parts.push_back(fmt::format("requires {}", join(rule.require_categories)));
  }
  if (!rule.prefer.categories.empty() || !rule.prefer.biases.empty() || !rule.prefer.conditions.empty()
      || !rule.prefer.exercises.empty()) {
    std::vector<std::string> all = rule.prefer.categories;
    all.insert(all.end(), rule.prefer.biases.begin(), rule.prefer.biases.end());
    all.insert(all.end(), rule.prefer.conditions.begin(), rule.prefer.conditions.end());
    all.insert(all.end(), rule.prefer.exercises.begin(), rule.prefer.exercises.end());
    parts.push_back(fmt::format("prefers {}", join(all)));
  }
  if (rule.limit.max_level) {
    parts.push_back(fmt::format("starting level at most {}", *rule.limit.max_level));
  }
  if (rule.limit.max_exercises) {
    parts.push_back(fmt::format("at most {} exercises", *rule.limit.max_exercises));
  }
  if (rule.limit.progress_chain && !*rule.limit.progress_chain) {
    parts.push_back("no moving along exercise chains");
  }
  if (!rule.dosage.empty()) {
    parts.push_back("adjusts the dose");
  }
  if (!rule.notes.empty()) {
    parts.push_back(
      rule.notes.size() == 1 ? std::string("adds a handout note") : fmt::format("adds {} handout notes", rule.notes.size()));
  }
  if (!rule.stop_signs.empty()) {
    parts.push_back(fmt::format("adds {} to the stop box",
      rule.stop_signs.size() == 1 ? std::string("a sign") : fmt::format("{} signs", rule.stop_signs.size())));
  }
  return join(parts, "; ");
}

void rules_section(std::string& out, const std::vector<const model::Rule*>& fired)
{
  out += fmt::format("\nRules that fired ({}):\n", fired.size());
  for (const auto* rule : fired) {
    out +=
      fmt::format("  {}: {}\n      does: {}\n      source: {}\n", rule->id, rule->description, actions_of(*rule), rule->source);
  }
}

void progress_section(std::string& out, const model::Profile& profile, const model::Plan& plan)
{
  if (profile.progress.empty()) {
    return;
  }
  out += "\nProgress log (weeks before this one; change rules are decided per exercise from the week before):\n";
  for (const auto& report : profile.progress) {
    if (report.week >= plan.week) {
      break;
    }
    out += fmt::format("  week {}: {} of {} sessions ({} %), pain during {}/10, next day {}{}\n", report.week,
      report.sessions_done, profile.schedule.days.size(), adherence_percent(profile, report), report.pain_during,
      report.pain_next_day, report.symptoms.empty() ? "" : ", symptoms " + report.symptoms);
    for (const auto& exercise : report.exercises) {
      out += fmt::format("      {}: pain {}, difficulty {}, symptoms {}\n", exercise.id,
        exercise.pain ? std::to_string(*exercise.pain) : "-", exercise.difficulty.empty() ? "-" : exercise.difficulty,
        exercise.symptoms.empty() ? "-" : exercise.symptoms);
    }
  }
  for (const auto& outcome : plan.outcomes) {
    out += fmt::format("  {}: baseline {} (week {}), latest {} (week {}), change {:+}, {} (threshold {})\n", outcome.measure,
      outcome.baseline, outcome.baseline_week, outcome.latest, outcome.latest_week, outcome.change,
      outcome.meaningful ? "meaningful" : "not meaningful", outcome.threshold);
  }
}

// What the handout's notes and stop box say, and the notes left out.
void notes_section(std::string& out, const model::Plan& plan)
{
  out += fmt::format("\nNotes printed ({}):\n", plan.notes.size());
  for (const auto& note : plan.notes) {
    out += fmt::format("  {}: {}\n", note.rule, note.text);
  }
  if (!plan.notes_left_out.empty()) {
    out += fmt::format("\nNotes left out ({}):\n", plan.notes_left_out.size());
    for (const auto& note : plan.notes_left_out) {
      out += fmt::format("  {}: {}: \"{}\"\n", note.rule, note.reason, note.text);
    }
  }
  out += fmt::format("\nStop box ({}):\n", plan.stop_signs.size());
  for (const auto& line : plan.stop_signs) {
    out += fmt::format("  [{}] {} (rule {})\n", line.call, line.text, line.rule);
  }
  const auto& guide = plan.pain_guide;
  out += guide.relative ? fmt::format("\nPain guide: relative to the usual pain {}: fine up to {}, settles by morning up to {}\n",
           guide.usual, guide.green_top, guide.yellow_top)
                        : std::string("\nPain guide: 0-3 fine, 4-5 if settled by morning, above 5 a step back\n");
}

} // namespace

std::string explain(
  const model::PlanOrReferral& outcome, const model::Knowledge& knowledge, const model::Profile& profile, int week)
{
  std::string out = fmt::format("ptplan explain: {}, age {}, week {}\n", profile.name, profile.age, week);
  out += "\nFacts the rules saw:\n";
  const Facts facts = derive_facts(profile, knowledge.vocabulary, week);
  for (const auto& [name, value] : facts.all()) {
    out += fmt::format("  {} = {}\n", name, fact_text(value));
  }
  if (const auto* referral = std::get_if<model::Referral>(&outcome)) {
    const Constraints constraints = apply_rules(knowledge.rules, facts);
    rules_section(out, constraints.fired);
    out += fmt::format("\nREFERRAL ({}): no plan is made.\n  red flags: {}\n", referral->urgency, join(referral->flags));
    for (const auto& reason : referral->reasons) {
      out += fmt::format("  - {}\n", reason);
    }
    if (!referral->go_now.empty()) {
      out += "  go to the emergency department instead of waiting if:\n";
      for (const auto& line : referral->go_now) {
        out += fmt::format("  - {} (rule {})\n", line.text, line.rule);
      }
    }
    return out;
  }
  const auto& plan = std::get<model::Plan>(outcome);
  rules_section(out, plan.fired);
  progress_section(out, profile, plan);
  out += fmt::format("\nChosen ({}):\n", plan.exercises.size());
  for (const auto& planned : plan.exercises) {
    std::vector<std::string> days;
    for (const auto day : planned.days) {
      days.emplace_back(weekday_id(day));
    }
    out += fmt::format("  {} ({}, level {}, days {}, about {} min)\n", planned.exercise->id, planned.exercise->category,
      planned.exercise->level, join(days, " "), (planned.seconds + 59) / 60);
    for (const auto& why : planned.why) {
      out += fmt::format("      - {}\n", why);
    }
    if (planned.change != model::ChangeKind::none) {
      out += fmt::format("      change: {}{}: {}\n", model::change_kind_id(planned.change),
        planned.change_rule.empty() ? "" : fmt::format(" (rule {})", planned.change_rule), planned.change_reason);
    }
  }
  if (!plan.self_care.empty()) {
    out += fmt::format("\nSelf-care ({}):\n", plan.self_care.size());
    for (const auto* exercise : plan.self_care) {
      out += fmt::format("  {}\n", exercise->id);
    }
  }
  out += fmt::format("\nExcluded ({}):\n", plan.excluded.size());
  for (const auto& exclusion : plan.excluded) {
    out += fmt::format("  {}: rule {}: {}\n", exclusion.id, exclusion.rule, exclusion.reason);
  }
  out += fmt::format("\nAllowed but not chosen ({}):\n", plan.not_chosen.size());
  for (const auto& item : plan.not_chosen) {
    out += fmt::format("  {}: {}\n", item.id, item.reason);
  }
  notes_section(out, plan);
  if (!plan.warnings.empty()) {
    out += fmt::format("\nWarnings ({}):\n", plan.warnings.size());
    for (const auto& warning : plan.warnings) {
      out += fmt::format("  - {}\n", warning);
    }
  }
  return out;
}

} // namespace ptplan::engine
