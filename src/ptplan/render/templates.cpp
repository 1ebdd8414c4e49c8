#include "ptplan/render/templates.hpp"

#include "ptplan/load/file.hpp"
#include "ptplan/render/view.hpp"
#include "ptplan/resources/embedded.hpp"

#include <fmt/format.h>

#include <memory>
#include <regex>

namespace ptplan::render {

namespace {

constexpr std::string_view k_prefix = "templates/";
constexpr std::string_view k_suffix = ".mustache";

std::string template_name(std::string_view file_name)
{
  return std::string(file_name.substr(0, file_name.size() - k_suffix.size()));
}

bool is_template_file(std::string_view name)
{
  return name.size() > k_suffix.size() && name.substr(name.size() - k_suffix.size()) == k_suffix;
}

Location offset_location(const SourceFile& source, std::size_t offset)
{
  Location where{source.name, 1, 1};
  for (std::size_t i = 0; i < offset && i < source.text.size(); ++i) {
    if (source.text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else {
      ++where.column;
    }
  }
  return where;
}

// kainjow reports "Unclosed section "x" at 123" with a byte offset.
void report(const SourceFile& source, const std::string& message, Diagnostics& diagnostics)
{
  static const std::regex k_at(R"((.*) at (\d+)$)");
  std::smatch match;
  std::string text = message;
  Location where{source.name, 0, 0};
  if (std::regex_match(message, match, k_at)) {
    text = match[1];
    where = offset_location(source, static_cast<std::size_t>(std::stoul(match[2])));
  }
  if (!text.empty()) {
    text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  }
  diagnostics.error(where, fmt::format("template: {}", text));
}

} // namespace

TemplateSet builtin_templates()
{
  TemplateSet set;
  for (const auto& file : resources::embedded_files()) {
    if (file.path.substr(0, k_prefix.size()) == k_prefix && is_template_file(file.path)) {
      set.templates[template_name(file.path.substr(k_prefix.size()))] =
        SourceFile{fmt::format("<built-in>/{}", file.path), std::string(file.content)};
    }
  }
  return set;
}

TemplateSet read_template_folder(const std::filesystem::path& folder, Diagnostics& diagnostics)
{
  TemplateSet set = builtin_templates();
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error)) {
    diagnostics.error({folder.string(), 0, 0}, "expected a folder of *.mustache templates");
    return set;
  }
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    const std::string file_name = entry.path().filename().string();
    if (!entry.is_regular_file() || !is_template_file(file_name)) {
      continue;
    }
    if (auto text = load::read_file(entry.path(), diagnostics)) {
      set.templates[template_name(file_name)] = SourceFile{entry.path().string(), std::move(*text)};
    }
  }
  return set;
}

namespace {

// Marks the end of a line that held only a standalone tag. kainjow 4.1
// removes such lines itself when a section renders but leaves a blank line
// when it does not; marking them makes kainjow keep every line, and the
// marked lines are then removed after rendering, which is the Mustache
// spec's rule in every case. Escaped values cannot contain the marker
// (control characters are stripped).
constexpr char k_standalone_mark = '\x01';

} // namespace

namespace {

// Whether `line` matches ^[ \t]*\{\{[#^/!][^}]*\}\}[ \t]*\r?$ (a regex
// costs more than the rest of a plan's start-up).
bool is_standalone_tag_line(std::string_view line)
{
  std::size_t i = line.find_first_not_of(" \t");
  if (i == std::string_view::npos || line.compare(i, 2, "{{") != 0 || i + 2 >= line.size()
      || std::string_view("#^/!").find(line[i + 2]) == std::string_view::npos) {
    return false;
  }
  const std::size_t close = line.find('}', i + 3);
  if (close == std::string_view::npos || close + 1 >= line.size() || line[close + 1] != '}') {
    return false;
  }
  i = close + 2;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
    ++i;
  }
  return i == line.size() || (i + 1 == line.size() && line[i] == '\r');
}

} // namespace

std::string mark_standalone_lines(std::string_view text)
{
  std::string out;
  out.reserve(text.size() + 64);
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::size_t stop = end == std::string_view::npos ? text.size() : end;
    const std::string_view line = text.substr(start, stop - start);
    out += line;
    if (is_standalone_tag_line(line)) {
      out += k_standalone_mark;
    }
    if (end != std::string_view::npos) {
      out += '\n';
    }
    start = stop + 1;
  }
  return out;
}

