#pragma once

#include "ptplan/cli/common.hpp"
#include "ptplan/model/profile.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace ptplan::cli {

// `--lang CODE` on plan, explain, review and batch: the handout's language,
// over the profile's `language`.
void add_lang_option(CLI::App& command, CommonOptions& options);

// Whether `code` is a language of the context (English, or one with
// translations); otherwise prints an error that lists those there are.
bool known_language(const Context& context, const std::string& code);

// The language a profile's handout is in: --lang, else the profile's
// `language`, else English.
std::string language_for(const CommonOptions& options, const model::Profile& profile);

// The knowledge base in `code`: `english` itself for English, else a copy
// with the language's text in place (i18n/localize). A text without a
// translation stays English, and a warning says how many there are and the
// first of them, added to `warnings`.
model::Knowledge localized_knowledge(
  const model::Knowledge& english, const Context& context, const std::string& code, std::vector<std::string>& warnings);

} // namespace ptplan::cli
