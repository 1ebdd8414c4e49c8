#pragma once

#include "ptplan/render/pdf/layout.hpp"

#include <vector>

namespace ptplan::render::pdf {

// A piece placed on a page, `y` down from the top of the page's body.
struct Placed
{
  const Fragment* fragment = nullptr;
  double y = 0;
};

struct Page
{
  std::vector<Placed> placed;
};

// Fills pages `height` tall with the pieces in order: a piece goes whole
// onto the page where it fits, else onto the next; a heading moves with the
// piece after it; a piece marked break_before starts a page. Margins
// between pieces collapse (the larger counts) and vanish at a page's top.
// A piece taller than a page gets a page of its own. Always at least one page.
std::vector<Page> paginate(const std::vector<Piece>& pieces, double height);

} // namespace ptplan::render::pdf
