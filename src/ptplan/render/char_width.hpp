#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ptplan::render {

// Columns a character takes on a terminal or a fixed-width page: 2 for East
// Asian wide and fullwidth characters and most emoji, 0 for combining marks,
// joiners and variation selectors, else 1. A fixed table (Unicode 15, East
// Asian Width W and F), so the result never depends on the locale.
int char_width(char32_t c);

// Whether a line may not start with `c` (closing CJK punctuation: 。，、」).
bool no_break_before(char32_t c);

// The next character of UTF-8 `text` at `offset`, and its length in bytes.
// A byte that does not start a valid sequence is returned alone as U+FFFD.
struct Decoded
{
  char32_t c = 0;
  std::size_t length = 1;
};
Decoded decode_utf8(std::string_view text, std::size_t offset);

// The display width of UTF-8 text: the sum of char_width.
std::size_t display_width(std::string_view text);

// `text` with spaces after it to `columns` display columns (unchanged when
// it is as wide already), for plain-text tables.
std::string pad_to_width(std::string text, std::size_t columns);

} // namespace ptplan::render
