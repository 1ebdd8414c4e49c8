#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/core/source.hpp"
#include "ptplan/render/escape.hpp"

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ptplan::render {

// The deepest nesting of sections a template may have, and its largest
// file: the built-in templates nest 4 deep and are under 10 kB.
inline constexpr std::size_t k_max_section_depth = 16;
inline constexpr std::size_t k_max_template_bytes = 1024 * 1024;

// The values a template may insert raw ({{{name}}} or {{&name}}), when it
// says so with a {{! trusted: name }} comment: data: URIs that ptplan makes
// itself (base64, nothing that HTML or Markdown reads as markup).
inline constexpr std::string_view k_trustable_values[] = {"image_uri", "progress.chart_uri"};

// One Mustache tag, as kainjow 4.1 reads it with the default delimiters.
struct TemplateTag
{
  enum class Kind { variable, raw, section, inverted, close, comment, partial, set_delimiter };
  Kind kind = Kind::variable;
  std::string name;        // trimmed, without its sigil
  std::size_t offset = 0;  // of the opening "{{"
  std::size_t end = 0;     // just past the closing "}}" or "}}}"
  std::size_t depth = 0;   // sections around it (a section's own tag not included)
  std::size_t section = 0; // for section and inverted tags: their index in TemplateScan::sections
  bool triple = false;     // {{{name}}}
};

// A section ({{#name}} or {{^name}}): where it is, and how many bytes of
// literal text one pass through it writes at most (its own text and that of
// the inverted sections inside it; the {{#...}} sections inside count for
// themselves).
struct TemplateSection
{
  Location where;
  std::size_t text_bytes = 0;
};

struct TemplateScan
{
  std::vector<TemplateTag> tags;
  std::vector<TemplateSection> sections;
  std::size_t top_text_bytes = 0;  // literal text outside every {{#...}} section
  std::set<std::string> raw_names; // names the template inserts raw (all trusted)
};

// Scans a template in one linear pass and checks what kainjow would accept
// but a handout must not have: control characters in its text, nesting
// deeper than k_max_section_depth, partials ({{>name}}), set-delimiter tags
// ({{=<% %>=}}, which would hide tags from the name check), and raw values
// ({{{name}}}, {{&name}}): refused in text templates, and in HTML and
// Markdown templates unless a {{! trusted: name ... }} comment lists them
// and they are k_trustable_values. Each problem is reported at its line and
// column; empty optional if there was any. Unclosed tags and sections are
// left to kainjow, which reports them.
std::optional<TemplateScan> scan_template(const SourceFile& source, Format format, Diagnostics& diagnostics);

// The line and column of a byte offset in a template.
Location template_location(const SourceFile& source, std::size_t offset);

// Lines and columns of offsets in one template, given in increasing order:
// each call reads on from the last, so positioning every tag of a template
// is one pass, not one pass per tag. An earlier offset starts again.
class LocationCursor
{
public:
  explicit LocationCursor(const SourceFile& source) : m_source(source) {}
  Location at(std::size_t offset);

private:
  const SourceFile& m_source;
  std::size_t m_offset = 0;
  int m_line = 1;
  int m_column = 1;
};

// The format a template's name says it writes: "plan.html" or
// "plan.html.mustache" is HTML; markdown when the name says nothing.
Format template_format(std::string_view name);

} // namespace ptplan::render
