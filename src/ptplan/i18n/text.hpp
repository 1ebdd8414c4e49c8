#pragma once

#include "ptplan/model/messages.hpp"

#include <fmt/format.h>

#include <span>
#include <string>
#include <string_view>

namespace ptplan::i18n {

// The fixed phrases of i18n/phrases.def, by name.
enum class Phrase {
#define PTPLAN_PHRASE(name, context, english) name,
#define PTPLAN_PLURAL(name, context, one, many) name,
#include "ptplan/i18n/phrases.def"
#undef PTPLAN_PHRASE
#undef PTPLAN_PLURAL
};

struct PhraseInfo
{
  std::string_view name;
  std::string_view context;
  std::string_view english;
  std::string_view english_plural; // empty unless the phrase has a count
};

// Every phrase, in the order of phrases.def.
std::span<const PhraseInfo> all_phrases();
const PhraseInfo& info(Phrase phrase);

// The words of one language for what ptplan writes itself: the phrases of
// phrases.def and the words of the catalog's data (weekdays, months, sides).
// Made for English (no messages) or a language's messages, which must
// outlive it. A phrase without a translation is printed in English (`ptplan
// check` lists them).
class Text
{
public:
  Text() = default;
  explicit Text(const model::Messages* messages) : m_messages(messages) {}

  std::string_view language() const { return m_messages ? std::string_view(m_messages->language) : "en"; }
  bool english() const { return m_messages == nullptr; }
  const model::Messages* messages() const { return m_messages; }

  std::string_view operator()(Phrase phrase) const;

  // The phrase for `count` (1 minute, 2 minutes).
  std::string_view plural(Phrase phrase, long long count) const;

  // The phrase with its {names} filled in: format(Phrase::dose_hold,
  // fmt::arg("duration", "30 seconds")).
  template <typename... Args>
  std::string format(Phrase phrase, const Args&... args) const
  {
    return fill_pattern((*this)(phrase), info(phrase).english, fmt::make_format_args(args...));
  }

  // The same for a phrase with a count, which is also {count}.
  template <typename... Args>
  std::string format_count(Phrase phrase, long long count, const Args&... args) const
  {
    const PhraseInfo& about = info(phrase);
    return fill_pattern(plural(phrase, count), count == 1 || about.english_plural.empty() ? about.english : about.english_plural,
      fmt::make_format_args(fmt::arg("count", count), args...));
  }

  // `pattern` filled in; should a translation not fill (a name it does not
  // know, which `ptplan check` rules out), the English does.
  static std::string fill_pattern(std::string_view pattern, std::string_view english, fmt::format_args args);

private:
  const model::Messages* m_messages = nullptr;
};

} // namespace ptplan::i18n
