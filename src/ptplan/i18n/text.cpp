#include "ptplan/i18n/text.hpp"

#include <array>

namespace ptplan::i18n {

namespace {

constexpr std::array k_phrases = {
#define PTPLAN_PHRASE(name, context, english) PhraseInfo{#name, context, english, ""},
#define PTPLAN_PLURAL(name, context, one, many) PhraseInfo{#name, context, one, many},
#include "ptplan/i18n/phrases.def"
#undef PTPLAN_PHRASE
#undef PTPLAN_PLURAL
};

} // namespace

std::span<const PhraseInfo> all_phrases()
{
  return k_phrases;
}

const PhraseInfo& info(Phrase phrase)
{
  return k_phrases[static_cast<std::size_t>(phrase)];
}

std::string_view Text::operator()(Phrase phrase) const
{
  const PhraseInfo& about = info(phrase);
  if (m_messages) {
    if (const std::string* text = m_messages->translation(about.context, about.english)) {
      return *text;
    }
  }
  return about.english;
}

std::string_view Text::plural(Phrase phrase, long long count) const
{
  const PhraseInfo& about = info(phrase);
  if (m_messages) {
    const model::Messages::Entry* entry = m_messages->find(about.context, about.english);
    const std::size_t form = m_messages->form_for(count);
    if (entry && form < entry->forms.size() && !entry->forms[form].empty()) {
      return entry->forms[form];
    }
  }
  return count == 1 || about.english_plural.empty() ? about.english : about.english_plural;
}

std::string Text::fill_pattern(std::string_view pattern, std::string_view english, fmt::format_args args)
{
  try {
    return fmt::vformat(pattern, args);
  } catch (const fmt::format_error&) {
    return fmt::vformat(english, args);
  }
}

} // namespace ptplan::i18n
