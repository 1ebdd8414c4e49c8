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

// Checks a drawing's bytes: at most k_max_image_bytes; a PNG starts with
// the PNG signature; an SVG is an <svg> document with nothing that runs or
// loads anything: no scripts, event attributes, foreignObject, embedded
// documents, DOCTYPE or entities, and links and url() only to "#" anchors
// inside the file. The empty optional when it is fine.
std::optional<ImageProblem> check_image(std::string_view path, std::string_view bytes);

} // namespace ptplan::load
