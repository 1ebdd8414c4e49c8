#include "ptplan/render/pdf/document.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ptplan::render::pdf {

namespace {

constexpr double k_footer_rule = 1.5;
constexpr double k_footer_gap = 0.25 * k_em; // between the rule and the text
constexpr double k_body_gap = 0.6 * k_em;    // between the body and the rule

TextStyle footer_style()
{
  TextStyle style;
  style.size = k_footer_size;
  return style;
}

// The widest page label a handout gets, so the footer text beside it
// wraps the same on every page.
double label_width(TextEngine& text, std::string_view pattern)
{
  return text.set(plain_text(page_label(88, 88, pattern)), footer_style(), 0).width;
}

void set_color(cairo_t* cr, const Color& color)
{
  cairo_set_source_rgb(cr, color.r, color.g, color.b);
}

void rounded_rectangle(cairo_t* cr, double x, double y, double width, double height, double radius)
{
  radius = std::min({radius, width / 2, height / 2});
  if (radius <= 0) {
    cairo_rectangle(cr, x, y, width, height);
    return;
  }
  constexpr double k_pi = std::numbers::pi;
  cairo_new_sub_path(cr);
  cairo_arc(cr, x + width - radius, y + radius, radius, -k_pi / 2, 0);
  cairo_arc(cr, x + width - radius, y + height - radius, radius, 0, k_pi / 2);
  cairo_arc(cr, x + radius, y + height - radius, radius, k_pi / 2, k_pi);
  cairo_arc(cr, x + radius, y + radius, radius, k_pi, 3 * k_pi / 2);
  cairo_close_path(cr);
}

struct Painter
{
  cairo_t* cr;
  double dx;
  double dy;

  void operator()(const TextOp& op) const
  {
    PangoLayoutLine* line = pango_layout_get_line_readonly(op.layout.get(), op.line);
    if (!line) {
      return;
    }
    set_color(cr, op.color);
    cairo_move_to(cr, dx + op.x, dy + op.baseline);
    pango_cairo_show_layout_line(cr, line);
  }
  void operator()(const BoxOp& op) const
  {
    // The border lies inside the box, as CSS draws it.
    const double inset = op.stroke / 2;
    if (op.fill) {
      rounded_rectangle(cr, dx + op.x + inset, dy + op.y + inset, op.width - op.stroke, op.height - op.stroke, op.radius);
      set_color(cr, *op.fill);
      cairo_fill(cr);
    }
    if (op.stroke > 0) {
      rounded_rectangle(cr, dx + op.x + inset, dy + op.y + inset, op.width - op.stroke, op.height - op.stroke, op.radius);
      set_color(cr, op.stroke_color);
      cairo_set_line_width(cr, op.stroke);
      cairo_stroke(cr);
    }
  }
  void operator()(const LineOp& op) const
  {
    cairo_move_to(cr, dx + op.x0, dy + op.y0);
    cairo_line_to(cr, dx + op.x1, dy + op.y1);
    set_color(cr, op.color);
    cairo_set_line_width(cr, op.width);
    cairo_stroke(cr);
  }
  void operator()(const PictureOp& op) const
  {
    cairo_save(cr);
    cairo_translate(cr, dx + op.x, dy + op.y);
    cairo_scale(cr, op.width / op.picture->width(), op.height / op.picture->height());
    cairo_set_source_surface(cr, op.picture->surface(), 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
  }
};

void draw_footer(cairo_t* cr, const Footer& footer, const PageGeometry& geometry, int page, int pages, TextEngine& text)
{
  const double width = geometry.content_width();
  const double top = geometry.height - geometry.margin_bottom - footer.height;
  cairo_move_to(cr, geometry.margin_x, top + k_footer_rule / 2);
  cairo_line_to(cr, geometry.margin_x + width, top + k_footer_rule / 2);
  set_color(cr, k_black);
  cairo_set_line_width(cr, k_footer_rule);
  cairo_stroke(cr);

  const double text_top = top + k_footer_rule + k_footer_gap;
  const double label = label_width(text, footer.page_pattern);
  Fragment fragment;
  if (!footer.text.empty()) {
    fragment.add_text(text.set(footer.text, footer_style(), width - label - k_em), 0, 0, k_black);
  }
  const TextBlock number = text.set(plain_text(page_label(page, pages, footer.page_pattern)), footer_style(), 0);
  const double baseline = fragment.first_baseline.value_or(number.lines.empty() ? 0 : number.lines.front().baseline);
  if (!number.lines.empty()) {
    fragment.add_text(number, width - number.width, baseline - number.lines.front().baseline, k_black);
  }
  Painter painter{cr, geometry.margin_x, text_top};
  for (const auto& op : fragment.ops) {
    std::visit(painter, op);
  }
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length)
{
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

} // namespace

double footer_height(const Footer& footer, const PageGeometry& geometry, TextEngine& text)
{
  const double width = geometry.content_width() - label_width(text, footer.page_pattern) - k_em;
  const double lines = footer.text.empty() ? text.set(plain_text(page_label(1, 1, footer.page_pattern)), footer_style(), 0).height
                                           : text.set(footer.text, footer_style(), width).height;
  return k_footer_rule + k_footer_gap + lines;
}

double body_height(const PageGeometry& geometry, const Footer& footer)
{
  return geometry.height - geometry.margin_top - geometry.margin_bottom - footer.height - k_body_gap;
}

std::optional<std::string> write_pdf(
  const std::vector<Page>& pages, const Footer& footer, const PageGeometry& geometry, const Metadata& metadata, TextEngine& text)
{
  std::string out;
  cairo_surface_t* surface =
    cairo_pdf_surface_create_for_stream(append, &out, geometry.width * geometry.scale, geometry.height * geometry.scale);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, metadata.author.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, metadata.creator.c_str());
  // Cairo writes the time of the run unless told otherwise; an empty date
  // writes none, so the bytes depend on the handout alone.
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "");
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, "");
  cairo_t* cr = cairo_create(surface);
  const int count = static_cast<int>(pages.size());
  for (int number = 1; number <= count; ++number) {
    cairo_save(cr);
    cairo_scale(cr, geometry.scale, geometry.scale);
    for (const Placed& placed : pages[static_cast<std::size_t>(number - 1)].placed) {
      Painter painter{cr, geometry.margin_x, geometry.margin_top + placed.y};
      for (const auto& op : placed.fragment->ops) {
        std::visit(painter, op);
      }
    }
    draw_footer(cr, footer, geometry, number, count, text);
    cairo_restore(cr);
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const bool ok = cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS;
  cairo_surface_destroy(surface);
  if (!ok) {
    return std::nullopt;
  }
  return out;
}

} // namespace ptplan::render::pdf
