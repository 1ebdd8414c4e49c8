#include "ptplan/load/image_check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

namespace ptplan::load {

namespace {

bool ends_with(std::string_view text, std::string_view suffix)
{
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

ImageProblem problem_at(std::string_view text, std::size_t offset, std::string message)
{
  ImageProblem problem{1, 1, std::move(message)};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++problem.line;
      problem.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++problem.column;
    }
  }
  return problem;
}

std::string lower(std::string_view text)
{
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// A browser shows an SVG given through <img> in a mode that runs no script
// and loads nothing, and the handout does exactly that; refusing these here
// as well means a catalog never carries them, whatever shows the file.
std::optional<ImageProblem> check_svg(std::string_view text)
{
  const std::string low = lower(text);
  static const std::regex k_start(R"(^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>])");
  if (!std::regex_search(low, k_start)) {
    return problem_at(text, 0, "an SVG drawing must start with an <svg> element");
  }
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> k_forbidden = {{
    {"<script", "a script"},
    {"<foreignobject", "a foreignObject (HTML inside the drawing)"},
    {"<iframe", "an embedded document"},
    {"<object", "an embedded document"},
    {"<embed", "an embedded document"},
    {"<image", "an <image> element (draw with lines and shapes instead)"},
    {"<!doctype", "a DOCTYPE"},
    {"<!entity", "an entity declaration"},
    {"javascript:", "a javascript: link"},
  }};
  for (const auto& [needle, what] : k_forbidden) {
    if (const auto at = low.find(needle); at != std::string::npos) {
      return problem_at(text, at, fmt::format("the drawing holds {}; drawings may only hold lines and shapes", what));
    }
  }
  static const std::regex k_event(R"([\s"'/]on[a-z]+\s*=)");
  static const std::regex k_href(R"(href\s*=\s*["']\s*([^"'\s]?))");
  static const std::regex k_url(R"(url\(\s*["']?\s*(.?))");
  static const std::regex k_import(R"(@import)");
  std::smatch match;
  if (std::regex_search(low, match, k_event)) {
    return problem_at(text, static_cast<std::size_t>(match.position(0)) + 1,
      "the drawing has an event attribute (onload=, onclick=, ...), which could run a script");
  }
  for (const auto* pattern : {&k_href, &k_url}) {
    for (auto it = std::sregex_iterator(low.begin(), low.end(), *pattern); it != std::sregex_iterator(); ++it) {
      if ((*it)[1].str() != "#") {
        return problem_at(text, static_cast<std::size_t>(it->position(0)),
          "the drawing refers to something outside itself; links and url() may only point to \"#id\" inside the file");
      }
    }
  }
  if (std::regex_search(low, match, k_import)) {
    return problem_at(text, static_cast<std::size_t>(match.position(0)), "the drawing imports a style sheet from outside");
  }
  return std::nullopt;
}

} // namespace

bool is_image_path(std::string_view path)
{
  static const std::regex k_path(R"(images/[A-Za-z0-9_-]+\.(svg|png))");
  return std::regex_match(path.begin(), path.end(), k_path);
}

std::optional<ImageProblem> check_image(std::string_view path, std::string_view bytes)
{
  if (bytes.size() > k_max_image_bytes) {
    return ImageProblem{0, 0, fmt::format("the image is {} bytes; the limit is {} bytes", bytes.size(), k_max_image_bytes)};
  }
  if (ends_with(path, ".png")) {
    constexpr std::string_view k_signature("\x89PNG\r\n\x1a\n", 8);
    if (bytes.substr(0, k_signature.size()) != k_signature) {
      return ImageProblem{0, 0, "this is not a PNG file (it does not start with the PNG signature)"};
    }
    return std::nullopt;
  }
  if (ends_with(path, ".svg")) {
    return check_svg(bytes);
  }
  return ImageProblem{0, 0, "expected an .svg or .png drawing"};
}

} // namespace ptplan::load
