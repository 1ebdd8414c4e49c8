#pragma once

#include <string>
#include <string_view>

namespace ptplan::render {

inline constexpr std::size_t k_default_width = 72;

// Wraps each line of plain text at `width` display columns (a CJK character
// or an emoji takes two, render/char_width.hpp), breaking at spaces and
// between CJK characters. Continuation lines keep the line's
// indent, plus the width of a list marker ("1. ", "- ") when it has one; in
// a row of a tick table ("  x   .   1. Name") they start under the name.
// Trailing spaces are removed.
std::string wrap_text(std::string_view text, std::size_t width);

} // namespace ptplan::render
