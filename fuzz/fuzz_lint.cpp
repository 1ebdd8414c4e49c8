// libFuzzer target: any bytes as a template's text for the readability
// lint (lint/catalog_lint: literal text, sentences, Flesch-Kincaid), as an
// HTML and a Markdown template. Must never crash, hang or leak.
#include "ptplan/lint/catalog_lint.hpp"
#include "ptplan/lint/readability.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"fuzz.html.mustache", "fuzz.markdown.mustache"}) {
    ptplan::Diagnostics diagnostics;
    ptplan::lint::lint_template_readability({name, text}, diagnostics);
  }
  ptplan::lint::flesch_kincaid_grade(text);
  ptplan::lint::sentences_of(text);
  return 0;
}
