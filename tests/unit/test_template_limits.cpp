// Hostile templates (issue 15): limits on output and nesting, raw values,
// partials, set delimiters, control characters, and tags of any length
// (render/template_scan.hpp, render/templates.hpp).

#include "ptplan/engine/planner.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/render/template_scan.hpp"
#include "ptplan/render/templates.hpp"
#include "ptplan/render/view.hpp"

#include "support.hpp"

#include <doctest/doctest.h>

#include <string>

using kainjow::mustache::data;
using ptplan::Diagnostics;
using ptplan::SourceFile;
using ptplan::render::Format;
using ptplan::render::render_template;
using ptplan::render::TemplateSet;

namespace {

TemplateSet named(const std::string& name, const std::string& text)
{
  TemplateSet set;
  set.templates[name] = SourceFile{"templates/" + name + ".mustache", text};
  return set;
}

// The errors of rendering `text` as template `name` with `view`, or
// "rendered" when it renders.
std::string errors_of(const std::string& name, const std::string& text, Format format, const data& view = data{})
{
  Diagnostics diagnostics;
  const auto out = render_template(named(name, text), name, format, view, diagnostics);
  if (out) {
    return "rendered";
  }
  return diagnostics.format();
}

data days_view()
{
  data days{data::type::list};
  for (const char* day : {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}) {
    data item;
    item.set("day", std::string(day));
    days.push_back(item);
  }
  data view;
  view.set("days", days);
  return view;
}

std::string repeat(const std::string& text, int times)
{
  std::string out;
  for (int i = 0; i < times; ++i) {
    out += text;
  }
  return out;
}

// The plan view of a real plan, as a handout gets it.
const data& plan_view()
{
  static const data view = [] {
    const auto& knowledge = ptplan::test::builtin_knowledge();
    const auto profile = ptplan::test::profile_from(
      "patient: { name: \"<img src=x onerror=alert(1)>\", age: 70 }\nconditions: [hip-osteoarthritis]\npain: { current: 4 }\n");
    const auto outcome = ptplan::engine::make_plan(knowledge, profile, 1);
    return ptplan::render::plan_view(std::get<ptplan::model::Plan>(outcome), knowledge);
  }();
  return view;
}

} // namespace

data true_view()
{
  data view;
  view.set("t", data(true));
  return view;
}

// Reproducer 5: a 100-byte template with {{#days}} nested 10 deep wrote
// 282 MB in 16-24 s; 11 deep ran past 120 s and 3.6 GB.
TEST_CASE("template limits: sections nested inside each other stop at the pass limit")
{
  for (const int depth : {10, 11, 16}) {
    CAPTURE(depth);
    const std::string text = repeat("{{#days}}", depth) + "{{day}} " + repeat("{{/days}}", depth) + "\n";
    const std::string errors = errors_of("t", text, Format::markdown, days_view());
    CHECK(errors.find("templates/t.mustache:1:") == 0);
    CHECK(errors.find(": error: template: sections repeat more than 100000 times in all while rendering this one")
          != std::string::npos);
  }
  SUBCASE("empty sections too")
  {
    const std::string errors = errors_of("t", repeat("{{#days}}", 12) + repeat("{{/days}}", 12), Format::markdown, days_view());
    CHECK(errors.find("sections repeat more than 100000 times") != std::string::npos);
  }
}

TEST_CASE("template limits: long text repeated by sections stops at the output limit, in memory bounded by it")
{
  const std::string text =
    "{{#days}}{{#days}}{{#days}}{{#days}}" + std::string(100000, 'x') + "{{/days}}{{/days}}{{/days}}{{/days}}";
  const std::string errors = errors_of("t", text, Format::markdown, days_view());
  CHECK(errors.find("templates/t.mustache:1:28: error: template: the handout passes the limit of 8388608 bytes while "
                    "repeating this section")
        == 0);
  SUBCASE("on many lines too")
  {
    const std::string lines = "{{#days}}{{#days}}{{#days}}{{#days}}\n" + repeat(std::string(1000, 'y') + "\n", 100)
                              + "{{/days}}{{/days}}{{/days}}{{/days}}\n";
    CHECK(errors_of("t", lines, Format::markdown, days_view()).find("the handout passes the limit of 8388608 bytes")
          != std::string::npos);
  }
}

