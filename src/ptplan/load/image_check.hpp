#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ptplan::load {

// The largest drawing an exercise may have. The shipped line drawings are a
// few kilobytes; a handout embeds each one.
inline constexpr std::size_t k_max_image_bytes = 256 * 1024;

// Whether an exercise's `image` names a drawing in the catalog's images/
// folder: "images/NAME.svg" or "images/NAME.png", NAME made of letters,
// digits, '-' and '_' (no sub-folders, no "..").
bool is_image_path(std::string_view path);

// What is wrong with an image file, and where (1-based; 0 when the whole
// file is meant).
struct ImageProblem
{
  int line = 0;
  int column = 0;
  std::string message;
};

// Checks an SVG drawing (at most k_max_image_bytes) with a namespace-aware
// XML parser (expat) against an allow-list: the root is <svg> in the SVG
// namespace; elements are plain drawing (svg, g, defs, title, desc, path,
// rect, circle, ellipse, line, polyline, polygon, text, tspan, textPath,
// marker, use, symbol, linear and radial gradients, stop, clipPath, mask,
// pattern, style) and attributes those of shapes, text and presentation;
// links (href, xlink:href) and CSS url() point only to "#id" in the file,
// and CSS has no at-rules and no functions that load anything (see
// svg_style.hpp). Anything else is refused with the reason and its line and
// column: scripts and foreignObject in any namespace, other namespaces,
// event attributes, animation, DOCTYPE and entities, processing
// instructions, encodings other than UTF-8. Nothing is ever fetched. Code
// that draws SVG itself checks its output with this too.
std::optional<ImageProblem> check_svg(std::string_view text);

// Checks a drawing's bytes: at most k_max_image_bytes; a PNG starts with
// the PNG signature; an SVG passes check_svg. The empty optional when it is
// fine.
std::optional<ImageProblem> check_image(std::string_view path, std::string_view bytes);

} // namespace ptplan::load
