#include "ptplan/lint/catalog_lint.hpp"

#include "ptplan/lint/readability.hpp"
#include "ptplan/lint/tag_lint.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace ptplan::lint {

namespace {

// The sentence with the highest grade, for the message. Fragments under
// five words (headings, table labels) are left out: the formula gives a
// lone long word a grade of 20.
std::string hardest_sentence(const std::string& text)
{
  std::string hardest;
  double worst = -100.0;
  for (const auto& sentence : sentences_of(text)) {
    if (word_count(sentence) < 5) {
      continue;
    }
    const double grade = flesch_kincaid_grade(sentence);
    if (grade > worst) {
      worst = grade;
      hardest = sentence;
    }
  }
  return hardest;
}

// The whole text must read at grade 8 or below, and no single sentence
// above grade 12 (one sentence is a small sample, so its bar is higher, but
// a single hard sentence can still lose a patient).
void check_text(const Location& where, const std::string& what, const std::string& text, Diagnostics& diagnostics)
{
  const double grade = flesch_kincaid_grade(text);
  const std::string hardest = hardest_sentence(text);
  if (grade > k_max_grade) {
    diagnostics.error(
      where, fmt::format("{} reads at grade {:.1f}, above {:.0f}; hardest sentence: \"{}\"", what, grade, k_max_grade, hardest));
    return;
  }
  const double sentence_grade = flesch_kincaid_grade(hardest);
  if (sentence_grade > k_max_sentence_grade) {
    diagnostics.error(where, fmt::format("{}: a sentence reads at grade {:.1f}, above {:.0f}: \"{}\"", what, sentence_grade,
                               k_max_sentence_grade, hardest));
  }
}

std::string patient_text(const model::Exercise& exercise)
{
  std::string text = exercise.purpose + "\n";
  for (const auto& step : exercise.steps) {
    text += step + "\n";
  }
  return text + exercise.safety + "\n";
}

bool always_fires(const model::Rule& rule)
{
  return rule.when.op == model::Condition::Op::always;
}

// Whether a rule changes the plan itself: forbids, limits, doses or
// requires something (a note alone protects no one).
bool restricts(const model::Rule& rule)
{
  const auto& f = rule.forbid;
  const bool forbids = !f.movements.empty() || !f.positions.empty() || !f.equipment.empty() || !f.categories.empty()
                       || !f.exercises.empty() || !f.muscle_groups.empty() || f.floor || !rule.forbid_from.empty();
  const bool limits = rule.limit.max_level || rule.limit.max_exercises || rule.limit.progress_chain;
  return forbids || limits || !rule.dosage.empty() || !rule.require_categories.empty();
}

// The words a condition asks `fact` to contain, leaving out those under a
// "not" (a rule for everyone but them).
void positive_words(const model::Condition& condition, std::string_view fact, bool negated, std::set<std::string>& words)
{
  if (condition.op == model::Condition::Op::negate) {
    negated = !negated;
  }
  if (!negated && condition.fact == fact) {
    words.insert(condition.words.begin(), condition.words.end());
  }
  for (const auto& child : condition.children) {
    positive_words(child, fact, negated, words);
  }
}

bool has_any(const std::vector<std::string>& list, const std::vector<std::string>& wanted)
{
  return std::any_of(
    wanted.begin(), wanted.end(), [&](const std::string& w) { return std::find(list.begin(), list.end(), w) != list.end(); });
}

} // namespace

