#pragma once

#include "ptplan/render/pdf/paginate.hpp"
#include "ptplan/render/pdf/style.hpp"
#include "ptplan/render/pdf/text.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ptplan::render::pdf {

// The document's properties, shown by a PDF reader.
struct Metadata
{
  std::string title;
  std::string author;
  std::string creator; // the program
};

// The foot of every page: a rule, the footer text, and "Page N of M".
struct Footer
{
  RichText text;
  std::string page_pattern = "Page {page} of {pages}"; // i18n Phrase::page_of in the handout's language
  double height = 0;                                   // from the rule to the bottom of the text
};

// Draws the pages into a PDF (Cairo's PDF surface): fonts embedded as
// subsets, text drawn as text (selectable, in reading order), pictures as
// shared vector forms. No creation date is written, so the same pages give
// the same bytes. The empty optional when Cairo fails (out of memory).
std::optional<std::string> write_pdf(
  const std::vector<Page>& pages, const Footer& footer, const PageGeometry& geometry, const Metadata& metadata, TextEngine& text);

// How tall the footer is on a page of `geometry`, and how tall that leaves
// the page's body.
double footer_height(const Footer& footer, const PageGeometry& geometry, TextEngine& text);
double body_height(const PageGeometry& geometry, const Footer& footer);

} // namespace ptplan::render::pdf
