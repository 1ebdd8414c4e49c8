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

// One line of the stop box: whom to call (therapist, doctor, emergency),
// the sign in plain words, and the rule that asked for it.
struct StopLine
{
  std::string call;
  std::string text;
  std::string rule;
};

// A referral notice: red flags that must be seen by a doctor before any plan.
struct Referral
{
  int week = 1;
  std::string urgency; // emergency | urgent | soon
  std::vector<std::string> flags;
  std::vector<std::string> reasons; // plain words, one per rule that fired
  std::vector<const Rule*> rules;
  std::vector<StopLine> go_now; // signs that mean the emergency department instead of waiting (not for an emergency)
};

// How an exercise changed since last week, from what actually happened to
// its step and dose. `none` in week 1.
enum class ChangeKind { none, added, progressed, held, regressed };

// "new", "progressed", ...: the JSON and handout words; empty for none.
std::string_view change_kind_id(ChangeKind kind);

// A rule the therapist overrode for one exercise (`choices.allow`).
struct Override
{
  std::string rule;
  std::string reason;
};

// Who put an exercise on the plan.
enum class ChosenBy { rules, therapist };

// "rules" or "therapist": the JSON words.
std::string_view chosen_by_id(ChosenBy by);

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
  // The therapist's part (`choices:`): who picked it, the rules allowed
  // against, the therapist's own line, and whether the dose is theirs.
  ChosenBy chosen_by = ChosenBy::rules;
  std::vector<Override> overrides;
  std::string therapist_note;
  bool dose_by_therapist = false;

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
  std::string exercise; // the exercise a progress-log note is about, if any
};

// A note a rule asked for that the handout leaves out, and why (for the
// therapist: `ptplan explain`, JSON).
struct LeftOutNote
{
  std::string text;
  std::string rule;
  std::string reason;
};

// The pain traffic light (CLINICAL.md s.3). With the usual pain in the green
// zone the zones are absolute (0-3 fine, 4-5 settles by morning, above 5 go
// back a step); above it they are relative to the usual pain, so the guide
// judges the change: up to `green_top` is fine, up to `yellow_top` is fine
// if it is back to the usual level by the next morning, above it or not
// settled means a step back.
struct PainGuide
{
  bool relative = false;
  int usual = 0;
  int green_top = 3;
  int yellow_top = 5;
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
  std::vector<LeftOutNote> notes_left_out;
  std::vector<StopLine> stop_signs; // the stop box, in rule order
  PainGuide pain_guide;
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
