#pragma once

#include "ptplan/render/text_wrap.hpp"

#include <cstddef>
#include <optional>
#include <string_view>

namespace ptplan::render {

// The paper an HTML handout prints on: ISO A4 (the default) or US Letter.
enum class Paper { a4, letter };

// "a4", "letter"; parse_paper gives the empty optional for anything else.
std::string_view paper_name(Paper paper);
std::optional<Paper> parse_paper(std::string_view name);

// The value of a CSS `@page { size: ... }` for the paper: "A4", "letter".
std::string_view page_size_css(Paper paper);

// Narrower than this, the week table of a text handout cannot fit a line.
inline constexpr std::size_t k_min_width = 60;
inline constexpr std::size_t k_max_width = 200;

// How a handout is laid out for printing: the paper and large print (16 pt
// type, bigger pictures) for HTML and PDF, the line width for plain text.
// Other formats ignore it.
struct PrintOptions
{
  Paper paper = Paper::a4;
  std::size_t width = k_default_width;
  bool large_print = false;
};

} // namespace ptplan::render
