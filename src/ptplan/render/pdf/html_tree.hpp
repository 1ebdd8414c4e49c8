#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ptplan::render::pdf {

// One node of a parsed HTML handout: an element (tag, classes, attributes,
// children) or, when `tag` is empty, a run of decoded text.
struct HtmlNode
{
  std::string tag; // lower case; empty for text
  std::string text;
  std::vector<std::string> classes;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::vector<HtmlNode> children;

  bool is_text() const { return tag.empty(); }
  bool has_class(std::string_view name) const;
  // The attribute's value, or an empty view when it is absent.
  std::string_view attribute(std::string_view name) const;
};

// What the PDF needs of an HTML page: its title, language and body.
struct HtmlDocument
{
  std::string title;
  std::string language; // <html lang>, "" when absent
  HtmlNode body;
};

// Parses HTML with libxml2's HTML parser, which recovers from any input
// (bad markup gives a tree, never an error). Comments, scripts and styles
// are dropped; entities are decoded.
HtmlDocument parse_html(std::string_view html);

} // namespace ptplan::render::pdf
