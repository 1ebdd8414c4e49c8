#include "ptplan/lint/notes_lint.hpp"

#include "ptplan/core/sides.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace ptplan::lint {

namespace {

using model::Subjects;

bool holds(const std::vector<std::string>& list, const std::string& word)
{
  return std::find(list.begin(), list.end(), word) != list.end();
}

// One subject in a note's guard: its kind and its word.
struct Subject
{
  const std::vector<std::string> Subjects::*list;
  std::string_view word;
};

// Words in a note that speak of a movement, position or kind of exercise,
// and the subjects that cover them: the note must declare one of them in
// advises, warns or needs, so that its guard says what its words say.
struct Phrase
{
  std::string_view words;
  std::vector<Subject> covered_by;
};

const std::vector<Phrase>& phrases()
{
  using S = Subjects;
  static const std::vector<Subject> k_extension = {
    {&S::biases, "extension"}, {&S::movements, "spinal-extension-end-range"}, {&S::movements, "spinal-extension-sustained"}};
  static const std::vector<Subject> k_flexion = {{&S::biases, "flexion"}, {&S::movements, "spinal-flexion-end-range"},
    {&S::movements, "spinal-flexion-loaded"}, {&S::movements, "spinal-flexion-sustained"},
    {&S::movements, "spinal-flexion-repeated"}};
  static const std::vector<Subject> k_hip_flexion = {{&S::movements, "hip-flexion-past-90"}};
  static const std::vector<Subject> k_balance = {{&S::categories, "balance"}, {&S::movements, "balance-unsupported"}};
  static const std::vector<Phrase> k_phrases = {
    {"arch", k_extension},
    {"bend forward", k_flexion},
    {"bend your back", k_flexion},
    {"round your back", k_flexion},
    {"slump", k_flexion},
    {"sit-up", k_flexion},
    {"toe touch", k_flexion},
    {"bend at the hip", k_hip_flexion},
    {"bend your hip", k_hip_flexion},
    {"right angle", k_hip_flexion},
    {"cross your leg", {{&S::movements, "hip-adduction-past-midline"}}},
    {"foot in", {{&S::movements, "hip-internal-rotation"}}},
    {"foot out", {{&S::movements, "hip-external-rotation"}}},
    {"behind you", {{&S::movements, "hip-extension-past-neutral"}}},
    {"twist", {{&S::movements, "spinal-rotation-end-range"}}},
    {"middle range", {{&S::movements, "end-range-stretch"}}},
    {"balance move", k_balance},
    {"on your stomach", {{&S::positions, "prone"}}},
    {"flat on your back", {{&S::positions, "supine"}}},
    {"stationary bike", {{&S::exercises, "stationary-cycling"}, {&S::categories, "aerobic"}}},
  };
  return k_phrases;
}

std::string lower(std::string_view text)
{
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool declares(const model::RuleNote& note, const Subject& subject)
{
  const std::string word(subject.word);
  return holds(note.advises.*subject.list, word) || holds(note.warns.*subject.list, word)
         || holds(note.needs.*subject.list, word);
}

// The forbids of a rule as Subjects, for comparing with a note's guard.
Subjects forbidden_by(const model::Rule& rule)
{
  return {rule.forbid.movements, rule.forbid.positions, rule.forbid.categories, {}, rule.forbid.exercises};
}

constexpr const std::vector<std::string> Subjects::*k_lists[] = {
  &Subjects::movements, &Subjects::positions, &Subjects::categories, &Subjects::biases, &Subjects::exercises};

// The first word that both hold, of the kinds a rule can forbid or a note
// can warn against.
std::string shared(const Subjects& a, const Subjects& b)
{
  for (const auto list : k_lists) {
    for (const auto& word : a.*list) {
      if (holds(b.*list, word)) {
        return word;
      }
    }
  }
  return {};
}

void check_words(const model::Rule& rule, const model::RuleNote& note, Diagnostics& diagnostics)
{
  const std::string text = lower(note.text + "\n" + note.sided + "\n" + note.instead);
  for (const auto& phrase : phrases()) {
    if (text.find(phrase.words) == std::string::npos) {
      continue;
    }
    const bool covered =
      std::any_of(phrase.covered_by.begin(), phrase.covered_by.end(), [&](const Subject& s) { return declares(note, s); });
    if (!covered) {
      std::string names;
      for (const auto& subject : phrase.covered_by) {
        names += (names.empty() ? "" : ", ") + std::string(subject.word);
      }
      diagnostics.error(
        note.where, fmt::format("{}: the note speaks of \"{}\" but its advises, warns or needs declare none of: {}", rule.id,
                      phrase.words, names));
    }
  }
}

void check_tokens(const model::Rule& rule, const model::RuleNote& note, Diagnostics& diagnostics)
{
  if (names_a_side(note.text) || names_a_side(note.instead)) {
    diagnostics.error(note.where,
      fmt::format("{}: {{side}} and {{other}} belong in the note's sided text, used when the profile names a side", rule.id));
  }
  if (!note.sided.empty() && !names_a_side(note.sided)) {
    diagnostics.error(note.where, fmt::format("{}: the note's sided text names no {{side}} or {{other}}", rule.id));
  }
}

void check_exercise_ids(
  const model::Rule& rule, const model::RuleNote& note, const model::Catalog& catalog, Diagnostics& diagnostics)
{
  for (const Subjects* subjects : {&note.advises, &note.warns, &note.needs}) {
    for (const auto& id : subjects->exercises) {
      if (!catalog.find(id)) {
        diagnostics.error(
          note.where, fmt::format("{}: the note names exercise \"{}\", which the catalog does not hold", rule.id, id));
      }
    }
  }
}

} // namespace

void lint_notes(const model::Knowledge& knowledge, Diagnostics& diagnostics)
{
  std::vector<const model::Rule*> always;
  for (const auto& rule : knowledge.rules.rules) {
    if (rule.when.op == model::Condition::Op::always) {
      always.push_back(&rule);
    }
  }
  for (const auto& rule : knowledge.rules.rules) {
    const Subjects forbidden = forbidden_by(rule);
    for (const auto& note : rule.notes) {
      check_words(rule, note, diagnostics);
      check_tokens(rule, note, diagnostics);
      check_exercise_ids(rule, note, knowledge.catalog, diagnostics);
      if (const std::string word = shared(note.advises, forbidden); !word.empty()) {
        diagnostics.error(note.where, fmt::format("{}: the note advises {}, which its own rule forbids", rule.id, word));
      }
      for (const auto& other : rule.notes) {
        if (const std::string word = shared(note.advises, other.warns); &other != &note && !word.empty()) {
          diagnostics.error(
            note.where, fmt::format("{}: the note advises {}, which another note of the same rule warns against", rule.id, word));
        }
      }
      if (const std::string word = shared(note.advises, note.warns); !word.empty()) {
        diagnostics.error(note.where, fmt::format("{}: the note both advises and warns against {}", rule.id, word));
      }
      Subjects warned = note.warns;
      warned.biases.clear(); // a direction of the low back is not forbidden, only preferred
      for (const auto list : k_lists) {
        for (const auto& word : warned.*list) {
          if (!holds(forbidden.*list, word)) {
            diagnostics.error(note.where, fmt::format("{}: the note warns against {}, which its rule does not forbid, so a plan "
                                                      "could hold it",
                                            rule.id, word));
          }
        }
      }
      for (const auto* fixed : always) {
        if (const std::string word = shared(note.advises, forbidden_by(*fixed)); fixed != &rule && !word.empty()) {
          diagnostics.error(
            note.where, fmt::format("{}: the note can never be printed: it advises {}, which rule {} always forbids", rule.id,
                          word, fixed->id));
        }
      }
    }
  }
}

void lint_side_tokens(const model::Knowledge& knowledge, Diagnostics& diagnostics)
{
  for (const auto& exercise : knowledge.catalog.exercises()) {
    std::vector<std::string> texts = exercise.steps;
    texts.push_back(exercise.purpose);
    texts.push_back(exercise.safety);
    texts.push_back(exercise.name);
    for (const auto& text : texts) {
      const std::string bare = with_sides(text, Sides{});
      if (bare.find('{') != std::string::npos || bare.find('}') != std::string::npos) {
        diagnostics.error(exercise.where,
          fmt::format("{}: \"{}\": the only tokens exercise text may hold are {{side}} and {{other}}", exercise.id, text));
      }
    }
    if (names_a_side(exercise.name)) {
      diagnostics.error(exercise.where, fmt::format("{}: the name may not hold {{side}} or {{other}}", exercise.id));
    }
  }
}

} // namespace ptplan::lint
