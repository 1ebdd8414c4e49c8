#pragma once

#include "ptplan/core/date.hpp"
#include "ptplan/model/dosage.hpp"
#include "ptplan/model/exercise.hpp"
#include "ptplan/model/outcome.hpp"
#include "ptplan/model/profile.hpp"
#include "ptplan/model/rule.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
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

// How an exercise changed since last week, from what actually happened to
// its step and dose. `none` in week 1.
enum class ChangeKind { none, added, progressed, held, regressed };

// "new", "progressed", ...: the JSON and handout words; empty for none.
std::string_view change_kind_id(ChangeKind kind);

struct PlannedExercise
{
  const Exercise* exercise = nullptr;
  Dosage dose;
  std::vector<Weekday> days;
  std::vector<std::string> why;
  int seconds = 0;                      // estimated time for one session
  const Exercise* started_as = nullptr; // the week-1 exercise it progressed from
  ChangeKind change = ChangeKind::none;
  std::string change_reason; // plain words: what changed and why
  std::string change_rule;   // the change rule that decided it, if one did
  // An aerobic bout is longer on the days with room in the session:
  // `longer_minutes` on `longer_days` (some of `days`), the dose on the rest.
  std::optional<int> longer_minutes;
  std::vector<Weekday> longer_days;

  // The seconds the exercise takes on `day` (0 when it is not on that day).
  int seconds_on(Weekday day) const;
  // The minutes of a week of it, for aerobic work.
  int minutes_a_week() const;
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

// A plan, or a referral notice when a red flag stops planning.
using PlanOrReferral = std::variant<Plan, Referral>;

} // namespace ptplan::model
