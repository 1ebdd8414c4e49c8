#include "ptplan/render/template_scan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace ptplan::render {

namespace {

bool is_space(char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view text)
{
  while (!text.empty() && is_space(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_space(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

// The offset of the first control character other than tab, line breaks
// and form feed (a page break in text handouts), or npos.
std::size_t first_control(std::string_view text)
{
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f') || byte == 0x7F) {
      return i;
    }
    if (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80
        && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      return i;
    }
  }
  return std::string_view::npos;
}

// kainjow's parse_tag_contents.
TemplateTag read_tag(std::string_view contents, bool triple)
{
  TemplateTag tag;
  if (!contents.empty() && contents.front() == '=') {
    tag.kind = TemplateTag::Kind::set_delimiter;
    tag.name = std::string(contents);
    return tag;
  }
  if (triple) {
    tag.kind = TemplateTag::Kind::raw;
    tag.name = std::string(contents);
    return tag;
  }
  if (contents.empty()) {
    return tag;
  }
  switch (contents.front()) {
  case '#':
    tag.kind = TemplateTag::Kind::section;
    break;
  case '^':
    tag.kind = TemplateTag::Kind::inverted;
    break;
  case '/':
    tag.kind = TemplateTag::Kind::close;
    break;
  case '>':
    tag.kind = TemplateTag::Kind::partial;
    break;
  case '&':
    tag.kind = TemplateTag::Kind::raw;
    break;
  case '!':
    tag.kind = TemplateTag::Kind::comment;
    break;
  default:
    tag.name = std::string(contents);
    return tag;
  }
  tag.name = std::string(trim(contents.substr(1)));
  return tag;
}

// The names a "{{! trusted: a b }}" comment lists, or nothing for other
// comments.
std::vector<std::string> trusted_names(std::string_view comment)
{
  constexpr std::string_view k_marker = "trusted:";
  std::vector<std::string> names;
  if (comment.substr(0, k_marker.size()) != k_marker) {
    return names;
  }
  std::string_view rest = comment.substr(k_marker.size());
  while (true) {
    const std::size_t start = rest.find_first_not_of(" \t\r\n,");
    if (start == std::string_view::npos) {
      return names;
    }
    const std::size_t end = rest.find_first_of(" \t\r\n,", start);
    names.emplace_back(rest.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) {
      return names;
    }
    rest = rest.substr(end);
  }
}

bool is_trustable(std::string_view name)
{
  return std::find(std::begin(k_trustable_values), std::end(k_trustable_values), name) != std::end(k_trustable_values);
}

// The tag as written: "{{{name}}}" or "{{&name}}".
std::string written(const TemplateTag& tag)
{
  return tag.triple ? fmt::format("{{{{{{{}}}}}}}", tag.name) : fmt::format("{{{{&{}}}}}", tag.name);
}

} // namespace

Location template_location(const SourceFile& source, std::size_t offset)
{
  return LocationCursor(source).at(offset);
}

Location LocationCursor::at(std::size_t offset)
{
  if (offset < m_offset) {
    m_offset = 0;
    m_line = 1;
    m_column = 1;
  }
  const std::string& text = m_source.text;
  for (; m_offset < offset && m_offset < text.size(); ++m_offset) {
    if (text[m_offset] == '\n') {
      ++m_line;
      m_column = 1;
    } else if ((static_cast<unsigned char>(text[m_offset]) & 0xC0) != 0x80) {
      ++m_column;
    }
  }
  return {m_source.name, m_line, m_column};
}

Format template_format(std::string_view name)
{
  if (name.find(".html") != std::string_view::npos) {
    return Format::html;
  }
  if (name.find(".text") != std::string_view::npos) {
    return Format::text;
  }
  return Format::markdown;
}

std::optional<TemplateScan> scan_template(const SourceFile& source, Format format, Diagnostics& diagnostics)
{
  const std::string_view text = source.text;
  const std::size_t errors_before = diagnostics.size();
  if (const std::size_t control = first_control(text); control != std::string_view::npos) {
    diagnostics.error(template_location(source, control),
      fmt::format("template: control character 0x{:02X} is not allowed in a template",
        static_cast<unsigned char>(text[control]) == 0xC2 ? static_cast<unsigned char>(text[control + 1])
                                                          : static_cast<unsigned char>(text[control])));
    return std::nullopt;
  }
  TemplateScan scan;
  LocationCursor cursor(source);
  std::vector<std::size_t> open; // indexes in scan.sections
  bool too_deep = false;
  const auto add_text = [&](std::size_t bytes) {
    (open.empty() ? scan.top_text_bytes : scan.sections[open.back()].text_bytes) += bytes;
  };
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t start = text.find("{{", at);
    if (start == std::string_view::npos) {
      add_text(text.size() - at);
      break;
    }
    add_text(start - at);
    std::size_t contents = start + 2;
    const bool triple = contents < text.size() && text[contents] == '{';
    contents += triple ? 1 : 0;
    const std::string_view closing = triple ? "}}}" : "}}";
    const std::size_t close = text.find(closing, contents);
    if (close == std::string_view::npos) {
      break; // kainjow reports the unclosed tag
    }
    TemplateTag tag = read_tag(trim(text.substr(contents, close - contents)), triple);
    tag.offset = start;
    tag.end = close + closing.size();
    tag.triple = triple;
    tag.depth = open.size();
    at = tag.end;
    const Location where = cursor.at(start);
    switch (tag.kind) {
    case TemplateTag::Kind::section:
    case TemplateTag::Kind::inverted:
      if (open.size() >= k_max_section_depth && !too_deep) {
        too_deep = true;
        diagnostics.error(where, fmt::format("template: sections are nested more than {} deep", k_max_section_depth));
      }
      tag.section = scan.sections.size();
      scan.sections.push_back({where, 0});
      open.push_back(tag.section);
      break;
    case TemplateTag::Kind::close:
      if (!open.empty()) {
        open.pop_back();
      }
      break;
    case TemplateTag::Kind::partial:
      diagnostics.error(where, fmt::format("template: partials ({{{{>{}}}}}) are not supported", tag.name));
      break;
    case TemplateTag::Kind::set_delimiter:
      diagnostics.error(where, "template: set-delimiter tags ({{=<% %>=}}) are not supported; write tags with {{ and }}");
      break;
    default:
      break;
    }
    scan.tags.push_back(std::move(tag));
  }
  // Raw values, against the trusted names the template lists anywhere.
  std::set<std::string> trusted;
  for (const auto& tag : scan.tags) {
    if (tag.kind != TemplateTag::Kind::comment) {
      continue;
    }
    for (auto& name : trusted_names(tag.name)) {
      if (!is_trustable(name)) {
        diagnostics.error(cursor.at(tag.offset),
          fmt::format("template: \"{}\" cannot be trusted raw; only image_uri and progress.chart_uri can (data: URIs that "
                      "ptplan makes), and every other value is escaped",
            name));
      }
      trusted.insert(std::move(name));
    }
  }
  for (const auto& tag : scan.tags) {
    if (tag.kind != TemplateTag::Kind::raw) {
      continue;
    }
    const Location where = cursor.at(tag.offset);
    if (format == Format::text || format == Format::json) {
      diagnostics.error(where, fmt::format("template: {} writes \"{}\" unescaped; text templates insert every value escaped "
                                           "(write {{{{{}}}}})",
                                 written(tag), tag.name, tag.name));
    } else if (!trusted.contains(tag.name)) {
      diagnostics.error(where, fmt::format("template: {} writes \"{}\" unescaped, so a profile or catalog could put markup or "
                                           "a script in the handout; write {{{{{}}}}}, or, for image_uri or "
                                           "progress.chart_uri, mark it with {{{{! trusted: {} }}}}",
                                 written(tag), tag.name, tag.name, tag.name));
    } else {
      scan.raw_names.insert(tag.name);
    }
  }
  if (diagnostics.size() != errors_before) {
    return std::nullopt;
  }
  return scan;
}

} // namespace ptplan::render
