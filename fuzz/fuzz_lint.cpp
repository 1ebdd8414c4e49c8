// libFuzzer target: any bytes as a template's text for the readability
// lint (lint/catalog_lint: literal text, sentences, Flesch-Kincaid), as a
// Markdown template and, when the text has a "<body" (the only place the
// two differ), as an HTML one; and as Spanish text for Fernández-Huerta's
// ease and its syllable count. Must never crash, hang or leak.
#include "ptplan/lint/catalog_lint.hpp"
#include "ptplan/lint/readability.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string text(reinterpret_cast<const char*>(data), size);
  {
    ptplan::Diagnostics diagnostics;
    ptplan::lint::lint_template_readability({"fuzz.markdown.mustache", text}, diagnostics);
  }
  if (text.find("<body") != std::string::npos) {
    ptplan::Diagnostics diagnostics;
    ptplan::lint::lint_template_readability({"fuzz.html.mustache", text}, diagnostics);
  }
  ptplan::lint::fernandez_huerta(text);
  return 0;
}
