#include "ptplan/lint/catalog_lint.hpp"

#include "ptplan/lint/readability.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <regex>
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
  for (const auto& flag : knowledge.vocabulary.red_flags.ids()) {
    if (!covered_flags.contains(flag)) {
      diagnostics.error({"rules.yaml", 0, 0}, fmt::format("red flag \"{}\" has no referral rule", flag));
    }
  }
  for (const auto& exercise : knowledge.catalog.exercises()) {
    for (const auto& rule : knowledge.rules.rules) {
      const auto& f = rule.forbid;
      const bool always_out = always_fires(rule)
                              && (has_any(exercise.movements, f.movements) || has_any({exercise.position}, f.positions)
                                  || has_any(exercise.equipment, f.equipment) || has_any({exercise.category}, f.categories)
                                  || has_any({exercise.id}, f.exercises) || (f.floor && exercise.floor));
      if (always_out) {
        diagnostics.error(
          exercise.where, fmt::format("{}: no profile can reach it: rule {} always rules it out", exercise.id, rule.id));
      }
    }
    if (exercise.conditions.empty() && !linked.contains(exercise.id) && exercise.category != "self-care") {
      diagnostics.error(
        exercise.where, fmt::format("{}: no profile can reach it on purpose: it helps no condition and no chain, variant or rule "
                                    "links to it",
                          exercise.id));
    }
  }
}

void lint_template_readability(const SourceFile& source, Diagnostics& diagnostics)
{
  // Literal text only: tags, HTML markup and Markdown punctuation removed.
  static const std::regex k_tags(R"(\{\{[^}]*\}\}\}?)");
  static const std::regex k_markup(R"(<[^>]*>|[#*|>_`])");
  std::string text = std::regex_replace(source.text, k_tags, " ");
  if (source.name.find(".html") != std::string::npos) {
    const auto body = text.find("<body");
    text = body == std::string::npos ? text : text.substr(body);
  }
  text = std::regex_replace(text, k_markup, " ");
  check_text({source.name, 0, 0}, "the template's text", text, diagnostics);
}

} // namespace ptplan::lint
