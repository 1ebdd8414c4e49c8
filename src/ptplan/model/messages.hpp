#pragma once

#include "ptplan/core/diagnostics.hpp"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ptplan::model {

// How a language picks the plural form of a word for a count (gettext's
// Plural-Forms): English and Spanish say "1 minute", "2 minutes", "0
// minutes" (n != 1); French and Brazilian Portuguese "0 minuto" (n > 1);
// some languages have one form.
enum class PluralRule { not_one, more_than_one, one_form };

// One language's translations, read from the gettext .po files of
// `exercises/lang/<code>/`: for a context (an exercise or rule id, or the
// kind of a fixed phrase) and an English text, the language's text. English
// itself has no entries: every text is its own translation.
struct Messages
{
  struct Entry
  {
    std::vector<std::string> forms; // msgstr, or msgstr[0], msgstr[1], ... for a plural
    std::string plural_id;          // msgid_plural, for a plural
    Location where;
  };

  std::string language = "en";
  PluralRule plural = PluralRule::not_one;
  std::map<std::string, Entry, std::less<>> entries; // by key(context, msgid)

  // gettext's own key: the context, byte 4, the English text.
  static std::string key(std::string_view context, std::string_view id)
  {
    std::string out;
    out.reserve(context.size() + id.size() + 1);
    out.append(context);
    out += '\x04';
    out.append(id);
    return out;
  }

  const Entry* find(std::string_view context, std::string_view id) const
  {
    const auto found = entries.find(key(context, id));
    return found == entries.end() ? nullptr : &found->second;
  }

  // The translation of `english`, or nullptr when there is none.
  const std::string* translation(std::string_view context, std::string_view english) const
  {
    const Entry* entry = find(context, english);
    return entry && !entry->forms.empty() && !entry->forms[0].empty() ? &entry->forms[0] : nullptr;
  }

  // Which plural form a count takes.
  std::size_t form_for(long long count) const
  {
    switch (plural) {
    case PluralRule::more_than_one:
      return count > 1 ? 1 : 0;
    case PluralRule::one_form:
      return 0;
    default:
      return count != 1 ? 1 : 0;
    }
  }
};

// The languages a knowledge base holds, by code; English is always there.
using Languages = std::map<std::string, std::shared_ptr<const Messages>, std::less<>>;

} // namespace ptplan::model
