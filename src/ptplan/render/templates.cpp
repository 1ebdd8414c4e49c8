#include "ptplan/render/templates.hpp"

#include "ptplan/i18n/template_text.hpp"
#include "ptplan/load/file.hpp"
#include "ptplan/load/language_loader.hpp"
#include "ptplan/render/template_scan.hpp"
#include "ptplan/render/view.hpp"
#include "ptplan/resources/embedded.hpp"

#include <fmt/format.h>

#include <charconv>
#include <memory>

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

// kainjow reports "Unclosed section "x" at 123" with a byte offset.
void report(const SourceFile& source, const std::string& message, Diagnostics& diagnostics)
{
  std::string text = message;
  Location where{source.name, 0, 0};
  const std::size_t at = message.rfind(" at ");
  std::size_t offset = 0;
  if (at != std::string::npos) {
    const char* first = message.data() + at + 4;
    const char* last = message.data() + message.size();
    const auto [end, error] = std::from_chars(first, last, offset);
    if (error == std::errc() && end == last && first != last) {
      text = message.substr(0, at);
      where = template_location(source, offset);
    }
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
    if (!is_template_file(file_name)) {
      continue;
    }
    // A link out of the folder, a FIFO or a device is refused, not read.
    if (auto text = load::read_folder_file(folder, entry.path(), diagnostics, k_max_template_bytes)) {
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
bool check_names(
  const SourceFile& source, const TemplateScan& scan, const std::vector<std::string>& known, Diagnostics& diagnostics)
{
  bool ok = true;
  LocationCursor cursor(source);
  for (const auto& tag : scan.tags) {
    using Kind = TemplateTag::Kind;
    if (tag.kind == Kind::comment || tag.kind == Kind::partial || tag.kind == Kind::set_delimiter) {
      continue;
    }
    if (tag.name == "." || std::find(known.begin(), known.end(), tag.name) != known.end()) {
      continue;
    }
    ok = false;
    diagnostics.error(cursor.at(tag.offset), [&] {
      const std::string suggestion = did_you_mean(tag.name, known);
      return fmt::format("template: unknown value \"{}\"{}", tag.name,
        suggestion.empty() ? std::string("; templates/README.md lists the values")
                           : fmt::format("; did you mean \"{}\"?", suggestion));
    });
  }
  return ok;
}

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

// The names check for a template known to scan cleanly.
bool check_template_names(
  const SourceFile& source, const TemplateScan& scan, Diagnostics& diagnostics, std::string_view template_name)
{
  if (template_name.rfind("plan.", 0) == 0) {
    return check_names(source, scan, plan_view_names(), diagnostics);
  }
  if (template_name.rfind("referral.", 0) == 0) {
    return check_names(source, scan, referral_view_names(), diagnostics);
  }
  return true;
}

// Names a tag inserted at the start of every section's text: kainjow looks
// it up each time it enters the section, which is how the render budget
// learns that a section repeats (the lookup finds nothing and writes
// nothing). Templates cannot hold the control character it starts with.
constexpr char k_section_mark = '\x02';

// The template as kainjow gets it: standalone tag lines marked (see
// mark_standalone_lines) and each section's text starting with its mark.
std::string instrument(std::string_view text, const TemplateScan& scan)
{
  std::vector<std::pair<std::size_t, std::size_t>> marks; // (offset, section), in order
  for (const auto& tag : scan.tags) {
    if (tag.kind == TemplateTag::Kind::section || tag.kind == TemplateTag::Kind::inverted) {
      marks.emplace_back(tag.end, tag.section);
    }
  }
  std::string out;
  out.reserve(text.size() + marks.size() * 10 + 64);
  std::size_t next = 0;
  std::size_t line_start = 0;
  for (std::size_t i = 0;; ++i) {
    for (; next < marks.size() && marks[next].first == i; ++next) {
      out += fmt::format("{{{{{}{}}}}}", k_section_mark, marks[next].second);
    }
    if (i == text.size()) {
      break;
    }
    if (text[i] == '\n') {
      if (is_standalone_tag_line(text.substr(line_start, i - line_start))) {
        out += k_standalone_mark;
      }
      line_start = i + 1;
    }
    out += text[i];
  }
  if (line_start < text.size() && is_standalone_tag_line(text.substr(line_start))) {
    out += k_standalone_mark;
  }
  return out;
}

// Thrown from inside kainjow's render (by the budget's context, the escape
// and the output sink) when a handout passes its limits: kainjow has no
// other way to stop, and a template that repeats a section inside itself
// ten deep would run for minutes. Caught in CompiledTemplate::render.
struct OverBudget
{
  std::size_t section; // where it happened, or npos
  bool repeats;        // too many passes through sections, else too many bytes
};

} // namespace

// What one render may still spend. The line kainjow is building is not
// seen until its end, so what it may hold is counted as it grows: each
// pass through a section adds that section's literal text, each value its
// bytes.
struct RenderBudget
{
  const TemplateScan* scan = nullptr;
  RenderLimits limits;
  std::size_t written = 0; // bytes handed to the output
  std::size_t pending = 0; // at most this many more in kainjow's line buffer
  std::size_t repeats = 0;
  std::size_t section = std::string::npos;

  void add(std::size_t bytes)
  {
    pending += bytes;
    if (written + pending > limits.output_bytes) {
      throw OverBudget{section, false};
    }
  }

  void enter(std::size_t index)
  {
    section = index;
    if (++repeats > limits.section_passes) {
      throw OverBudget{section, true};
    }
    add(scan->sections[index].text_bytes);
  }
};

namespace {

// kainjow's context with the budget's accounting, and no partials.
class BudgetContext : public kainjow::mustache::context<std::string>
{
public:
  BudgetContext(const kainjow::mustache::data* view, RenderBudget& budget)
      : kainjow::mustache::context<std::string>(view), m_budget(budget)
  {}

  const kainjow::mustache::data* get(const std::string& name) const override
  {
    if (!name.empty() && name[0] == k_section_mark) {
      std::size_t index = 0;
      std::from_chars(name.data() + 1, name.data() + name.size(), index);
      m_budget.enter(index);
      return nullptr;
    }
    const kainjow::mustache::data* found = kainjow::mustache::context<std::string>::get(name);
    // Escaped values are counted by the escape; raw ones here.
    if (found != nullptr && found->is_string() && m_budget.scan->raw_names.contains(name)) {
      m_budget.add(found->string_value().size());
    }
    return found;
  }

  const kainjow::mustache::data* get_partial(const std::string&) const override { return nullptr; }

private:
  RenderBudget& m_budget;
};

// Where kainjow's render writes each finished line.
struct BudgetSink
{
  std::string& out;
  RenderBudget& budget;

  BudgetSink& operator<<(const std::string& text)
  {
    out += text;
    budget.written += text.size();
    budget.pending = 0;
    if (budget.written > budget.limits.output_bytes) {
      throw OverBudget{budget.section, false};
    }
    return *this;
  }
};

} // namespace

// The escape the compiled template calls, and the budget of the render in
// progress (one at a time: a CompiledTemplate is not shared between threads).
struct CompiledTemplate::EscapeState
{
  explicit EscapeState(Format format) : cache(format) {}
  EscapeCache cache;
  RenderBudget* budget = nullptr;
};

bool check_template(const SourceFile& marked, Diagnostics& diagnostics, std::string_view template_name, const i18n::Text& text)
{
  const SourceFile source{marked.name, i18n::localize_template(marked.text, text)};
  const auto scan = scan_template(source, template_format(template_name.empty() ? source.name : template_name), diagnostics);
  if (!scan) {
    return false;
  }
  kainjow::mustache::mustache original(source.text);
  if (!original.is_valid()) {
    report(source, original.error_message(), diagnostics);
    return false;
  }
  return check_template_names(source, *scan, diagnostics, template_name);
}

CompiledTemplate::CompiledTemplate(
  const SourceFile& original, Format format, Diagnostics& diagnostics, std::string_view name, const i18n::Text& words)
    : m_source{original.name, i18n::localize_template(original.text, words)}
{
  const SourceFile& source = m_source;
  // The built-in translations are held to the templates by `ptplan check`
  // in the test suite.
  const bool builtin_words = words.english() || load::is_builtin_language(words.messages());
  if (builtin_words && is_builtin_template(original.text)) {
    // The built-in templates are known to scan cleanly and to use only the
    // view's names (test_templates, test_template_limits), and what they
    // write is bounded by the view: they are rendered as they are, without
    // the budget's marks, which would cost a tenth of a single plan.
    m_template = std::make_unique<kainjow::mustache::mustache>(mark_standalone_lines(source.text));
  } else {
    auto scan = scan_template(source, format, diagnostics);
    if (!scan) {
      return;
    }
    m_scan = std::make_unique<TemplateScan>(std::move(*scan));
    m_template = std::make_unique<kainjow::mustache::mustache>(instrument(source.text, *m_scan));
    // The marks are plain text and tags that render nothing, so the marked
    // template parses exactly when the original does; only a broken one is
    // parsed again, for an error position in the file as written.
    const bool names_ok = m_template->is_valid() ? check_template_names(source, *m_scan, diagnostics, name)
                                                 : check_template(source, diagnostics, name);
    if (!names_ok) {
      return;
    }
  }
  if (!m_template->is_valid()) {
    report(source, m_template->error_message(), diagnostics);
    return;
  }
  m_escape = std::make_shared<EscapeState>(format);
  m_template->set_custom_escape([state = m_escape](const std::string& text) {
    std::string escaped = state->cache(text);
    if (state->budget != nullptr) {
      state->budget->add(escaped.size());
    }
    return escaped;
  });
  m_ok = true;
}

CompiledTemplate::~CompiledTemplate() = default;
CompiledTemplate::CompiledTemplate(CompiledTemplate&&) noexcept = default;
CompiledTemplate& CompiledTemplate::operator=(CompiledTemplate&&) noexcept = default;

std::optional<std::string> CompiledTemplate::render(
  const kainjow::mustache::data& view, Diagnostics& diagnostics, const RenderLimits& limits)
{
  if (!m_ok) {
    return std::nullopt;
  }
  std::string out;
  out.reserve(m_source.text.size() * 2);
  if (!m_scan) { // a built-in template: straight into a string
    m_template->render(view, [&out](const std::string& text) { out += text; });
    if (!m_template->error_message().empty()) {
      report(m_source, m_template->error_message(), diagnostics);
      return std::nullopt;
    }
    return remove_marked_lines(out);
  }
  RenderBudget budget;
  budget.scan = m_scan.get();
  budget.limits = limits;
  BudgetContext context(&view, budget);
  BudgetSink sink{out, budget};
  m_escape->budget = &budget;
  try {
    budget.add(m_scan->top_text_bytes);
    m_template->render(context, sink);
  } catch (const OverBudget& over) {
    m_escape->budget = nullptr;
    const Location where =
      over.section < m_scan->sections.size() ? m_scan->sections[over.section].where : Location{m_source.name, 1, 1};
    if (over.repeats) {
      diagnostics.error(where, fmt::format("template: sections repeat more than {} times in all while rendering this one; "
                                           "a section inside a section repeats for every pair",
                                 limits.section_passes));
    } else {
      diagnostics.error(where, fmt::format("template: the handout passes the limit of {} bytes while repeating this section; "
                                           "a section inside a section repeats for every pair",
                                 limits.output_bytes));
    }
    return std::nullopt;
  }
  m_escape->budget = nullptr;
  if (!m_template->error_message().empty()) {
    report(m_source, m_template->error_message(), diagnostics);
    return std::nullopt;
  }
  return remove_marked_lines(out);
}

std::optional<std::string> render_template(const TemplateSet& set, const std::string& name, Format format,
  const kainjow::mustache::data& view, Diagnostics& diagnostics, const RenderLimits& limits)
{
  const auto found = set.templates.find(name);
  if (found == set.templates.end()) {
    diagnostics.error({name + ".mustache", 0, 0}, "no such template");
    return std::nullopt;
  }
  CompiledTemplate compiled(found->second, format, diagnostics, name);
  return compiled.render(view, diagnostics, limits);
}

} // namespace ptplan::render
