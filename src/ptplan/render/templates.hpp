#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/core/source.hpp"
#include "ptplan/i18n/text.hpp"
#include "ptplan/render/escape.hpp"

#include <kainjow/mustache.hpp>

#include <filesystem>
#include <map>
#include <memory>
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

// What one render may write: a handout with every drawing is a few
// megabytes at most, and a section inside a section inside a section
// multiplies; each limit has its own error, at the section's line.
inline constexpr std::size_t k_max_output_bytes = 8 * 1024 * 1024;
inline constexpr std::size_t k_max_section_passes = 100000;

// The limits a render of a template from outside runs under: the two
// above, which plan and batch use. A fuzzer or a test may lower them to
// reach the same errors with less work.
struct RenderLimits
{
  std::size_t output_bytes = k_max_output_bytes;
  std::size_t section_passes = k_max_section_passes;
};

struct TemplateScan;
struct RenderBudget;

// A template parsed once and rendered many times (one per thread: kainjow's
// render is not const).
class CompiledTemplate
{
public:
  // Reports a template error with its file, line and column; check ok().
  // `name` ("plan.markdown") selects the names the template may use.
  // The template must scan cleanly (render/template_scan.hpp).
  // The phrases marked {{#t}}...{{/t}} are put in the language of `text`.
  CompiledTemplate(
    const SourceFile& source, Format format, Diagnostics& diagnostics, std::string_view name = "", const i18n::Text& text = {});
  ~CompiledTemplate();
  CompiledTemplate(CompiledTemplate&&) noexcept;
  CompiledTemplate& operator=(CompiledTemplate&&) noexcept;
  bool ok() const { return m_ok; }
  // Empty optional (and an error naming the template and line) when
  // rendering fails or passes one of `limits` (the built-in templates have
  // none); rendering stops there.
  std::optional<std::string> render(
    const kainjow::mustache::data& view, Diagnostics& diagnostics, const RenderLimits& limits = {});

private:
  struct EscapeState;
  SourceFile m_source;
  std::unique_ptr<TemplateScan> m_scan;
  std::unique_ptr<kainjow::mustache::mustache> m_template;
  std::shared_ptr<EscapeState> m_escape;
  bool m_ok = false;
};

// Renders template `name` with the escape for `format`, within `limits`.
// A template error is reported with its file, line and column, and nothing
// is returned.
std::optional<std::string> render_template(const TemplateSet& set, const std::string& name, Format format,
  const kainjow::mustache::data& view, Diagnostics& diagnostics, const RenderLimits& limits = {});

// Checks that a template scans cleanly (render/template_scan.hpp: no
// control characters, partials or set-delimiter tags, nesting within
// limits, raw values only where trusted; the format comes from the name),
// parses and, for "plan.*" and "referral.*" templates, that every name it
// uses is one the view provides (a typo would otherwise render as nothing).
// Reports errors like render_template.
// Phrases marked {{#t}}...{{/t}} are checked in the language of `text`.
bool check_template(
  const SourceFile& source, Diagnostics& diagnostics, std::string_view template_name = "", const i18n::Text& text = {});

} // namespace ptplan::render
