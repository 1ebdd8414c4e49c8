#pragma once

#include "ptplan/model/profile.hpp"
#include "ptplan/model/vocabulary.hpp"

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ptplan::engine {

// A fact's value: a number, a word, or a list of words.
using FactValue = std::variant<double, std::string, std::vector<std::string>>;

// What the rules see of a profile for one programme week. A fact that is not
// known (no surgery date, undated plan) is absent.
class Facts
{
public:
  void set(std::string name, FactValue value) { m_values[std::move(name)] = std::move(value); }
  const FactValue* find(const std::string& name) const;
  const std::map<std::string, FactValue>& all() const { return m_values; }

private:
  std::map<std::string, FactValue> m_values;
};

// CLINICAL.md s.3: high 7-10, moderate 4-6, low 0-3, unless the profile says.
model::Irritability irritability_level(const model::Profile& profile);
// The same as its word: "high", "moderate" or "low".
std::string irritability_of(const model::Profile& profile);

// The equipment the patient has: the profile's list or the vocabulary's
// defaults, always with "none".
std::vector<std::string> equipment_of(const model::Profile& profile, const model::Vocabulary& vocabulary);

// The red flags not covered by a medical clearance, and those that are.
std::vector<std::string> uncleared_red_flags(const model::Profile& profile);
std::vector<std::string> cleared_red_flags(const model::Profile& profile);

// Sessions done as a percentage of the days planned (schedule.days), at
// most 100.
int adherence_percent(const model::Profile& profile, const model::WeekReport& report);

// The first day of programme week `week` (from 1), when the plan is dated.
std::optional<Date> week_start(const model::Profile& profile, int week);

// Hip replacement precautions last 12 weeks unless the surgeon says
// (CLINICAL.md s.6b).
inline constexpr int k_default_restriction_weeks = 12;

// The day the surgical restrictions end: `restrictions_until`, else 12
// weeks after the surgery date; unknown without either.
std::optional<Date> restrictions_end(const model::Surgery& surgery);

// Derives every fact in load::fact_table() that the profile makes known.
Facts derive_facts(const model::Profile& profile, const model::Vocabulary& vocabulary, int week);

} // namespace ptplan::engine