std::string remove_marked_lines(std::string_view rendered)
{
  std::string out;
  out.reserve(rendered.size());
  std::size_t start = 0;
  while (start < rendered.size()) {
    const std::size_t end = rendered.find('\n', start);
    const std::size_t stop = end == std::string_view::npos ? rendered.size() : end;
    const std::string_view line = rendered.substr(start, stop - start);
    const bool marked =
      line.find(k_standalone_mark) != std::string_view::npos && line.find_first_not_of(" \t\r\x01") == std::string_view::npos;
    if (!marked) {
      // Whole runs between marks at once; most lines have none.
      std::size_t from = 0;
      for (std::size_t mark = line.find(k_standalone_mark); mark != std::string_view::npos;
           mark = line.find(k_standalone_mark, from)) {
        out.append(line.substr(from, mark - from));
        from = mark + 1;
      }
      out.append(line.substr(from));
      if (end != std::string_view::npos) {
        out += '\n';
      }
    }
    start = stop + 1;
  }
  return out;
}

namespace {

// Every {{name}}, {{#name}}, {{^name}}, {{/name}}, {{&name}} and {{{name}}}
// must be one the view provides.
bool check_names(const SourceFile& source, const std::vector<std::string>& known, Diagnostics& diagnostics)
{
  static const std::regex k_tag(R"(\{\{(\{?)\s*([#^/&]?)\s*([^}!>=\s][^}\s]*)\s*\}?\}\})");
  bool ok = true;
  for (auto it = std::sregex_iterator(source.text.begin(), source.text.end(), k_tag); it != std::sregex_iterator(); ++it) {
    const std::string name = (*it)[3];
    if (name == "." || std::find(known.begin(), known.end(), name) != known.end()) {
      continue;
    }
    ok = false;
    const std::string suggestion = did_you_mean(name, known);
    diagnostics.error(offset_location(source, static_cast<std::size_t>(it->position(0))),
      fmt::format("template: unknown value \"{}\"{}", name,
        suggestion.empty() ? std::string("; templates/README.md lists the values")
                           : fmt::format("; did you mean \"{}\"?", suggestion)));
  }
  return ok;
}

} // namespace

namespace {

// Whether `text` is exactly one of the built-in templates, whose names a test
// checks (test_templates): checking them again at every start-up would cost
// a fifth of a single plan.
bool is_builtin_template(std::string_view text)
{
  for (const auto& file : resources::embedded_files()) {
    if (file.content == text && file.path.substr(0, k_prefix.size()) == k_prefix) {
      return true;
    }
  }
  return false;
}

// check_template for a template known to parse.
bool check_template_names(const SourceFile& source, Diagnostics& diagnostics, std::string_view template_name)
{
  if (template_name.rfind("plan.", 0) == 0) {
    return check_names(source, plan_view_names(), diagnostics);
  }
  if (template_name.rfind("referral.", 0) == 0) {
    return check_names(source, referral_view_names(), diagnostics);
  }
  return true;
}

} // namespace

bool check_template(const SourceFile& source, Diagnostics& diagnostics, std::string_view template_name)
{
  kainjow::mustache::mustache original(source.text);
  if (!original.is_valid()) {
    report(source, original.error_message(), diagnostics);
    return false;
  }
  return check_template_names(source, diagnostics, template_name);
}

CompiledTemplate::CompiledTemplate(const SourceFile& source, Format format, Diagnostics& diagnostics, std::string_view name)
    : m_source(source), m_template(mark_standalone_lines(source.text))
{
  // The marks are plain text, so the marked template parses exactly when the
  // original does; only a broken one is parsed again, for an error position
  // in the file as written.
  const bool names_ok = m_template.is_valid()
                          ? (is_builtin_template(source.text) || check_template_names(source, diagnostics, name))
                          : check_template(source, diagnostics, name);
  if (!names_ok) {
    return;
  }
  if (!m_template.is_valid()) {
    report(source, m_template.error_message(), diagnostics);
    return;
  }
  m_template.set_custom_escape(
    [cache = std::make_shared<EscapeCache>(format)](const std::string& text) { return (*cache)(text); });
  m_ok = true;
}

std::optional<std::string> CompiledTemplate::render(const kainjow::mustache::data& view, Diagnostics& diagnostics)
{
  if (!m_ok) {
    return std::nullopt;
  }
  // Straight into a string: kainjow's render(data) goes through an ostringstream.
  std::string out;
  out.reserve(m_source.text.size() * 2);
  m_template.render(view, [&out](const std::string& text) { out += text; });
  if (!m_template.error_message().empty()) {
    report(m_source, m_template.error_message(), diagnostics);
    return std::nullopt;
  }
  return remove_marked_lines(out);
}

std::optional<std::string> render_template(
  const TemplateSet& set, const std::string& name, Format format, const kainjow::mustache::data& view, Diagnostics& diagnostics)
{
  const auto found = set.templates.find(name);
  if (found == set.templates.end()) {
    diagnostics.error({name + ".mustache", 0, 0}, "no such template");
    return std::nullopt;
  }
  CompiledTemplate compiled(found->second, format, diagnostics, name);
  return compiled.render(view, diagnostics);
}

} // namespace ptplan::render
