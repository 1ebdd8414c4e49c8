#include "ptplan/engine/notes.hpp"

#include "ptplan/core/words.hpp"
#include "ptplan/i18n/words.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>

namespace ptplan::engine {

namespace {

using model::Subjects;

bool holds(const std::vector<std::string>& list, const std::string& word)
{
  return std::find(list.begin(), list.end(), word) != list.end();
}

// A note ready to print, with its guard.
struct Candidate
{
  std::string text;
  std::string rule;
  Subjects advises;
  Subjects warns;
  Subjects needs;
  std::string instead;
};

// The kinds of subject, each with its list in a Subjects and the forbidden
// map of the constraints (biases are never forbidden, only preferred).
struct Kind
{
  std::string_view name;
  const std::vector<std::string> Subjects::*list;
  const RuleMap Constraints::*forbidden;
};

constexpr Kind k_kinds[] = {
  {"movement", &Subjects::movements, &Constraints::movements},
  {"position", &Subjects::positions, &Constraints::positions},
  {"category", &Subjects::categories, &Constraints::categories},
  {"bias", &Subjects::biases, nullptr},
  {"exercise", &Subjects::exercises, &Constraints::exercises},
};

bool exercise_has(const model::Exercise& exercise, const Kind& kind, const std::string& word)
{
  if (kind.list == &Subjects::movements) {
    return holds(exercise.movements, word);
  }
  if (kind.list == &Subjects::positions) {
    return exercise.position == word;
  }
  if (kind.list == &Subjects::categories) {
    return model::word_of(exercise.category) == word;
  }
  if (kind.list == &Subjects::biases) {
    return exercise.bias == word;
  }
  return exercise.id == word;
}

// Whether a planned exercise has any of the subjects in `needs`.
bool plan_holds_any(const Subjects& needs, const std::vector<model::PlannedExercise>& planned)
{
  for (const auto& kind : k_kinds) {
    for (const auto& word : needs.*kind.list) {
      const bool found = std::any_of(planned.begin(), planned.end(),
        [&](const model::PlannedExercise& item) { return item.exercise && exercise_has(*item.exercise, kind, word); });
      if (found) {
        return true;
      }
    }
  }
  return false;
}

std::string subjects_text(const Subjects& subjects)
{
  std::vector<std::string> parts;
  for (const auto& kind : k_kinds) {
    for (const auto& word : subjects.*kind.list) {
      parts.push_back(fmt::format("{} {}", kind.name, word));
    }
  }
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == parts.size() ? " or " : ", ") + parts[i];
  }
  return out;
}

// Why the advice may not be printed: a fired rule forbids what it advises.
std::optional<std::string> forbidden_advice(const Subjects& advises, const Constraints& constraints)
{
  for (const auto& kind : k_kinds) {
    if (!kind.forbidden) {
      continue;
    }
    const RuleMap& forbidden = constraints.*kind.forbidden;
    for (const auto& word : advises.*kind.list) {
      if (const auto found = forbidden.find(word); found != forbidden.end()) {
        return fmt::format("it advises {} {}, which rule {} rules out", kind.name, word, found->second->id);
      }
    }
  }
  return std::nullopt;
}

// Why the advice may not be printed: another note warns against it.
std::optional<std::string> warned_advice(const Candidate& note, const std::vector<Candidate>& warnings)
{
  for (const auto& warning : warnings) {
    if (warning.rule == note.rule && warning.text == note.text) {
      continue;
    }
    for (const auto& kind : k_kinds) {
      for (const auto& word : note.advises.*kind.list) {
        if (holds(warning.warns.*kind.list, word)) {
          return fmt::format("it advises {} {}, which the note of {} warns against", kind.name, word, warning.rule);
        }
      }
    }
  }
  return std::nullopt;
}

