#pragma once

#include "ptplan/render/pdf/html_tree.hpp"
#include "ptplan/render/pdf/style.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ptplan::render::pdf {

// A stretch of text drawn differently: bold, italic or in a colour.
struct Run
{
  std::size_t start = 0; // byte offsets into RichText::text
  std::size_t end = 0;
  bool bold = false;
  bool italic = false;
  std::optional<Color> color;
  bool operator==(const Run&) const = default;
};

// The inline content of a block, as text and runs: white space collapsed as
// HTML does, <br> as a line break, control characters and bidi overrides
// removed.
struct RichText
{
  std::string text;
  std::vector<Run> runs;
  int tick_boxes = 0; // <span class="tick">: boxes for the patient to tick

  bool empty() const { return text.empty() && tick_boxes == 0; }
  bool operator==(const RichText&) const = default;
};

// Collects the inline content of `node` (all of it, block children too,
// read as inline).
RichText inline_content(const HtmlNode& node);

// Collects inline content from a range of sibling nodes.
RichText inline_content(const std::vector<HtmlNode>& nodes, std::size_t begin, std::size_t end);

// Plain text as rich text.
RichText plain_text(std::string_view text);

// True for the tags read as inline content (<strong>, <span>, <a>, <br>, ...).
bool is_inline_tag(std::string_view tag);

} // namespace ptplan::render::pdf
