#include "ptplan/lint/translation_lint.hpp"

#include "ptplan/core/words.hpp"
#include "ptplan/i18n/localize.hpp"
#include "ptplan/i18n/template_text.hpp"
#include "ptplan/i18n/text.hpp"
#include "ptplan/lint/readability.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace ptplan::lint {

namespace {

// The `open`...`close` tokens of a text, as a sorted list ("{minutes}",
// "{{week}}").
std::multiset<std::string> tokens(std::string_view text, std::string_view open, std::string_view close)
{
  std::multiset<std::string> out;
  std::size_t at = 0;
  while ((at = text.find(open, at)) != std::string_view::npos) {
    const std::size_t end = text.find(close, at + open.size());
    if (end == std::string_view::npos) {
      out.insert(std::string(text.substr(at)));
      break;
    }
    out.insert(std::string(text.substr(at, end + close.size() - at)));
    at = end + close.size();
  }
  return out;
}

std::string joined(const std::multiset<std::string>& items)
{
  return items.empty() ? std::string("none") : fmt::format("{}", fmt::join(items, " "));
}

// A side token in its English form: {side_m} counts as {side}.
std::multiset<std::string> side_tokens(std::string_view text)
{
  std::multiset<std::string> out;
  for (const auto& token : tokens(text, "{", "}")) {
    out.insert(token == "{side_m}" ? "{side}" : token == "{other_m}" ? "{other}" : token);
  }
  return out;
}

class LanguageLint
{
public:
  LanguageLint(const model::Messages& messages, Diagnostics& diagnostics) : m_messages(messages), m_diagnostics(diagnostics) {}

  void missing(std::string_view what, std::string_view context, std::string_view english)
  {
    m_diagnostics.error({fmt::format("lang/{}", m_messages.language), 0, 0},
      fmt::format("no translation of {} (msgctxt \"{}\"): \"{}\"", what, context, english));
  }

  void mismatch(const model::Messages::Entry& entry, std::string_view kind, const std::multiset<std::string>& english,
    const std::multiset<std::string>& translated)
  {
    m_diagnostics.error(entry.where, fmt::format("the translation has {} {}, the English {}; keep each of the English's", kind,
                                       joined(translated), joined(english)));
  }

  // A catalog text: its side tokens kept.
  void catalog_text(const i18n::Missing& text)
  {
    const model::Messages::Entry* entry = m_messages.find(text.context, text.english);
    if (!entry || entry->forms.empty() || entry->forms[0].empty()) {
      // A clinic's own exercise or rule (a --catalog-add folder) need not be
      // translated: its handouts say so when it is printed in English. Once
      // it has a text in the language, it needs them all.
      const bool builtin = text.where.file.empty() || text.where.file.starts_with("<built-in>");
      if (builtin || translates(text.context)) {
        missing(fmt::format("{} of {}", text.what, text.context), text.context, text.english);
      }
      return;
    }
    const auto english = side_tokens(text.english);
    const auto translated = side_tokens(entry->forms[0]);
    if (english != translated) {
      mismatch(*entry, "the tokens", english, translated);
    }
  }

  // A phrase of phrases.def: its {names} kept, its plural forms all there.
  void phrase(const i18n::PhraseInfo& phrase)
  {
    const model::Messages::Entry* entry = m_messages.find(phrase.context, phrase.english);
    if (!entry || entry->forms.empty() || entry->forms[0].empty()) {
      missing(fmt::format("the phrase {}", phrase.name), phrase.context, phrase.english);
      return;
    }
    const std::size_t forms = m_messages.plural == model::PluralRule::one_form ? 1 : 2;
    if (!phrase.english_plural.empty() && entry->forms.size() != forms) {
      m_diagnostics.error(
        entry->where, fmt::format("the phrase {} needs {} (msgstr[0]...), as Plural-Forms says; it has {}", phrase.name,
                        count_in_words(forms, "plural form", "plural forms"), entry->forms.size()));
    }
    if (phrase.english_plural.empty() && !entry->plural_id.empty()) {
      m_diagnostics.error(entry->where, fmt::format("the phrase {} has no plural; write msgstr, not msgstr[N]", phrase.name));
    }
    // Every name of the English is kept; the context may offer more
    // ("{weekday} is there for languages that name it").
    const auto english = tokens(phrase.english, "{", "}");
    const auto offered = tokens(phrase.context, "{", "}");
    for (const auto& form : entry->forms) {
      const auto translated = tokens(form, "{", "}");
      const bool keeps =
        std::all_of(english.begin(), english.end(), [&](const std::string& name) { return translated.count(name) > 0; });
      const bool known = std::all_of(translated.begin(), translated.end(),
        [&](const std::string& name) { return english.count(name) > 0 || offered.count(name) > 0; });
      if (!keeps || !known) {
        mismatch(*entry, "the names", english, translated);
        break;
      }
    }
  }