void lint_knowledge(const model::Knowledge& knowledge, Diagnostics& diagnostics)
{
  std::set<std::string> linked;
  for (const auto& exercise : knowledge.catalog.exercises()) {
    check_text(exercise.where, fmt::format("{}: the patient text", exercise.id), patient_text(exercise), diagnostics);
    linked.insert(exercise.regression);
    linked.insert(exercise.progression);
    linked.insert(exercise.variants.begin(), exercise.variants.end());
  }
  std::set<std::string> covered_flags;
  for (const auto& rule : knowledge.rules.rules) {
    linked.insert(rule.prefer.exercises.begin(), rule.prefer.exercises.end());
    for (const auto& note : rule.notes) {
      check_text(
        note.where, fmt::format("{}: the note", rule.id), note.text + "\n" + note.sided + "\n" + note.instead, diagnostics);
    }
    for (const auto& sign : rule.stop_signs) {
      check_text(sign.where, fmt::format("{}: the stop sign", rule.id), sign.text, diagnostics);
    }
    if (rule.refer) {
      check_text(rule.where, fmt::format("{}: the referral reason", rule.id), rule.refer->reason, diagnostics);
      std::vector<const model::Condition*> stack = {&rule.when};
      while (!stack.empty()) {
        const model::Condition* condition = stack.back();
        stack.pop_back();
        if (condition->fact == "red_flags") {
          covered_flags.insert(condition->words.begin(), condition->words.end());
        }
        for (const auto& child : condition->children) {
          stack.push_back(&child);
        }
      }
    }
  }
  lint_movement_tags(knowledge, diagnostics);
  for (const auto& flag : knowledge.vocabulary.red_flags.ids()) {
    if (!covered_flags.contains(flag)) {
      diagnostics.error({"rules.yaml", 0, 0}, fmt::format("red flag \"{}\" has no referral rule", flag));
    }
  }
  // A precaution without a rule is accepted in profiles and does nothing:
  // the plan would be made as if it were not there.
  std::set<std::string> covered_precautions;
  for (const auto& rule : knowledge.rules.rules) {
    if (restricts(rule)) {
      positive_words(rule.when, "precautions", false, covered_precautions);
    }
  }
  for (const auto& precaution : knowledge.vocabulary.precautions.ids()) {
    if (!covered_precautions.contains(precaution)) {
      diagnostics.error({"rules.yaml", 0, 0},
        fmt::format("precaution \"{}\" has no rule that forbids, limits or doses anything when a profile has it", precaution));
    }
  }
  for (const auto& exercise : knowledge.catalog.exercises()) {
    for (const auto& rule : knowledge.rules.rules) {
      const auto& f = rule.forbid;
      const bool always_out =
        always_fires(rule)
        && (has_any(exercise.movements, f.movements) || has_any({exercise.position}, f.positions)
            || has_any(exercise.equipment, f.equipment) || has_any({std::string(model::word_of(exercise.category))}, f.categories)
            || has_any({exercise.id}, f.exercises) || (f.floor && exercise.floor));
      if (always_out) {
        diagnostics.error(
          exercise.where, fmt::format("{}: no profile can reach it: rule {} always rules it out", exercise.id, rule.id));
      }
    }
    if (exercise.conditions.empty() && !linked.contains(exercise.id) && exercise.category != model::Category::self_care) {
      diagnostics.error(
        exercise.where, fmt::format("{}: no profile can reach it on purpose: it helps no condition and no chain, variant or rule "
                                    "links to it",
                          exercise.id));
    }
  }
}

namespace {

// The literal text of a template: every {{...}} tag (a triple one too) and
// every <...> markup tag becomes a space, and so do Markdown's # * | > _ `.
// One pass; an unclosed tag or markup runs to the end.
std::string literal_text(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, 2, "{{") == 0) {
      const std::size_t close = text.find("}}", i + 2);
      i = close == std::string_view::npos ? text.size() : close + 2;
      if (i < text.size() && text[i] == '}') {
        ++i;
      }
      out += ' ';
      continue;
    }
    if (text[i] == '<') {
      const std::size_t close = text.find('>', i + 1);
      i = close == std::string_view::npos ? text.size() : close + 1;
      out += ' ';
      continue;
    }
    const char c = text[i++];
    out += std::string_view("#*|>_`").find(c) == std::string_view::npos ? c : ' ';
  }
  return out;
}

} // namespace

void lint_template_readability(const SourceFile& source, Diagnostics& diagnostics)
{
  std::string_view text = source.text;
  if (source.name.find(".html") != std::string::npos) {
    const auto body = text.find("<body");
    text = body == std::string_view::npos ? text : text.substr(body);
  }
  check_text({source.name, 0, 0}, "the template's text", literal_text(text), diagnostics);
}

} // namespace ptplan::lint
