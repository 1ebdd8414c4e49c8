#include "ptplan/render/pdf/text.hpp"

#include <fmt/format.h>
#include <pango/pangocairo.h>

#include <cmath>

namespace ptplan::render::pdf {

namespace {

// Liberation Sans first (fonts-liberation2): the HTML handout's font, with
// Arial's widths, so the PDF sets as many words a line and pages as the
// printed HTML; Noto Sans (fonts-noto-core) for the other alphabets, DejaVu
// Sans for the symbols they lack (the tick); fontconfig finds the rest, such
// as Droid Sans Fallback (fonts-droid-fallback) for Chinese, Japanese and Korean.
constexpr const char* k_families = "Liberation Sans, Noto Sans, DejaVu Sans, Droid Sans Fallback, sans-serif";

double points(int pango_units)
{
  return static_cast<double>(pango_units) / PANGO_SCALE;
}

int pango_units(double points)
{
  return static_cast<int>(std::lround(points * PANGO_SCALE));
}

PangoAttrList* attributes(const RichText& text)
{
  PangoAttrList* list = pango_attr_list_new();
  // No ligatures: "fi" stays two letters, as a reader copies and searches
  // them, and every glyph of Latin text stays in the font's 8-bit subset
  // (a ligature would cost the PDF a subset of its own).
  pango_attr_list_insert(list, pango_attr_font_features_new("liga=0, clig=0"));
  for (const auto& run : text.runs) {
    const auto start = static_cast<guint>(run.start);
    const auto end = static_cast<guint>(run.end);
    auto add = [&](PangoAttribute* attribute) {
      attribute->start_index = start;
      attribute->end_index = end;
      pango_attr_list_insert(list, attribute);
    };
    if (run.bold) {
      add(pango_attr_weight_new(PANGO_WEIGHT_BOLD));
    }
    if (run.italic) {
      add(pango_attr_style_new(PANGO_STYLE_ITALIC));
    }
    if (run.color) {
      auto channel = [](double value) { return static_cast<guint16>(std::lround(value * 65535)); };
      add(pango_attr_foreground_new(channel(run.color->r), channel(run.color->g), channel(run.color->b)));
    }
  }
  return list;
}

} // namespace

LayoutRef::LayoutRef(const LayoutRef& other) : m_layout(other.m_layout)
{
  if (m_layout) {
    g_object_ref(m_layout);
  }
}

LayoutRef& LayoutRef::operator=(const LayoutRef& other)
{
  LayoutRef copy(other);
  std::swap(m_layout, copy.m_layout);
  return *this;
}

LayoutRef& LayoutRef::operator=(LayoutRef&& other) noexcept
{
  std::swap(m_layout, other.m_layout);
  return *this;
}

LayoutRef::~LayoutRef()
{
  if (m_layout) {
    g_object_unref(m_layout);
  }
}

TextEngine::TextEngine()
{
  m_font_map = pango_cairo_font_map_new();
  m_context = pango_font_map_create_context(m_font_map);
  // Points as units, and no hinting: glyphs sit where the font's design puts
  // them, as a printer shows them.
  pango_cairo_context_set_resolution(m_context, 72);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options(m_context, options);
  cairo_font_options_destroy(options);
  pango_context_set_round_glyph_positions(m_context, FALSE);
}

TextEngine::~TextEngine()
{
  m_cache.clear();
  for (auto& [key, font] : m_fonts) {
    pango_font_description_free(font.description);
  }
  g_object_unref(m_context);
  g_object_unref(m_font_map);
}

void TextEngine::set_language(const std::string& language)
{
  if (language == m_language) {
    return;
  }
  m_language = language;
  pango_context_set_language(
    m_context, language.empty() ? pango_language_from_string("en") : pango_language_from_string(language.c_str()));
  m_cache.clear();
}

const TextEngine::Font& TextEngine::font(const TextStyle& style)
{
  const std::string key = fmt::format("{}/{}", style.size, style.bold);
  auto [found, added] = m_fonts.try_emplace(key);
  if (added) {
    PangoFontDescription* description = pango_font_description_from_string(k_families);
    pango_font_description_set_absolute_size(description, style.size * PANGO_SCALE);
    pango_font_description_set_weight(description, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    PangoFontMetrics* metrics = pango_context_get_metrics(m_context, description, nullptr);
    found->second =
      Font{description, points(pango_font_metrics_get_ascent(metrics)), points(pango_font_metrics_get_descent(metrics))};
    pango_font_metrics_unref(metrics);
  }
  return found->second;
}

TextBlock TextEngine::make(const RichText& text, const TextStyle& style, double width, bool break_words)
{
  PangoLayout* layout = pango_layout_new(m_context);
  TextBlock block{LayoutRef(layout), {}, 0, 0};
  const Font& face = font(style);
  pango_layout_set_font_description(layout, face.description);
  pango_layout_set_wrap(layout, break_words ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD);
  pango_layout_set_width(layout, width > 0 ? pango_units(width) : -1);
  pango_layout_set_alignment(layout, style.centred ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  pango_layout_set_text(layout, text.text.data(), static_cast<int>(text.text.size()));
  PangoAttrList* list = attributes(text);
  pango_layout_set_attributes(layout, list);
  pango_attr_list_unref(list);

  // Lines k_leading apart, each line's glyphs centred in its line box (as
  // CSS sets a line height), whatever the fonts' own spacing: a paragraph
  // of one line is as tall as a line of a longer one.
  const double leading = k_leading * style.size;
  const double baseline = (leading - face.ascent - face.descent) / 2 + face.ascent;
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  int index = 0;
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    const double top = index * leading;
    block.lines.push_back(TextLine{index, points(logical.x), top, top + baseline, top + leading});
    block.width = std::max(block.width, points(logical.x + logical.width));
    ++index;
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  block.height = index * leading;
  return block;
}

TextBlock TextEngine::cached(const RichText& text, const TextStyle& style, double width, bool break_words)
{
  std::string key = fmt::format("{}|{}|{}|{}|{:.3f}|{}|", style.size, style.bold, style.centred, break_words, width, text.text);
  for (const auto& run : text.runs) {
    key += fmt::format("{},{},{},{}", run.start, run.end, run.bold, run.italic);
    if (run.color) {
      key += fmt::format(",{},{},{}", run.color->r, run.color->g, run.color->b);
    }
    key += ';';
  }
  if (const auto found = m_cache.find(key); found != m_cache.end()) {
    return found->second;
  }
  if (m_cache.size() >= k_cache_capacity) {
    m_cache.clear();
  }
  return m_cache.emplace(std::move(key), make(text, style, width, break_words)).first->second;
}

TextBlock TextEngine::set(const RichText& text, const TextStyle& style, double width)
{
  return cached(text, style, width, true);
}

double TextEngine::min_width(const RichText& text, const TextStyle& style)
{
  // Set flush left: a centred line wider than the 1 pt box would start left
  // of it, and its right edge would count only half the word.
  TextStyle left = style;
  left.centred = false;
  return cached(text, left, 1, false).width;
}

} // namespace ptplan::render::pdf