// fuzz_template renders under an eighth of both limits, to reach the
// same errors with less work a slow input.
TEST_CASE("template limits: lowered limits give the same errors sooner; a real handout fits in an eighth of them")
{
  using ptplan::render::RenderLimits;
  const auto errors_within = [](const std::string& text, const RenderLimits& limits) {
    Diagnostics diagnostics;
    const auto out = render_template(named("t", text), "t", Format::markdown, days_view(), diagnostics, limits);
    return out ? std::string("rendered") : diagnostics.format();
  };
  const std::string days = "{{#days}}" + std::string(200, 'x') + "{{/days}}\n"; // 7 passes, 1,400 bytes
  CHECK(errors_within(days, RenderLimits{}) == "rendered");
  const std::string over_bytes = errors_within(days, RenderLimits{1000, 100});
  CHECK(over_bytes.find("t.mustache:1:1: error: template: the handout passes the limit of 1000 bytes") != std::string::npos);
  CHECK(errors_within(days, RenderLimits{1500, 100}) == "rendered");
  const std::string over_passes = errors_within(days, RenderLimits{1500, 6});
  CHECK(over_passes.find("t.mustache:1:1: error: template: sections repeat more than 6 times") != std::string::npos);
  CHECK(errors_within(days, RenderLimits{1500, 7}) == "rendered");

  const RenderLimits eighth{ptplan::render::k_max_output_bytes / 8, ptplan::render::k_max_section_passes / 8};
  const auto builtin = ptplan::render::builtin_templates();
  for (const auto& entry :
    {std::pair{"plan.html", Format::html}, std::pair{"plan.markdown", Format::markdown}, std::pair{"plan.text", Format::text}}) {
    CAPTURE(entry.first);
    // One byte more than the built-in text, so that it is scanned and
    // counted as a template from outside is.
    TemplateSet set;
    set.templates[entry.first] = {"fuzz.mustache", builtin.templates.at(entry.first).text + "\n"};
    Diagnostics diagnostics;
    CHECK_MESSAGE(
      render_template(set, entry.first, entry.second, plan_view(), diagnostics, eighth).has_value(), diagnostics.format());
  }
}

// Reproducer 5: 10,000 nested sections took 1.4 GB.
TEST_CASE("template limits: nesting deeper than 16 is an error at the tag that goes too deep")
{
  const std::string text = "Title\n" + repeat("{{#days}}", 10000) + repeat("{{/days}}", 10000);
  const std::string errors = errors_of("t", text, Format::markdown, days_view());
  CHECK(errors == "templates/t.mustache:2:145: error: template: sections are nested more than 16 deep\n");
  CHECK(errors_of("t", repeat("{{#t}}", 16) + "x" + repeat("{{/t}}", 16), Format::markdown, true_view()) == "rendered");
}

TEST_CASE("template limits: a normal handout is far from the limits")
{
  for (const auto& entry :
    {std::pair{"plan.html", Format::html}, std::pair{"plan.markdown", Format::markdown}, std::pair{"plan.text", Format::text}}) {
    const auto& name = entry.first;
    const auto& format = entry.second;
    CAPTURE(name);
    Diagnostics diagnostics;
    const auto out = render_template(ptplan::render::builtin_templates(), name, format, plan_view(), diagnostics);
    REQUIRE_MESSAGE(out.has_value(), diagnostics.format());
    CHECK(out->size() < ptplan::render::k_max_output_bytes / 8);
  }
}

// Reproducer 2: a 30,000-character tag crashed plan --templates.
TEST_CASE("template scan: tags of any length are read without recursion")
{
  const std::string long_tag = "{{" + std::string(30000, 'a') + "}}\n";
  const std::string errors = errors_of("plan.markdown", long_tag, Format::markdown);
  CHECK(errors.find("templates/plan.markdown.mustache:1:1: error: template: unknown value \"aaaa") == 0);
  CHECK(errors_of("plan.markdown", "{{!" + std::string(30000, ' ') + "}}\n", Format::markdown) == "rendered");
  CHECK(errors_of("plan.markdown", "{{#" + std::string(30000, ' ') + "x}}{{/x}}\n", Format::markdown).find("unknown value \"x\"")
        != std::string::npos);
}

