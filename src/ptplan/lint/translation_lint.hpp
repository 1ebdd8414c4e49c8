#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/model/knowledge.hpp"
#include "ptplan/model/messages.hpp"
#include "ptplan/render/templates.hpp"

namespace ptplan::lint {

// Holds every language to the English (exercises/lang/README.md): each
// patient text of the knowledge base (exercises, rules' notes, stop box and
// referral reasons, the red flags and urgencies a handout prints), each
// phrase of i18n/phrases.def and each marked phrase of the templates needs a
// translation; a translation keeps the English's {names}, {{tags}} and
// {side}/{other} tokens (a side token may take its masculine form
// {side_m}/{other_m}) and adds no others; a plural has the forms its
// language's Plural-Forms count; each template still parses in the
// language. Spanish text must read "bastante fácil" or easier
// (Fernández-Huerta 70, a sentence of 10 words or more at least 50). `english` is the knowledge
// base before localization.
void lint_languages(const model::Knowledge& english, const render::TemplateSet& templates, const model::Languages& languages,
  Diagnostics& diagnostics);

} // namespace ptplan::lint
