#pragma once

#include "ptplan/core/date.hpp"
#include "ptplan/model/choices.hpp"
#include "ptplan/model/profile_enums.hpp"
#include "ptplan/model/progress.hpp"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ptplan::model {

struct Surgery
{
  std::optional<Date> date;
  std::optional<std::vector<std::string>> restrictions; // the surgeon's own movement tags
  std::optional<Date> restrictions_until;               // when the surgeon lifts them; not before `date`
};

struct Clearance
{
  std::string by;
  std::optional<Date> date;                      // never after plan.start
  std::optional<std::vector<std::string>> flags; // empty optional: every listed red flag
};

struct Mobility
{
  std::optional<WalkingAid> walking_aid;
  std::optional<WeightBearing> weight_bearing;
};

struct Schedule
{
  std::vector<Weekday> days; // available days, Monday first
  int minutes_per_session = 20;
  int clinic_visits_per_week = 0;
};

// STarT Back answers: items 1-8 agree (1) or disagree (0); item 9 is the
// bothersomeness word.
struct StartBackAnswers
{
  std::array<int, 8> items{};
  std::string bothersome;
};

struct Therapist
{
  std::string name;
  std::string clinic;
  std::string phone;
};

// A patient profile as SPEC.md describes it, validated.
struct Profile
{
  std::string source; // the file it came from
  std::string name;
  int age = 0;
  std::vector<std::string> conditions;         // ids, in file order, each once
  std::map<std::string, Side> condition_sides; // conditions written { id, side }
  std::optional<Side> side;
  int pain_current = 0;
  std::optional<Irritability> irritability; // empty: derive from pain_current
  std::optional<Stage> stage;
  std::optional<DirectionalPreference> directional_preference;
  std::vector<std::string> precautions;
  std::optional<Surgery> surgery;
  std::optional<int> pregnancy_weeks;
  std::optional<int> postpartum_weeks; // weeks since the birth at the plan start
  std::vector<std::string> red_flags;
  std::optional<Clearance> clearance;
  std::vector<std::string> limitations;
  std::optional<std::vector<std::string>> equipment;
  Mobility mobility;
  std::optional<Sex> sex;
  std::optional<std::string> language; // a language the knowledge base carries
  std::vector<std::string> avoid;      // activities the patient must not do
  std::vector<std::string> priorities; // activities the plan should serve first
  Schedule schedule;
  std::optional<StartBackAnswers> start_back;
  std::vector<std::string> goals;
  std::optional<Date> plan_start;
  std::optional<int> plan_weeks;
  Therapist therapist;
  Choices choices;
  std::vector<WeekReport> progress; // sorted by week, each week at most once

  // The condition's own side, else the profile's `side`.
  std::optional<Side> side_of(const std::string& condition) const
  {
    const auto found = condition_sides.find(condition);
    return found == condition_sides.end() ? side : std::optional(found->second);
  }

  // The log entry for `week`, if there is one.
  const WeekReport* report_for(int week) const
  {
    for (const auto& report : progress) {
      if (report.week == week) {
        return &report;
      }
    }
    return nullptr;
  }
};

} // namespace ptplan::model