// Reproducer 8: {{{patient.name}}} in a custom HTML template wrote
// <img src=x onerror=...> raw.
TEST_CASE("template scan: raw values are refused unless trusted, and only ptplan's data: URIs can be")
{
  const std::string raw_name = errors_of("plan.html", "<p>{{{patient.name}}}</p>\n", Format::html, plan_view());
  CHECK(raw_name.find("templates/plan.html.mustache:1:4: error: template: {{{patient.name}}} writes \"patient.name\" unescaped")
        == 0);
  CHECK(errors_of("plan.html", "<p>{{&patient.name}}</p>\n", Format::html, plan_view()).find("{{&patient.name}} writes")
        != std::string::npos);
  CHECK(errors_of("plan.markdown", "{{{patient.name}}}\n", Format::markdown, plan_view()).find("writes \"patient.name\"")
        != std::string::npos);
  CHECK(
    errors_of("plan.text", "{{{patient.name}}}\n", Format::text, plan_view()).find("text templates insert every value escaped")
    != std::string::npos);
  SUBCASE("marking a text value trusted is refused")
  {
    const std::string errors =
      errors_of("plan.html", "{{! trusted: patient.name }}\n<p>{{{patient.name}}}</p>\n", Format::html, plan_view());
    CHECK(errors.find("templates/plan.html.mustache:1:1: error: template: \"patient.name\" cannot be trusted raw") == 0);
  }
  SUBCASE("a trusted data: URI renders raw")
  {
    const std::string text =
      "{{! trusted: image_uri }}\n{{#exercises}}{{#has_image}}<img src=\"{{{image_uri}}}\">{{/has_image}}{{/exercises}}\n";
    Diagnostics diagnostics;
    const auto out = render_template(named("plan.html", text), "plan.html", Format::html, plan_view(), diagnostics);
    REQUIRE_MESSAGE(out.has_value(), diagnostics.format());
    CHECK(out->find("<img src=\"data:image/svg+xml;base64,") != std::string::npos);
  }
  SUBCASE("the escaped handout never holds the profile's markup")
  {
    Diagnostics diagnostics;
    const auto out =
      render_template(named("plan.html", "<p>{{patient.name}}</p>\n"), "plan.html", Format::html, plan_view(), diagnostics);
    REQUIRE(out.has_value());
    CHECK(*out == "<p>&lt;img src=x onerror=alert(1)&gt;</p>\n");
  }
}

// Reproducer 8: unknown names after a set-delimiter tag were not checked.
TEST_CASE("template scan: set-delimiter tags and partials are refused")
{
  CHECK(errors_of("plan.markdown", "{{=<% %>=}}\n<% no_such_value %>\n", Format::markdown)
        == "templates/plan.markdown.mustache:1:1: error: template: set-delimiter tags ({{=<% %>=}}) are not supported; write "
           "tags with {{ and }}\n");
  CHECK(errors_of("plan.markdown", "{{#exercises}}{{> name}}{{/exercises}}\n", Format::markdown, plan_view())
        == "templates/plan.markdown.mustache:1:15: error: template: partials ({{>name}}) are not supported\n");
}

// A template of many unknown names: 50 errors are shown, with their
// suggestions, and the rest counted (none is looked for past the 50th).
TEST_CASE("template names: past a file's 50th unknown name, the rest are counted, not shown")
{
  std::string text;
  for (int i = 0; i < 60; ++i) {
    text += "{{no_such_value_" + std::to_string(i) + "}}\n";
  }
  const std::string errors = errors_of("plan.markdown", text, Format::markdown, plan_view());
  CHECK(errors.find("templates/plan.markdown.mustache:1:1: error: template: unknown value \"no_such_value_0\"") == 0);
  CHECK(errors.find("templates/plan.markdown.mustache:50:1: error: template: unknown value \"no_such_value_49\"")
        != std::string::npos);
  CHECK(errors.find("no_such_value_50") == std::string::npos);
  CHECK(errors.substr(errors.rfind('\n', errors.size() - 2) + 1) == "ptplan: 10 more errors not shown\n");
}

TEST_CASE("template scan: control characters in a template are refused; a form feed is a page break")
{
  CHECK(errors_of("plan.text", "Plan\n\x1b]0;PWNED\x07\n", Format::text)
        == "templates/plan.text.mustache:2:1: error: template: control character 0x1B is not allowed in a template\n");
  CHECK(errors_of("plan.text", "Plan\n\f\nMore\t\r\n", Format::text) == "rendered");
}

TEST_CASE("template scan: the built-in templates nest within the limit and insert nothing raw")
{
  for (const auto& entry : ptplan::render::builtin_templates().templates) {
    const auto& name = entry.first;
    const auto& source = entry.second;
    CAPTURE(name);
    Diagnostics diagnostics;
    const auto scan = ptplan::render::scan_template(source, ptplan::render::template_format(name), diagnostics);
    REQUIRE_MESSAGE(scan.has_value(), diagnostics.format());
    CHECK(scan->raw_names.empty());
    std::size_t deepest = 0;
    for (const auto& tag : scan->tags) {
      deepest = std::max(deepest, tag.depth);
    }
    CHECK(deepest < ptplan::render::k_max_section_depth / 2);
  }
}
