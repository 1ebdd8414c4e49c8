#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/model/dosage.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace ptplan::model {

// One exercise the therapist named in `choices.include` or `choices.exclude`,
// with where it was written (for the engine's file:line:column messages).
struct ExerciseChoice
{
  std::string exercise;
  Location where;
};

// `choices.dose.ID`: the fields given replace the computed dose; the others
// are left to the rules. Never has a side.
struct DoseChoice
{
  std::string exercise;
  Dosage dose;
  Location where;
};

// `choices.note.ID`: the therapist's own line for that exercise's block.
struct NoteChoice
{
  std::string exercise;
  std::string text;
  Location where;
};

// `choices.allow[]`: a pick that `rule` forbids, which the therapist takes
// responsibility for.
struct AllowChoice
{
  std::string exercise;
  std::string rule;
  std::string reason;
  Location where;
};

// The therapist's own choices (SPEC.md "Profile", `choices:`), validated by
// the loader: every exercise id is in the catalog and every rule id in the
// rule set; no id is both included and excluded; a dose or note is not for an
// excluded exercise. Each list keeps the file's order and holds an id once
// (an allow entry once per exercise and rule). What the rules make of them
// is the engine's.
struct Choices
{
  std::vector<ExerciseChoice> include;
  std::vector<ExerciseChoice> exclude;
  std::vector<DoseChoice> dose;
  std::vector<NoteChoice> note;
  std::vector<AllowChoice> allow;
  Location where; // the `choices:` key

  bool empty() const { return include.empty() && exclude.empty() && dose.empty() && note.empty() && allow.empty(); }
  bool includes(std::string_view id) const { return find(include, id) != nullptr; }
  bool excludes(std::string_view id) const { return find(exclude, id) != nullptr; }
  const ExerciseChoice* included(std::string_view id) const { return find(include, id); }
  const ExerciseChoice* excluded(std::string_view id) const { return find(exclude, id); }
  const DoseChoice* dose_for(std::string_view id) const { return find(dose, id); }
  const NoteChoice* note_for(std::string_view id) const { return find(note, id); }

  // The allow entry for `exercise` under `rule`, or nullptr.
  const AllowChoice* allowed(std::string_view exercise, std::string_view rule) const
  {
    const auto found =
      std::find_if(allow.begin(), allow.end(), [&](const AllowChoice& a) { return a.exercise == exercise && a.rule == rule; });
    return found == allow.end() ? nullptr : &*found;
  }

private:
  template <typename T>
  static const T* find(const std::vector<T>& items, std::string_view id)
  {
    const auto found = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.exercise == id; });
    return found == items.end() ? nullptr : &*found;
  }
};

} // namespace ptplan::model
