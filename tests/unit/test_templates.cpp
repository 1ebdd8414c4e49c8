// Mustache templates: standalone lines, errors with positions, escaping
// (render/templates.hpp).

#include "ptplan/render/escape.hpp"
#include "ptplan/render/templates.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

using kainjow::mustache::data;
using ptplan::Diagnostics;
using ptplan::SourceFile;
using ptplan::render::Format;
using ptplan::render::mark_standalone_lines;
using ptplan::render::remove_marked_lines;
using ptplan::render::render_template;
using ptplan::render::TemplateSet;

namespace {

// Renders with kainjow between the two helpers, as render_template does.
std::string render_raw(const std::string& text, const data& view)
{
  kainjow::mustache::mustache compiled(mark_standalone_lines(text));
  REQUIRE_MESSAGE(compiled.is_valid(), compiled.error_message());
  return remove_marked_lines(compiled.render(view));
}

data notes_list(const std::vector<std::string>& texts)
{
  data list{data::type::list};
  for (const auto& text : texts) {
    data item;
    item.set("text", text);
    list.push_back(item);
  }
  return list;
}

TemplateSet single(const std::string& text)
{
  TemplateSet set;
  set.templates["t"] = SourceFile{"templates/t.mustache", text};
  return set;
}

const char* const k_notes = "Notes:\n{{#notes}}\n- {{text}}\n{{/notes}}\nEnd\n";

} // namespace

TEST_CASE("templates: standalone section lines leave no blank lines")
{
  data view;
  std::string expected;
  SUBCASE("the section renders")
  {
    view.set("notes", notes_list({"one", "two"}));
    expected = "Notes:\n- one\n- two\nEnd\n";
  }
  SUBCASE("the section is an empty list")
  {
    view.set("notes", notes_list({}));
    expected = "Notes:\nEnd\n";
  }
  SUBCASE("the section is false")
  {
    view.set("notes", data(false));
    expected = "Notes:\nEnd\n";
  }
  SUBCASE("the section is missing")
  {
    expected = "Notes:\nEnd\n";
  }
  SUBCASE("the section is true")
  {
    view.set("notes", data(true));
    expected = "Notes:\n- \nEnd\n";
  }
  CHECK(render_raw(k_notes, view) == expected);
}

TEST_CASE("templates: inverted sections, comments and indented tags are standalone too")
{
  SUBCASE("inverted section that renders")
  {
    data view;
    view.set("notes", notes_list({}));
    CHECK(render_raw("A\n{{^notes}}\nNo notes.\n{{/notes}}\nB\n", view) == "A\nNo notes.\nB\n");
  }
  SUBCASE("inverted section that does not render")
  {
    data view;
    view.set("notes", notes_list({"x"}));
    CHECK(render_raw("A\n{{^notes}}\nNo notes.\n{{/notes}}\nB\n", view) == "A\nB\n");
  }
  SUBCASE("comment line")
  {
    CHECK(render_raw("A\n{{! for the therapist }}\nB\n", data{}) == "A\nB\n");
  }
  SUBCASE("indented tags with trailing spaces")
  {
    data view;
    view.set("flag", data(false));
    CHECK(render_raw("A\n  {{#flag}}  \n  yes\n  {{/flag}}\t\nB\n", view) == "A\nB\n");
    view.set("flag", data(true));
    CHECK(render_raw("A\n  {{#flag}}  \n  yes\n  {{/flag}}\t\nB\n", view) == "A\n  yes\nB\n");
  }
  SUBCASE("a closing tag on the last line, without a newline")
  {
    data view;
    view.set("flag", data(false));
    CHECK(render_raw("A\n{{#flag}}\nB\n{{/flag}}", view) == "A\n");
  }
  SUBCASE("table rows stay a table")
  {
    data view;
    data rows{data::type::list};
    view.set("rows", rows);
    CHECK(render_raw("| h |\n| - |\n{{#rows}}\n| {{c}} |\n{{/rows}}\n| end |\n", view) == "| h |\n| - |\n| end |\n");
  }
}

TEST_CASE("templates: a tag that shares its line with text is not standalone")
{
  data view;
  view.set("flag", data(false));
  view.set("name", std::string("Ann"));
  CHECK(render_raw("A {{#flag}}yes{{/flag}} B\n", view) == "A  B\n");
  CHECK(render_raw("{{name}}\nC\n", view) == "Ann\nC\n");
  CHECK(render_raw("x {{! note }}\n", view) == "x \n");
}

