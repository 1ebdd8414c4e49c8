#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/model/dosage.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ptplan::model {

// A condition over the profile's facts (exercises/README.md, "Conditions").
struct Condition
{
  enum class Op { always, all, any, negate, equals, in, contains, at_least, at_most, present };
  Op op = Op::always;
  std::string fact;
  std::vector<std::string> words;  // equals (one), in, contains
  double number = 0;               // at_least, at_most
  bool flag = true;                // present
  std::vector<Condition> children; // all, any, negate (one)
  Location where;
};

struct Forbid
{
  std::vector<std::string> movements;
  std::vector<std::string> positions;
  std::vector<std::string> equipment;
  std::vector<std::string> categories;
  std::vector<std::string> exercises;
  std::vector<std::string> muscle_groups;
  bool floor = false;
};

struct Prefer
{
  std::vector<std::string> categories;
  std::vector<std::string> conditions;
  std::vector<std::string> biases;
  std::vector<std::string> exercises;
};

struct Limit
{
  std::optional<int> max_level;
  std::optional<int> max_exercises;
  std::optional<bool> progress_chain;
};

// One dosage action: for exercises of `category` (all when empty), raise to
// at_least, lower to at_most, multiply by scale (percent), or set values.
struct DoseAdjustment
{
  std::string category;
  Dosage at_least;
  Dosage at_most;
  Dosage set;
  std::array<std::optional<int>, k_dose_field_count> scale_percent{};
};

struct Refer
{
  std::string urgency;
  std::string reason;
};

// A progress decision for one exercise from last week's log entry
// (CLINICAL.md s.3): progress, hold, regress or stop, with the reason in
// plain words.
struct Change
{
  std::string to;
  std::string reason;
};

// What a note speaks of, in the catalog's own words: movement tags,
// positions, categories, low-back biases and exercise ids.
struct Subjects
{
  std::vector<std::string> movements;
  std::vector<std::string> positions;
  std::vector<std::string> categories;
  std::vector<std::string> biases;
  std::vector<std::string> exercises;

  bool empty() const
  {
    return movements.empty() && positions.empty() && categories.empty() && biases.empty() && exercises.empty();
  }
};

// A line for the handout's notes with its guard (exercises/README.md,
// "Notes"): what it advises, what it warns against, what the plan must hold
// for it to make sense, and the text printed in its place when it is dropped
// for advising what is ruled out.
struct RuleNote
{
  std::string text;
  std::string sided; // the text for a profile that names one side: {side} and {other}
  Subjects advises;
  Subjects warns;
  Subjects needs;
  std::string instead;
  Location where;
};

// One line of the handout's "stop and get help" box: whom to call (therapist,
// doctor or emergency), the sign in plain words, and its clinical source.
struct StopSign
{
  std::string call;
  std::string text;
  std::string source;
  Location where;
};

struct Rule
{
  std::string id;
  std::string description;
  std::string source;
  Condition when;
  std::optional<Refer> refer;
  Forbid forbid;
  std::string forbid_from; // a list fact of movement tags
  std::vector<std::string> require_categories;
  Prefer prefer;
  Limit limit;
  std::vector<DoseAdjustment> dosage;
  std::vector<RuleNote> notes;
  std::vector<StopSign> stop_signs;
  std::optional<Change> change; // a per-exercise rule: evaluated for each exercise, not for the plan
  Location where;
  // In a catalog added with --catalog-add: takes the place of the rule with
  // the same id below it (else a taken id is an error).
  bool replaces = false;
  Location replaces_where;
};

struct RuleSet
{
  std::vector<Rule> rules;
};

} // namespace ptplan::model
