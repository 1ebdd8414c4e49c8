#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/model/messages.hpp"

#include <string_view>

namespace ptplan::load {

// The translations of a knowledge base: every `lang/<code>/*.po` file
// among `files`, one language a folder (`exercises/lang/es/`). The code is
// two or three lowercase letters (ISO 639), optionally with a region
// ("pt-BR"). An entry given in two files of one folder's language is an
// error; one a folder on top gives again replaces the one below.
// `into` may already hold languages (the built-in ones, for --catalog-add):
// the new entries are added to them. Returns false on error.
bool read_languages(const KnowledgeFiles& files, model::Languages& into, Diagnostics& diagnostics);

// The built-in translations (exercises/lang/), read once.
const model::Languages& builtin_languages();

// Whether `messages` are one of the built-in languages.
bool is_builtin_language(const model::Messages* messages);

// Whether `code` looks like a language code.
bool is_language_code(std::string_view code);

} // namespace ptplan::load
