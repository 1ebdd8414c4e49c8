#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ptplan::load {

// What is wrong in a piece of a drawing's CSS, and its byte offset in the
// text given.
struct StyleProblem
{
  std::size_t offset = 0;
  std::string message;
};

// Checks CSS from an SVG drawing (a <style> element's text, a style=""
// attribute or a presentation attribute such as fill="url(#g)"), as a
// browser would read it: comments dropped and CSS escapes ("u\72l(",
// "@\69mport") decoded first. Refused: url() to anything but "#id" in the
// file, at-rules (@import, @font-face, ...), and functions other than
// colours, calc() and transforms (image-set() and the like load files).
// Linear in the length of the text. The empty optional when it is fine.
std::optional<StyleProblem> check_svg_style(std::string_view css);

} // namespace ptplan::load
