#include "ptplan/engine/facts.hpp"

#include "ptplan/engine/start_back.hpp"

#include <algorithm>

namespace ptplan::engine {

const FactValue* Facts::find(const std::string& name) const
{
  const auto found = m_values.find(name);
  return found == m_values.end() ? nullptr : &found->second;
}

model::Irritability irritability_level(const model::Profile& profile)
{
  if (profile.irritability) {
    return *profile.irritability;
  }
  if (profile.pain_current >= 7) {
    return model::Irritability::high;
  }
  return profile.pain_current >= 4 ? model::Irritability::moderate : model::Irritability::low;
}

std::string irritability_of(const model::Profile& profile)
{
  return std::string(model::word_of(irritability_level(profile)));
}

std::vector<std::string> equipment_of(const model::Profile& profile, const model::Vocabulary& vocabulary)
{
  std::vector<std::string> equipment = profile.equipment.value_or(vocabulary.default_equipment);
  if (std::find(equipment.begin(), equipment.end(), "none") == equipment.end()) {
    equipment.insert(equipment.begin(), "none");
  }
  return equipment;
}

namespace {

// A closed-list word fact, present only when the profile gives it.
template <typename E>
void set_word(Facts& facts, std::string name, const std::optional<E>& value)
{
  if (value) {
    facts.set(std::move(name), std::string(model::word_of(*value)));
  }
}

bool is_cleared(const model::Profile& profile, const std::string& flag)
{
  if (!profile.clearance) {
    return false;
  }
  const auto& flags = profile.clearance->flags;
  return !flags || std::find(flags->begin(), flags->end(), flag) != flags->end();
}

} // namespace

std::vector<std::string> uncleared_red_flags(const model::Profile& profile)
{
  std::vector<std::string> flags;
  for (const auto& flag : profile.red_flags) {
    if (!is_cleared(profile, flag)) {
      flags.push_back(flag);
    }
  }
  return flags;
}

std::vector<std::string> cleared_red_flags(const model::Profile& profile)
{
  std::vector<std::string> flags;
  for (const auto& flag : profile.red_flags) {
    if (is_cleared(profile, flag)) {
      flags.push_back(flag);
    }
  }
  return flags;
}

int adherence_percent(const model::Profile& profile, const model::WeekReport& report)
{
  const int planned = std::max<int>(1, static_cast<int>(profile.schedule.days.size()));
  return std::min(100, report.sessions_done * 100 / planned);
}

std::optional<Date> week_start(const model::Profile& profile, int week)
{
  if (!profile.plan_start) {
    return std::nullopt;
  }
  return profile.plan_start->plus_days(7 * (week - 1));
}

std::optional<Date> restrictions_end(const model::Surgery& surgery)
{
  if (surgery.restrictions_until) {
    return surgery.restrictions_until;
  }
  if (surgery.date) {
    return surgery.date->plus_days(7 * k_default_restriction_weeks);
  }
  return std::nullopt;
}

Facts derive_facts(const model::Profile& profile, const model::Vocabulary& vocabulary, int week)
{
  Facts facts;
  facts.set("age", static_cast<double>(profile.age));
  facts.set("conditions", profile.conditions);
  facts.set("precautions", profile.precautions);
  facts.set("limitations", profile.limitations);
  facts.set("equipment", equipment_of(profile, vocabulary));
  // Present only when not empty, so that `present: true` means "has some".
  if (auto flags = uncleared_red_flags(profile); !flags.empty()) {
    facts.set("red_flags", std::move(flags));
  }
  if (auto flags = cleared_red_flags(profile); !flags.empty()) {
    facts.set("cleared_red_flags", std::move(flags));
  }
  set_word(facts, "side", profile.side);
  facts.set("pain.current", static_cast<double>(profile.pain_current));
  facts.set("pain.irritability", irritability_of(profile));
  set_word(facts, "pain.stage", profile.stage);
  set_word(facts, "pain.directional_preference", profile.directional_preference);
  const auto start = week_start(profile, week);
  if (profile.surgery) {
    if (profile.surgery->date && start) {
      const int days = *start - *profile.surgery->date;
      facts.set("surgery.weeks_since", static_cast<double>(std::max(0, days) / 7));
    }
    if (profile.surgery->restrictions) {
      facts.set("surgery.restrictions", *profile.surgery->restrictions);
    }
    if (const auto end = restrictions_end(*profile.surgery); end && start) {
      facts.set("surgery.restrictions_over", std::string(*start >= *end ? "true" : "false"));
    }
  }
  // Weeks counted at the plan start, so each programme week adds one.
  if (profile.pregnancy_weeks) {
    facts.set("pregnancy.weeks", static_cast<double>(*profile.pregnancy_weeks + week - 1));
  }
  if (profile.postpartum_weeks) {
    facts.set("postpartum.weeks", static_cast<double>(*profile.postpartum_weeks + week - 1));
  }
  set_word(facts, "mobility.walking_aid", profile.mobility.walking_aid);
  set_word(facts, "mobility.weight_bearing", profile.mobility.weight_bearing);
  set_word(facts, "sex", profile.sex);
  facts.set("avoid", profile.avoid);
  facts.set("priorities", profile.priorities);
  if (profile.start_back) {
    const StartBackScore score = score_start_back(*profile.start_back);
    facts.set("start_back.total", static_cast<double>(score.total));
    facts.set("start_back.psychosocial", static_cast<double>(score.psychosocial));
    facts.set("start_back.risk", score.risk);
  }
  if (const model::WeekReport* report = profile.report_for(week - 1)) {
    facts.set("last_week.adherence", static_cast<double>(adherence_percent(profile, *report)));
    facts.set("last_week.pain_during", static_cast<double>(report->pain_during));
    facts.set("last_week.pain_next_day", report->pain_next_day);
    if (!report->symptoms.empty()) {
      facts.set("last_week.symptoms", report->symptoms);
    }
  }
  facts.set("week", static_cast<double>(week));
  facts.set("week_parity", std::string(week % 2 == 0 ? "even" : "odd"));
  // The change rules decide by the calendar without a log, by its entries
  // with one.
  facts.set("progress_log", std::string(profile.progress.empty() ? "none" : "kept"));
  facts.set("schedule.days", static_cast<double>(profile.schedule.days.size()));
  facts.set("schedule.minutes_per_session", static_cast<double>(profile.schedule.minutes_per_session));
  return facts;
}

} // namespace ptplan::engine