// A progress-log note is about the exercise it stopped: it warns against
// that exercise, and against moving the low back its way.
Candidate log_candidate(const model::Note& note, const model::Catalog& catalog)
{
  Candidate candidate{note.text, note.rule, {}, {}, {}, {}};
  if (const model::Exercise* exercise = note.exercise.empty() ? nullptr : catalog.find(note.exercise)) {
    candidate.warns.exercises.push_back(exercise->id);
    if (exercise->bias != "neutral") {
      candidate.warns.biases.push_back(exercise->bias);
    }
  }
  return candidate;
}

} // namespace

// A rule's note on a plan that holds an exercise the therapist allowed
// against that rule (choices.allow) says so, so that the note and the
// exercise's block do not contradict each other.
std::string with_cleared(const std::string& text, const std::string& rule, const std::vector<model::PlannedExercise>& planned,
  const i18n::Text& language)
{
  std::vector<std::string> names;
  for (const auto& item : planned) {
    const bool cleared =
      std::any_of(item.overrides.begin(), item.overrides.end(), [&](const model::Override& o) { return o.rule == rule; });
    if (cleared) {
      names.push_back("\"" + item.exercise->name + "\"");
    }
  }
  if (names.empty()) {
    return text;
  }
  return language.format(
    i18n::Phrase::note_cleared, fmt::arg("note", text), fmt::arg("names", i18n::list_in_words(language, names)));
}

ComposedNotes compose_notes(const Constraints& constraints, const std::vector<model::PlannedExercise>& planned,
  const std::vector<model::Note>& log_notes, const model::Catalog& catalog, const Sides& sides, const i18n::Text& language)
{
  std::vector<Candidate> candidates;
  for (const auto& note : log_notes) {
    candidates.push_back(log_candidate(note, catalog));
  }
  for (const auto* rule : constraints.notes) {
    for (const auto& note : rule->notes) {
      const std::string& text = sides.named && !note.sided.empty() ? note.sided : note.text;
      candidates.push_back({with_sides(text, sides), rule->id, note.advises, note.warns, note.needs, note.instead});
    }
  }
  ComposedNotes result;
  std::vector<Candidate> warnings;
  std::vector<bool> needed(candidates.size(), true);
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& note = candidates[i];
    needed[i] = note.needs.empty() || plan_holds_any(note.needs, planned);
    if (needed[i] && !note.warns.empty()) {
      warnings.push_back(note);
    }
  }
  std::set<std::string> printed;
  const auto print = [&](const std::string& text, const std::string& rule, const std::string& exercise) {
    if (printed.insert(text).second) {
      result.notes.push_back({text, rule, exercise});
    }
  };
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& note = candidates[i];
    const std::string exercise = i < log_notes.size() ? log_notes[i].exercise : std::string();
    if (!needed[i]) {
      result.left_out.push_back(
        {note.text, note.rule, fmt::format("it speaks of {}, which the plan does not hold", subjects_text(note.needs))});
      continue;
    }
    std::optional<std::string> conflict = forbidden_advice(note.advises, constraints);
    if (!conflict) {
      conflict = warned_advice(note, warnings);
    }
    if (conflict) {
      const bool replaced = !note.instead.empty();
      result.left_out.push_back({note.text, note.rule, replaced ? *conflict + "; its instead text is printed" : *conflict});
      if (replaced) {
        print(with_sides(note.instead, sides), note.rule, exercise);
      }
      continue;
    }
    print(with_cleared(note.text, note.rule, planned, language), note.rule, exercise);
  }
  return result;
}

std::vector<model::StopLine> compose_stop_signs(const Constraints& constraints)
{
  std::vector<model::StopLine> lines;
  std::set<std::string> seen;
  for (const auto* rule : constraints.stop_signs) {
    for (const auto& sign : rule->stop_signs) {
      if (seen.insert(sign.text).second) {
        lines.push_back({sign.call, sign.text, rule->id});
      }
    }
  }
  return lines;
}

} // namespace ptplan::engine
