#include "ptplan/cli/language.hpp"

#include "ptplan/core/words.hpp"
#include "ptplan/i18n/localize.hpp"

#include <fmt/format.h>

namespace ptplan::cli {

void add_lang_option(CLI::App& command, CommonOptions& options)
{
  command.add_option("--lang", options.lang,
    "The handout's language (en, es): over the profile's `language`. Messages for the therapist stay English.");
}

bool known_language(const Context& context, const std::string& code)
{
  if (code == "en" || context.languages.count(code) > 0) {
    return true;
  }
  std::vector<std::string> available;
  const model::Terms& names = context.knowledge.vocabulary.languages;
  for (const auto& id : names.ids()) {
    available.push_back(fmt::format("{} ({})", id, names.label(id)));
  }
  print_error(fmt::format("--lang: no handouts in \"{}\"; available: {}", code, fmt::join(available, ", ")));
  return false;
}

std::string language_for(const CommonOptions& options, const model::Profile& profile)
{
  if (!options.lang.empty()) {
    return options.lang;
  }
  return profile.language.value_or("en");
}

model::Knowledge localized_knowledge(
  const model::Knowledge& english, const Context& context, const std::string& code, std::vector<std::string>& warnings)
{
  model::Knowledge knowledge = english;
  const auto found = context.languages.find(code);
  if (found == context.languages.end()) {
    return knowledge;
  }
  const auto missing = i18n::localize(knowledge, found->second);
  if (!missing.empty()) {
    const bool one = missing.size() == 1;
    warnings.push_back(fmt::format("{} of the handout {} no \"{}\" translation and {} printed in English (first: {} of {}); "
                                   "`ptplan check` lists {}",
      count_in_words(missing.size(), "text", "texts"), one ? "has" : "have", code, one ? "is" : "are", missing.front().what,
      missing.front().context, one ? "it" : "them"));
  }
  return knowledge;
}

} // namespace ptplan::cli