TEST_CASE("templates: mark and remove leave a template without sections unchanged")
{
  const std::string plain = "Line one\n\nLine three with {{name}}\n";
  data view;
  view.set("name", std::string("Ann"));
  CHECK(render_raw(plain, view) == "Line one\n\nLine three with Ann\n");
  CHECK(remove_marked_lines(mark_standalone_lines("no tags\n\nat all")) == "no tags\n\nat all");
}

TEST_CASE("templates: render_template applies the standalone rule")
{
  data view;
  view.set("notes", notes_list({}));
  Diagnostics diagnostics;
  const auto out = render_template(single(k_notes), "t", Format::text, view, diagnostics);
  REQUIRE(out.has_value());
  CHECK(*out == "Notes:\nEnd\n");
  CHECK(diagnostics.empty());
}

TEST_CASE("templates: an unclosed section is reported with the template's file, line and column")
{
  const std::string text = "Title\n\n  {{#notes}}\n- {{text}}\n";
  Diagnostics diagnostics;
  const auto out = render_template(single(text), "t", Format::markdown, data{}, diagnostics);
  CHECK_FALSE(out.has_value());
  REQUIRE(diagnostics.size() == 1);
  const auto& error = diagnostics.items()[0];
  CHECK(error.where.file == "templates/t.mustache");
  CHECK(error.where.line == 3);
  CHECK(error.where.column == 3);
  CHECK(error.message.find("notes") != std::string::npos);
  CHECK(error.message.find("nclosed") != std::string::npos);

  SUBCASE("check_template reports the same")
  {
    Diagnostics check;
    CHECK_FALSE(ptplan::render::check_template(SourceFile{"templates/t.mustache", text}, check));
    REQUIRE(check.size() == 1);
    CHECK(check.items()[0].where.line == 3);
    CHECK(check.items()[0].where.column == 3);
  }
}

TEST_CASE("templates: an unknown template name is an error, not a crash")
{
  Diagnostics diagnostics;
  const auto out = render_template(single("x"), "plan.markdown", Format::markdown, data{}, diagnostics);
  CHECK_FALSE(out.has_value());
  CHECK(diagnostics.size() == 1);
}

TEST_CASE("templates: {{var}} is escaped for the output format")
{
  const std::string hostile = "<b>#1 & *x*</b>\n\x1b[31m'q\"";
  data view;
  view.set("name", hostile);
  const TemplateSet set = single("Name: {{name}}\n");

  for (const Format format : {Format::markdown, Format::html, Format::text}) {
    CAPTURE(ptplan::render::format_name(format));
    Diagnostics diagnostics;
    const auto out = render_template(set, "t", format, view, diagnostics);
    REQUIRE(out.has_value());
    CHECK(*out == "Name: " + ptplan::render::escape_for(format, hostile) + "\n");
    CHECK(out->find('\x1b') == std::string::npos);
  }
  SUBCASE("html has no raw markup from the value")
  {
    Diagnostics diagnostics;
    const auto out = render_template(set, "t", Format::html, view, diagnostics);
    REQUIRE(out.has_value());
    CHECK(out->find("<b>") == std::string::npos);
    CHECK(out->find("&lt;b&gt;") != std::string::npos);
  }
  SUBCASE("a value cannot end the template's line")
  {
    Diagnostics diagnostics;
    const auto out = render_template(set, "t", Format::markdown, view, diagnostics);
    REQUIRE(out.has_value());
    CHECK(out->find('\n') == out->size() - 1);
  }
}

TEST_CASE("templates: the built-in templates are all there and valid")
{
  const TemplateSet set = ptplan::render::builtin_templates();
  for (const char* name : {"plan.markdown", "plan.text", "plan.html", "referral.markdown", "referral.text", "referral.html"}) {
    CAPTURE(name);
    const auto found = set.templates.find(name);
    REQUIRE(found != set.templates.end());
    Diagnostics diagnostics;
    CHECK(ptplan::render::check_template(found->second, diagnostics));
    CHECK(diagnostics.empty());
  }
}

TEST_CASE("templates: the built-in templates use only names their views provide")
{
  // CompiledTemplate trusts this for the built-in text and skips the check.
  const TemplateSet set = ptplan::render::builtin_templates();
  int checked = 0;
  for (const auto& entry : set.templates) {
    const auto& name = entry.first;
    const auto& source = entry.second;
    CAPTURE(name);
    Diagnostics diagnostics;
    CHECK(ptplan::render::check_template(source, diagnostics, name));
    CHECK(diagnostics.empty());
    checked += name.rfind("plan.", 0) == 0 || name.rfind("referral.", 0) == 0 ? 1 : 0;
  }
  CHECK(checked >= 6);
}
