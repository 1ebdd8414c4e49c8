#pragma once

#include <string>
#include <string_view>

namespace ptplan::render {

// RFC 4648 base64 with padding.
std::string base64(std::string_view bytes);

// A data: URI for an image file, so an HTML handout needs no other file and
// no network: "data:image/svg+xml;base64,..." for a path ending in ".svg",
// "data:image/png;base64,..." for ".png". An SVG shown through <img> runs
// no scripts and loads nothing (the browser's secure static mode).
std::string image_data_uri(std::string_view path, std::string_view bytes);

// A data: URI for SVG text made in memory (a drawn figure).
std::string svg_data_uri(std::string_view svg);

} // namespace ptplan::render
