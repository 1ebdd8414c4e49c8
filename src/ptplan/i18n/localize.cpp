#include "ptplan/i18n/localize.hpp"

#include <fmt/format.h>

namespace ptplan::i18n {

namespace {

// Visits every patient-facing text of the knowledge base with its context
// and what it is; `Visit` may change the text.
template <typename KnowledgeT, typename Visit>
void each_text(KnowledgeT& knowledge, Visit&& visit)
{
  for (auto& exercise : knowledge.catalog.exercises_mutable()) {
    const std::string& id = exercise.id;
    const Location& at = exercise.purpose_where;
    visit(id, exercise.name, "name", at);
    visit(id, exercise.purpose, "purpose", at);
    for (std::size_t i = 0; i < exercise.steps.size(); ++i) {
      visit(id, exercise.steps[i], fmt::format("step {}", i + 1), at);
    }
    visit(id, exercise.safety, "safety", at);
    if (exercise.pose) {
      visit(id, exercise.pose->caption, "caption", at);
    }
  }
  for (auto& rule : knowledge.rules.rules) {
    const std::string& id = rule.id;
    const Location at = !rule.notes.empty()        ? rule.notes.front().where
                        : !rule.stop_signs.empty() ? rule.stop_signs.front().where
                                                   : Location{};
    if (rule.refer) {
      visit(id, rule.refer->reason, "referral reason", at);
    }
    for (auto& note : rule.notes) {
      visit(id, note.text, "note", note.where);
      visit(id, note.sided, "note for one side", note.where);
      visit(id, note.instead, "note instead", note.where);
    }
    for (auto& sign : rule.stop_signs) {
      visit(id, sign.text, "stop-box line", sign.where);
    }
    if (rule.change) {
      visit(id, rule.change->reason, "change reason", at);
    }
  }
}

// The vocabulary lists a handout prints.
template <typename Visit>
void each_vocabulary_list(model::Vocabulary& vocabulary, Visit&& visit)
{
  visit("red_flags", vocabulary.red_flags);
  visit("urgencies", vocabulary.urgencies);
}

} // namespace

std::vector<Missing> patient_texts(const model::Knowledge& knowledge)
{
  std::vector<Missing> out;
  model::Knowledge copy = knowledge; // each_text takes a mutable knowledge base
  each_text(copy, [&](const std::string& context, const std::string& text, const std::string& what, const Location& where) {
    if (!text.empty()) {
      out.push_back({context, text, what, where});
    }
  });
  each_vocabulary_list(copy.vocabulary, [&](const std::string& context, const model::Terms& terms) {
    for (std::size_t i = 0; i < terms.ids().size(); ++i) {
      out.push_back({context, terms.labels()[i], terms.ids()[i], {}});
    }
  });
  return out;
}

std::vector<Missing> localize(model::Knowledge& knowledge, std::shared_ptr<const model::Messages> messages)
{
  std::vector<Missing> missing;
  if (!messages) {
    knowledge.messages = nullptr;
    return missing;
  }
  each_text(knowledge, [&](const std::string& context, std::string& text, const std::string& what, const Location& where) {
    if (text.empty()) {
      return;
    }
    if (const std::string* translated = messages->translation(context, text)) {
      text = *translated;
    } else {
      missing.push_back({context, text, what, where});
    }
  });
  each_vocabulary_list(knowledge.vocabulary, [&](const std::string& context, model::Terms& terms) {
    std::vector<std::string> labels = terms.labels();
    for (std::size_t i = 0; i < labels.size(); ++i) {
      if (const std::string* translated = messages->translation(context, labels[i])) {
        labels[i] = *translated;
      } else {
        missing.push_back({context, labels[i], terms.ids()[i], {}});
      }
    }
    terms.set_labels(std::move(labels));
  });
  knowledge.messages = std::move(messages);
  return missing;
}

} // namespace ptplan::i18n
