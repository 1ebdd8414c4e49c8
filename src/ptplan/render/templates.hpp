#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/core/source.hpp"
#include "ptplan/render/escape.hpp"

#include <kainjow/mustache.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace ptplan::render {

// Mustache templates by name ("plan.markdown", "referral.text", ...).
struct TemplateSet
{
  std::map<std::string, SourceFile> templates;
};

// The built-in copy of templates/.
TemplateSet builtin_templates();

// Every *.mustache file in `folder`; templates it lacks come from the
// built-in set, so a user may override only the one they edit.
TemplateSet read_template_folder(const std::filesystem::path& folder, Diagnostics& diagnostics);

// Standalone tag lines (a line holding only a section, inverted section,
// closing or comment tag) must vanish from the output (the Mustache spec),
// so that lists and tables stay intact. kainjow 4.1 gets this wrong for
// sections that do not render; these two do it instead, around rendering.
std::string mark_standalone_lines(std::string_view text);
std::string remove_marked_lines(std::string_view rendered);

// A template parsed once and rendered many times (one per thread: kainjow's
// render is not const).
class CompiledTemplate
{
public:
  // Reports a template error with its file, line and column; check ok().
  // `name` ("plan.markdown") selects the names the template may use.
  CompiledTemplate(const SourceFile& source, Format format, Diagnostics& diagnostics, std::string_view name = "");
  bool ok() const { return m_ok; }
  // Empty optional (and an error) when rendering fails.
  std::optional<std::string> render(const kainjow::mustache::data& view, Diagnostics& diagnostics);

private:
  SourceFile m_source;
  kainjow::mustache::mustache m_template;
  bool m_ok = false;
};

// Renders template `name` with the escape for `format`. A template error is
// reported with its file, line and column, and nothing is returned.
std::optional<std::string> render_template(
  const TemplateSet& set, const std::string& name, Format format, const kainjow::mustache::data& view, Diagnostics& diagnostics);

// Checks that a template parses and, for "plan.*" and "referral.*"
// templates, that every name it uses is one the view provides (a typo would
// otherwise render as nothing). Reports errors like render_template.
bool check_template(const SourceFile& source, Diagnostics& diagnostics, std::string_view template_name = "");

} // namespace ptplan::render
