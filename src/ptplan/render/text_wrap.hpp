#pragma once

#include <string>
#include <string_view>

namespace ptplan::render {

inline constexpr std::size_t k_default_width = 72;

// Wraps each line of plain text at `width` columns (counting UTF-8
// characters), breaking at spaces. Continuation lines keep the line's
// indent, plus the width of a list marker ("1. ", "- ") when it has one; in
// a row of a tick table ("  x   .   1. Name") they start under the name.
// Trailing spaces are removed.
std::string wrap_text(std::string_view text, std::size_t width);

} // namespace ptplan::render
