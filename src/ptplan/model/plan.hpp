#pragma once

#include "ptplan/core/date.hpp"
#include "ptplan/model/dosage.hpp"
#include "ptplan/model/exercise.hpp"
#include "ptplan/model/outcome.hpp"
#include "ptplan/model/profile.hpp"
#include "ptplan/model/rule.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ptplan::model {

// A referral notice: red flags that must be seen by a doctor before any plan.
struct Referral
{
  int week = 1;
  std::string urgency; // emergency | urgent | soon
  std::vector<std::string> flags;
  std::vector<std::string> reasons; // plain words, one per rule that fired
  std::vector<const Rule*> rules;
};

struct PlannedExercise
{
  const Exercise* exercise = nullptr;
  Dosage dose;
  std::vector<Weekday> days;
  std::vector<std::string> why;
  int seconds = 0;                      // estimated time for one session
  const Exercise* started_as = nullptr; // the week-1 exercise it progressed from
  std::string change;                   // progressed | held | regressed | new; empty in week 1
  std::string change_reason;            // plain words: what changed and why
  std::string change_rule;              // the progress-log rule that decided it, if one did
};

struct DayPlan
{
  Weekday day = Weekday::mon;
  std::optional<Date> date;
  bool available = true;
  bool clinic_visit = false;
  std::vector<std::string> exercises; // ids, in plan order
  int minutes = 0;
};

// An exercise a rule, the equipment list or the clinic-only flag rules out.
struct Exclusion
{
  std::string id;
  std::string rule;
  std::string reason;
};

// An allowed exercise the session had no room or need for.
struct NotChosen
{
  std::string id;
  std::string reason;
};

struct Note
{
  std::string text;
  std::string rule;
};

struct StartBackResult
{
  int total = 0;
  int psychosocial = 0;
  std::string risk;
};

struct Plan
{
  const Profile* profile = nullptr;
  int week = 1;
  std::optional<int> weeks;
  std::string irritability;
  std::optional<StartBackResult> start_back;
  std::vector<PlannedExercise> exercises;
  std::vector<const Exercise*> self_care;
  std::vector<DayPlan> schedule;
  std::vector<Exclusion> excluded;
  std::vector<NotChosen> not_chosen;
  std::vector<Note> notes;
  std::vector<std::string> warnings; // for the therapist: what the plan could not do
  // The warnings (also in `warnings`) that make the plan incomplete: a part
  // of the session a rule requires is missing, or fewer exercises than the
  // minimum. A batch gives such a plan the status `incomplete`.
  std::vector<std::string> incomplete;
  std::vector<const Rule*> fired;
  std::vector<std::string> cleared_flags;
  std::optional<Date> week_start;
  std::optional<Date> next_review;
  std::vector<OutcomeSummary> outcomes; // from the progress log, weeks before this one
  std::vector<std::string> stopped;     // exercise ids the progress log stopped this week
};

} // namespace ptplan::model
