#pragma once

#include "ptplan/render/pdf/display.hpp"
#include "ptplan/render/pdf/html_tree.hpp"
#include "ptplan/render/pdf/pictures.hpp"
#include "ptplan/render/pdf/rich_text.hpp"
#include "ptplan/render/pdf/style.hpp"
#include "ptplan/render/pdf/text.hpp"

#include <optional>
#include <vector>

namespace ptplan::render::pdf {

// The text of the first element styled as the running footer (<footer>),
// empty when there is none.
RichText running_footer(const HtmlNode& body, Kind kind);

// A narrower strip at the top of a block, beside a floated picture.
struct Band
{
  double until = 0; // from the block's top
  double width = 0;
};

// A block ready for the page: what it draws and how it may be placed.
struct Piece
{
  Fragment fragment;
  double margin_top = 0;
  double margin_bottom = 0;
  bool keep_with_next = false; // a heading: never last on a page
  bool break_before = false;
  // A paragraph right under a heading ("Your week", then a line about the
  // table): it stays with the block after it too, unless that is a heading.
  bool lead_in = false;
};

// Lays out the body of an HTML handout in a column: the elements and
// classes the handout uses are drawn as its print style sheet draws them
// (style.hpp); any other element is drawn as plain blocks and text, so a
// user's template still prints every word. Blocks that must not be split
// (an exercise, a safety box, a table) are one piece each; a piece taller
// than a page is split into its parts, or between its lines.
class Layouter
{
public:
  // Large print keeps lists in one column, as the large-print style sheet does.
  Layouter(TextEngine& text, PictureCache& pictures, Kind kind, bool large_print = false);
  // The body of a handout as pieces in reading order, leaving out the
  // running footer; no piece is taller than `page_height` where it can be
  // split.
  std::vector<Piece> flow(const HtmlNode& body, double width, double page_height);

  // One element as one fragment, its box included.
  Fragment block(const HtmlNode& node, const Style& style, double width, Band band = {});

private:
  using Ancestors = std::vector<const HtmlNode*>;

  void flow_into(const HtmlNode& node, const Style& style, double width, std::vector<Piece>& out);
  void add_piece(const HtmlNode& node, const Style& style, double width, std::vector<Piece>& out);
  Fragment content(const HtmlNode& node, const Style& style, double width, Band band);
  Fragment stack(const HtmlNode& node, const Style& style, double width, Band band);
  Fragment grid(const HtmlNode& node, const Style& style, double width);
  Fragment list(const HtmlNode& node, const Style& style, double width, Band band, std::vector<Piece>* pieces = nullptr);
  Fragment paragraph(const RichText& text, const TextStyle& style, double width);
  Fragment picture(const HtmlNode& node, const TextStyle& style, double width);
  Style child_style(const HtmlNode& child, const Style& parent) const;

  TextEngine& m_text;
  PictureCache& m_pictures;
  Kind m_kind;
  bool m_large_print = false;
  Ancestors m_ancestors;
  double m_page_height = 0;
};

} // namespace ptplan::render::pdf
