#pragma once

#include "ptplan/i18n/text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ptplan::i18n {

// A template marks the words a translation replaces as `{{#t}}Key
// points{{/t}}`: the text between the tags is the English (tags of its own
// may be inside: `{{#t}}Week {{week}}{{/t}}`), msgctxt "template".
inline constexpr std::string_view k_template_context = "template";

struct TemplatePhrase
{
  std::string english;
  int line = 0; // where it starts, from 1
  int column = 0;
};

// Every marked phrase of a template, in order. An opening tag without its
// closing one is left in the text, where parsing the template reports it.
std::vector<TemplatePhrase> template_phrases(std::string_view source);

// The template with each marked phrase replaced by its translation (or the
// English without the marks).
std::string localize_template(std::string_view source, const Text& text);

} // namespace ptplan::i18n
