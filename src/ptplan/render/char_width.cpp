#include "ptplan/render/char_width.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <utility>

namespace ptplan::render {

namespace {

using Range = std::pair<char32_t, char32_t>;

// East Asian Width W and F (EastAsianWidth.txt, Unicode 15), emoji blocks
// merged: sorted, not overlapping.
constexpr std::array k_wide = {
  Range{0x1100, 0x115F},
  Range{0x231A, 0x231B},
  Range{0x2329, 0x232A},
  Range{0x23E9, 0x23EC},
  Range{0x23F0, 0x23F0},
  Range{0x23F3, 0x23F3},
  Range{0x25FD, 0x25FE},
  Range{0x2614, 0x2615},
  Range{0x2648, 0x2653},
  Range{0x267F, 0x267F},
  Range{0x2693, 0x2693},
  Range{0x26A1, 0x26A1},
  Range{0x26AA, 0x26AB},
  Range{0x26BD, 0x26BE},
  Range{0x26C4, 0x26C5},
  Range{0x26CE, 0x26CE},
  Range{0x26D4, 0x26D4},
  Range{0x26EA, 0x26EA},
  Range{0x26F2, 0x26F3},
  Range{0x26F5, 0x26F5},
  Range{0x26FA, 0x26FA},
  Range{0x26FD, 0x26FD},
  Range{0x2705, 0x2705},
  Range{0x270A, 0x270B},
  Range{0x2728, 0x2728},
  Range{0x274C, 0x274C},
  Range{0x274E, 0x274E},
  Range{0x2753, 0x2755},
  Range{0x2757, 0x2757},
  Range{0x2795, 0x2797},
  Range{0x27B0, 0x27B0},
  Range{0x27BF, 0x27BF},
  Range{0x2B1B, 0x2B1C},
  Range{0x2B50, 0x2B50},
  Range{0x2B55, 0x2B55},
  Range{0x2E80, 0x303E},
  Range{0x3041, 0x33FF},
  Range{0x3400, 0x4DBF},
  Range{0x4E00, 0x9FFF},
  Range{0xA000, 0xA4CF},
  Range{0xA960, 0xA97F},
  Range{0xAC00, 0xD7A3},
  Range{0xF900, 0xFAFF},
  Range{0xFE10, 0xFE19},
  Range{0xFE30, 0xFE6F},
  Range{0xFF00, 0xFF60},
  Range{0xFFE0, 0xFFE6},
  Range{0x16FE0, 0x16FE4},
  Range{0x17000, 0x18CD5},
  Range{0x1B000, 0x1B2FB},
  Range{0x1F004, 0x1F004},
  Range{0x1F0CF, 0x1F0CF},
  Range{0x1F18E, 0x1F18E},
  Range{0x1F191, 0x1F19A},
  Range{0x1F200, 0x1F202},
  Range{0x1F210, 0x1F23B},
  Range{0x1F240, 0x1F248},
  Range{0x1F250, 0x1F251},
  Range{0x1F260, 0x1F265},
  Range{0x1F300, 0x1F3FA},
  Range{0x1F400, 0x1F64F},
  Range{0x1F680, 0x1F6FF},
  Range{0x1F7E0, 0x1F7EB},
  Range{0x1F90C, 0x1F9FF},
  Range{0x1FA70, 0x1FAFF},
  Range{0x20000, 0x2FFFD},
  Range{0x30000, 0x3FFFD},
};

// Characters that take no column of their own: combining marks, zero-width
// spaces and joiners, variation selectors, emoji skin tones.
constexpr std::array k_zero = {
  Range{0x0300, 0x036F},
  Range{0x0483, 0x0489},
  Range{0x0591, 0x05BD},
  Range{0x0610, 0x061A},
  Range{0x064B, 0x065F},
  Range{0x1AB0, 0x1AFF},
  Range{0x1DC0, 0x1DFF},
  Range{0x200B, 0x200F},
  Range{0x2028, 0x202E},
  Range{0x2060, 0x2064},
  Range{0x20D0, 0x20FF},
  Range{0x302A, 0x302D},
  Range{0x3099, 0x309A},
  Range{0xFE00, 0xFE0F},
  Range{0xFE20, 0xFE2F},
  Range{0xFEFF, 0xFEFF},
  Range{0x1F3FB, 0x1F3FF},
  Range{0xE0000, 0xE007F},
  Range{0xE0100, 0xE01EF},
};

template <std::size_t N>
bool in(const std::array<Range, N>& table, char32_t c)
{
  const auto it = std::upper_bound(table.begin(), table.end(), c, [](char32_t value, const Range& r) { return value < r.first; });
  return it != table.begin() && c <= std::prev(it)->second;
}

} // namespace

int char_width(char32_t c)
{
  if (c < 0x300) {
    return 1;
  }
  if (in(k_zero, c)) {
    return 0;
  }
  return in(k_wide, c) ? 2 : 1;
}

bool no_break_before(char32_t c)
{
  switch (c) {
  case 0x3001: // 、
  case 0x3002: // 。
  case 0x3009: // 〉
  case 0x300B: // 》
  case 0x300D: // 」
  case 0x300F: // 』
  case 0x3011: // 】
  case 0xFF01: // ！
  case 0xFF09: // ）
  case 0xFF0C: // ，
  case 0xFF0E: // ．
  case 0xFF1A: // ：
  case 0xFF1B: // ；
  case 0xFF1F: // ？
    return true;
  default:
    return false;
  }
}

Decoded decode_utf8(std::string_view text, std::size_t offset)
{
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(offset);
  if (lead < 0x80) {
    return {lead, 1};
  }
  std::size_t length = 0;
  char32_t c = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    c = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    c = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    c = lead & 0x07;
  } else {
    return {0xFFFD, 1};
  }
  if (offset + length > text.size()) {
    return {0xFFFD, 1};
  }
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(offset + i) & 0xC0) != 0x80) {
      return {0xFFFD, 1};
    }
    c = (c << 6) | (byte(offset + i) & 0x3F);
  }
  return {c, length};
}

std::size_t display_width(std::string_view text)
{
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) { // the common case
      ++width;
      ++i;
      continue;
    }
    const Decoded d = decode_utf8(text, i);
    width += static_cast<std::size_t>(char_width(d.c));
    i += d.length;
  }
  return width;
}

std::string pad_to_width(std::string text, std::size_t columns)
{
  const std::size_t width = display_width(text);
  if (width < columns) {
    text.append(columns - width, ' ');
  }
  return text;
}

} // namespace ptplan::render
