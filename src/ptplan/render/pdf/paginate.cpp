#include "ptplan/render/pdf/paginate.hpp"

#include <algorithm>

namespace ptplan::render::pdf {

namespace {

// Whether piece `i` must share a page with the one after it.
bool keeps_with_next(const std::vector<Piece>& pieces, std::size_t i)
{
  return pieces[i].keep_with_next || (pieces[i].lead_in && i + 1 < pieces.size() && !pieces[i + 1].keep_with_next);
}

// How far down a page piece `i` would end if placed after `y`, with the
// pieces it must stay with (a heading, and what follows it).
double end_with_followers(const std::vector<Piece>& pieces, std::size_t i, double y, double last_margin, bool page_empty)
{
  double end = y + (page_empty ? 0 : std::max(last_margin, pieces[i].margin_top)) + pieces[i].fragment.height;
  while (keeps_with_next(pieces, i) && i + 1 < pieces.size() && !pieces[i + 1].break_before) {
    end += std::max(pieces[i].margin_bottom, pieces[i + 1].margin_top) + pieces[i + 1].fragment.height;
    ++i;
  }
  return end;
}

} // namespace

std::vector<Page> paginate(const std::vector<Piece>& pieces, double height)
{
  std::vector<Page> pages(1);
  double y = 0;
  double last_margin = 0;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const Piece& piece = pieces[i];
    bool empty = pages.back().placed.empty();
    bool next_page = !empty && piece.break_before;
    if (!next_page && !empty) {
      const double end = end_with_followers(pieces, i, y, last_margin, false);
      // Move to a fresh page only when the group fits there; a group taller
      // than a page starts where it is (a heading still moves with the
      // block under it when that one fits a page).
      const double fresh = end_with_followers(pieces, i, 0, 0, true);
      const double alone = y + std::max(last_margin, piece.margin_top) + piece.fragment.height;
      next_page = end > height && (fresh <= height || alone > height || keeps_with_next(pieces, i));
    }
    if (next_page) {
      pages.emplace_back();
      y = 0;
      empty = true;
    }
    const double top = empty ? 0 : y + std::max(last_margin, piece.margin_top);
    pages.back().placed.push_back(Placed{&piece.fragment, top});
    y = top + piece.fragment.height;
    last_margin = piece.margin_bottom;
  }
  return pages;
}

} // namespace ptplan::render::pdf
