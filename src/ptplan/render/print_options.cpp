#include "ptplan/render/print_options.hpp"

namespace ptplan::render {

std::string_view paper_name(Paper paper)
{
  return paper == Paper::letter ? "letter" : "a4";
}

std::optional<Paper> parse_paper(std::string_view name)
{
  if (name == "a4") {
    return Paper::a4;
  }
  if (name == "letter") {
    return Paper::letter;
  }
  return std::nullopt;
}

std::string_view page_size_css(Paper paper)
{
  return paper == Paper::letter ? "letter" : "A4";
}

} // namespace ptplan::render
