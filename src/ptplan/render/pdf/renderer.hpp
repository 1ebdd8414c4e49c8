#pragma once

#include "ptplan/render/pdf/pictures.hpp"
#include "ptplan/render/pdf/style.hpp"
#include "ptplan/render/pdf/text.hpp"
#include "ptplan/render/print_options.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ptplan::render::pdf {

// What a PDF handout is made from: the HTML handout (its words, order and
// pictures), the template it came from, the paper, its author, and large
// print (16 pt type, bigger pictures).
struct Request
{
  std::string_view html;
  Kind kind = Kind::plan;
  Paper paper = Paper::a4;
  std::string author; // the therapist and clinic, for the document's properties
  bool large_print = false;
  std::string page_pattern = "Page {page} of {pages}"; // the foot of each page, in the handout's language
};

// Writes PDF handouts. It keeps the fonts and pictures it has loaded for
// the next handout, so make one per thread and reuse it.
class Renderer
{
public:
  // The PDF's bytes; the empty optional when Cairo fails.
  std::optional<std::string> render(const Request& request);

private:
  TextEngine m_text;
  PictureCache m_pictures;
};

} // namespace ptplan::render::pdf
