#include "ptplan/render/pdf/rich_text.hpp"

#include "ptplan/render/escape.hpp"

#include <algorithm>
#include <array>

namespace ptplan::render::pdf {

namespace {

constexpr Color k_muted{0x44 / 255.0, 0x44 / 255.0, 0x44 / 255.0};

struct Format
{
  bool bold = false;
  bool italic = false;
  std::optional<Color> color;
};

class Collector
{
public:
  void text(std::string_view raw, const Format& format)
  {
    const std::string clean = clean_text(raw);
    const std::size_t start = m_out.text.size();
    for (const char c : clean) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        m_space = true;
        continue;
      }
      if (m_space && !m_out.text.empty() && m_out.text.back() != '\n') {
        m_out.text += ' ';
      }
      m_space = false;
      m_out.text += c;
    }
    mark(start, format);
  }

  void line_break()
  {
    m_out.text += '\n';
    m_space = false;
  }

  void tick() { ++m_out.tick_boxes; }

  void node(const HtmlNode& node, Format format)
  {
    if (node.is_text()) {
      text(node.text, format);
      return;
    }
    if (node.tag == "br") {
      line_break();
      return;
    }
    if (node.tag == "img") {
      return; // pictures are blocks; in running text they are left out
    }
    if (node.has_class("tick")) {
      tick();
      return;
    }
    if (node.tag == "strong" || node.tag == "b" || node.tag == "th") {
      format.bold = true;
    } else if (node.tag == "em" || node.tag == "i" || node.tag == "cite") {
      format.italic = true;
    }
    if (node.has_class("rest")) {
      format.color = k_muted;
    }
    if (!is_inline_tag(node.tag) && !m_out.text.empty()) {
      m_space = true; // block children read inline are words apart
    }
    for (const auto& child : node.children) {
      this->node(child, format);
    }
  }

  RichText finish()
  {
    while (!m_out.text.empty() && (m_out.text.back() == ' ' || m_out.text.back() == '\n')) {
      m_out.text.pop_back();
    }
    for (auto& run : m_out.runs) {
      run.end = std::min(run.end, m_out.text.size());
    }
    std::erase_if(m_out.runs, [](const Run& run) { return run.start >= run.end; });
    return std::move(m_out);
  }

private:
  void mark(std::size_t start, const Format& format)
  {
    if (!format.bold && !format.italic && !format.color) {
      return;
    }
    // A run that continues the one before it (bold text split over two
    // nodes) extends it.
    if (!m_out.runs.empty()) {
      Run& last = m_out.runs.back();
      if (last.end >= start && last.bold == format.bold && last.italic == format.italic && last.color == format.color) {
        last.end = m_out.text.size();
        return;
      }
    }
    if (m_out.text.size() > start) {
      m_out.runs.push_back(Run{start, m_out.text.size(), format.bold, format.italic, format.color});
    }
  }

  RichText m_out;
  bool m_space = false;
};

} // namespace

bool is_inline_tag(std::string_view tag)
{
  static constexpr std::array<std::string_view, 24> k_inline = {"a", "abbr", "b", "bdi", "br", "cite", "code", "data", "em", "i",
    "img", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u"};
  return std::find(k_inline.begin(), k_inline.end(), tag) != k_inline.end();
}

RichText inline_content(const HtmlNode& node)
{
  Collector collector;
  for (const auto& child : node.children) {
    collector.node(child, {});
  }
  return collector.finish();
}

RichText inline_content(const std::vector<HtmlNode>& nodes, std::size_t begin, std::size_t end)
{
  Collector collector;
  for (std::size_t i = begin; i < end; ++i) {
    collector.node(nodes[i], {});
  }
  return collector.finish();
}

RichText plain_text(std::string_view text)
{
  Collector collector;
  collector.text(text, {});
  return collector.finish();
}

} // namespace ptplan::render::pdf