  // A marked phrase of a template: its {{tags}} kept.
  void template_phrase(const std::string& template_name, const i18n::TemplatePhrase& phrase)
  {
    const model::Messages::Entry* entry = m_messages.find(i18n::k_template_context, phrase.english);
    if (!entry || entry->forms.empty() || entry->forms[0].empty()) {
      missing(fmt::format("a phrase of {} (line {})", template_name, phrase.line), i18n::k_template_context, phrase.english);
      return;
    }
    const auto english = tokens(phrase.english, "{{", "}}");
    const auto translated = tokens(entry->forms[0], "{{", "}}");
    if (english != translated) {
      mismatch(*entry, "the tags", english, translated);
    }
  }

private:
  // Whether the language has any text for an exercise or rule.
  bool translates(const std::string& context) const
  {
    const std::string prefix = model::Messages::key(context, "");
    const auto found = m_messages.entries.lower_bound(prefix);
    return found != m_messages.entries.end() && found->first.starts_with(prefix);
  }

  const model::Messages& m_messages;
  Diagnostics& m_diagnostics;
};

bool is_spanish(std::string_view code)
{
  return code == "es" || code.starts_with("es-");
}

// The hardest sentence of a Spanish text and its ease.
std::pair<std::string, double> hardest_spanish(const std::string& text)
{
  std::pair<std::string, double> hardest{"", 200.0};
  for (const auto& sentence : sentences_of(text)) {
    if (word_count(sentence) < 10) {
      continue; // the formula swings on a short sentence: one long word is "difficult"
    }
    const double ease = fernandez_huerta(sentence);
    if (ease < hardest.second) {
      hardest = {sentence, ease};
    }
  }
  return hardest;
}

void check_spanish_ease(const model::Exercise& exercise, Diagnostics& diagnostics)
{
  std::string text = exercise.purpose + "\n";
  for (const auto& step : exercise.steps) {
    text += step + "\n";
  }
  text += exercise.safety + "\n";
  const double ease = fernandez_huerta(text);
  const auto [sentence, sentence_ease] = hardest_spanish(text);
  if (ease < k_min_spanish_ease) {
    diagnostics.error(exercise.purpose_where,
      fmt::format("{} in Spanish reads at Fernández-Huerta {:.0f}, below {:.0f} (\"bastante fácil\"); hardest sentence: \"{}\"",
        exercise.id, ease, k_min_spanish_ease, sentence));
  } else if (sentence_ease < k_min_spanish_sentence_ease) {
    diagnostics.error(
      exercise.purpose_where, fmt::format("{} in Spanish: a sentence reads at Fernández-Huerta {:.0f}, below {:.0f}: \"{}\"",
                                exercise.id, sentence_ease, k_min_spanish_sentence_ease, sentence));
  }
}

} // namespace

void lint_languages(const model::Knowledge& english, const render::TemplateSet& templates, const model::Languages& languages,
  Diagnostics& diagnostics)
{
  const std::vector<i18n::Missing> texts = i18n::patient_texts(english);
  for (const auto& [code, messages] : languages) {
    LanguageLint lint(*messages, diagnostics);
    for (const auto& text : texts) {
      lint.catalog_text(text);
    }
    for (const auto& phrase : i18n::all_phrases()) {
      lint.phrase(phrase);
    }
    for (const auto& [name, source] : templates.templates) {
      for (const auto& phrase : i18n::template_phrases(source.text)) {
        lint.template_phrase(name, phrase);
      }
      render::check_template(source, diagnostics, name, i18n::Text(messages.get()));
    }
    if (is_spanish(code)) {
      model::Knowledge localized = english;
      i18n::localize(localized, messages);
      for (const auto& exercise : localized.catalog.exercises()) {
        check_spanish_ease(exercise, diagnostics);
      }
    }
  }
}

} // namespace ptplan::lint
