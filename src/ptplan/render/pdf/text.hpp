#pragma once

#include "ptplan/render/pdf/rich_text.hpp"
#include "ptplan/render/pdf/style.hpp"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

typedef struct _PangoContext PangoContext;
typedef struct _PangoFontMap PangoFontMap;
typedef struct _PangoLayout PangoLayout;
typedef struct _PangoFontDescription PangoFontDescription;

namespace ptplan::render::pdf {

// A reference to a Pango layout (its lines are drawn one by one).
class LayoutRef
{
public:
  LayoutRef() = default;
  explicit LayoutRef(PangoLayout* adopted) : m_layout(adopted) {}
  LayoutRef(const LayoutRef& other);
  LayoutRef& operator=(const LayoutRef& other);
  LayoutRef(LayoutRef&& other) noexcept : m_layout(other.m_layout) { other.m_layout = nullptr; }
  LayoutRef& operator=(LayoutRef&& other) noexcept;
  ~LayoutRef();
  PangoLayout* get() const { return m_layout; }

private:
  PangoLayout* m_layout = nullptr;
};

// One line of a laid-out paragraph, relative to the paragraph's top left.
struct TextLine
{
  int index = 0;
  double x = 0; // where the line starts (centred lines start further in)
  double top = 0;
  double baseline = 0;
  double bottom = 0;
};

// A paragraph set in lines.
struct TextBlock
{
  LayoutRef layout;
  std::vector<TextLine> lines;
  double width = 0; // of the widest line
  double height = 0;
};

// Sets text with Pango: the fonts are found once (fontconfig) and kept for
// every handout this engine sets, so make one per thread and reuse it. Text
// is set for print: no hinting, metrics in points.
class TextEngine
{
public:
  TextEngine();
  ~TextEngine();
  TextEngine(const TextEngine&) = delete;
  TextEngine& operator=(const TextEngine&) = delete;

  // The language of the text that follows ("en", "es", "zh"), for fonts and
  // line breaking.
  void set_language(const std::string& language);

  // Lays `text` out in lines at most `width` wide (width <= 0: one line per
  // paragraph, as wide as it needs); a word longer than a line is broken.
  // Paragraphs of the same text, style and width are set once and shared.
  TextBlock set(const RichText& text, const TextStyle& style, double width);

  // The narrowest the text can be: its longest word.
  double min_width(const RichText& text, const TextStyle& style);

private:
  struct Font
  {
    PangoFontDescription* description = nullptr;
    double ascent = 0; // of the first font of the list, in points
    double descent = 0;
  };
  const Font& font(const TextStyle& style);
  TextBlock make(const RichText& text, const TextStyle& style, double width, bool break_words);
  TextBlock cached(const RichText& text, const TextStyle& style, double width, bool break_words);

  PangoFontMap* m_font_map = nullptr;
  PangoContext* m_context = nullptr;
  std::string m_language;
  std::unordered_map<std::string, Font> m_fonts;
  static constexpr std::size_t k_cache_capacity = 8192; // paragraphs; emptied when full
  std::unordered_map<std::string, TextBlock> m_cache;
};

} // namespace ptplan::render::pdf
