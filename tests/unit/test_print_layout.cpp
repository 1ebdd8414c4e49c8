// Handouts laid out for printing (render/print_options.hpp, the print
// values of render/view.hpp, render/outcome_renderer.hpp): the paper of
// HTML, the width and page breaks of text, the checklist, drawings.

#include "ptplan/engine/planner.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/profile_loader.hpp"
#include "ptplan/render/outcome_renderer.hpp"
#include "ptplan/render/print_options.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>

using ptplan::Diagnostics;
using ptplan::model::Knowledge;
using ptplan::model::Profile;
using ptplan::render::Format;
using ptplan::render::OutcomeRenderer;
using ptplan::render::Paper;
using ptplan::render::PrintOptions;

namespace {

const Knowledge& builtin()
{
  static const Knowledge knowledge = [] {
    Diagnostics diagnostics;
    auto loaded = ptplan::load::builtin_knowledge(diagnostics);
    REQUIRE_MESSAGE(loaded.has_value(), diagnostics.format());
    return std::move(*loaded);
  }();
  return knowledge;
}

// A plan with floor core work (drawings), on Monday, Wednesday and Friday.
const char* const k_profile = R"(
patient: { name: Ann Lee, age: 45 }
conditions: [nonspecific-low-back-pain]
pain: { current: 3, stage: chronic }
schedule: { days: [mon, wed, fri] }
plan: { start: 2026-12-07 }
therapist: { name: Sam Okafor, clinic: Riverside PT, phone: "555 0100" }
)";

std::string render(Format format, const PrintOptions& print)
{
  Diagnostics diagnostics;
  auto profile = ptplan::load::load_profile(ptplan::SourceFile{"p.yaml", k_profile}, builtin().vocabulary, diagnostics);
  REQUIRE_MESSAGE(profile.has_value(), diagnostics.format());
  const auto outcome = ptplan::engine::make_plan(builtin(), *profile, 1);
  OutcomeRenderer renderer(ptplan::render::builtin_templates(), builtin(), {format}, diagnostics, print);
  REQUIRE(renderer.ok());
  auto text = renderer.render(outcome, *profile, format, diagnostics);
  REQUIRE_MESSAGE(text.has_value(), diagnostics.format());
  return *text;
}

std::size_t count(const std::string& text, const std::string& what)
{
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) {
    ++n;
  }
  return n;
}

} // namespace

TEST_CASE("print options: paper names")
{
  CHECK(ptplan::render::parse_paper("a4") == Paper::a4);
  CHECK(ptplan::render::parse_paper("letter") == Paper::letter);
  CHECK_FALSE(ptplan::render::parse_paper("A4").has_value());
  CHECK_FALSE(ptplan::render::parse_paper("legal").has_value());
  CHECK(ptplan::render::paper_name(Paper::letter) == "letter");
  CHECK(ptplan::render::page_size_css(Paper::a4) == "A4");
}

TEST_CASE("HTML: the page size follows the paper; the default is A4")
{
  CHECK(count(render(Format::html, {}), "@page { size: A4;") == 1);
  CHECK(count(render(Format::html, {Paper::letter, 72}), "@page { size: letter;") == 1);
  CHECK(count(render(Format::html, {Paper::letter, 72}), "size: A4") == 0);
}

TEST_CASE("HTML: drawings are data: URIs with alt text, never raw SVG")
{
  const std::string html = render(Format::html, {});
  REQUIRE(count(html, "<img src=\"data:image/svg+xml;base64,") > 0);
  CHECK(count(html, "<img src=\"data:image/svg+xml;base64,") == count(html, "alt=\"Drawing: "));
  CHECK(count(html, "<svg") == 0);
  CHECK(count(html, "http://") == 0);
  CHECK(count(html, "https://") == 0);
}

TEST_CASE("HTML: the contact line and the page number on every printed page, key points, the checklist")
{
  const std::string html = render(Format::html, {});
  CHECK(count(html, "Questions? Call Sam Okafor at Riverside PT on 555 0100.") == 1);
  CHECK(count(html, ".page-contact { position: fixed; bottom: 0;") == 1);
  CHECK(count(html, "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages) \"\";") == 1);
  CHECK(count(html, "<section class=\"box key-points\">") == 1);
  CHECK(count(html, "Bring this sheet to your next visit.") == 2);
  CHECK(count(html, "<section class=\"checklist\">") == 1);
  CHECK(count(html, "<td><strong>Worst pain (0 to 10)</strong></td>") == 1);
  // Every planned exercise (each has a dose) names what to do when it is too hard.
  REQUIRE(count(html, "<p class=\"dose\">") > 0);
  CHECK(count(html, "Too hard or painful?") == count(html, "<p class=\"dose\">"));
  CHECK(count(html, "font-size: 16pt") == 0);
}

TEST_CASE("HTML: large print is 16 pt type and bigger pictures")
{
  const std::string html = render(Format::html, {Paper::a4, 72, true});
  CHECK(count(html, "  body { font-size: 16pt; }") == 1);
  CHECK(count(html, "  .exercise figure { float: none; width: 70%; margin: 0.2em auto 0.4em; }") == 1);
}

TEST_CASE("text: wrapped at the width asked for, whole sections between form feeds")
{
  for (const std::size_t width : {std::size_t{60}, std::size_t{72}, std::size_t{100}}) {
    CAPTURE(width);
    const std::string text = render(Format::text, {Paper::a4, width});
    std::size_t start = 0;
    std::size_t longest = 0;
    while (start < text.size()) {
      const std::size_t end = std::min(text.find('\n', start), text.size());
      longest = std::max(longest, end - start); // the handout's text is ASCII here
      start = end + 1;
    }
    CHECK(longest <= width);
    CHECK(count(text, "\n\f\n") == 3);
    CHECK(count(text, "\n\f\nYOUR EXERCISES\n") == 1);
    CHECK(count(text, "\n\f\nHOW MUCH PAIN IS OK?\n") == 1);
    CHECK(count(text, "\n\f\nYOUR CHECKLIST FOR WEEK 1\n") == 1);
    CHECK(count(text, "**") == 0);
    CHECK(count(text, "<") == 0);
  }
  CHECK(render(Format::text, {Paper::a4, 60}) != render(Format::text, {Paper::a4, 100}));
}

TEST_CASE("text and Markdown: a checklist row for every day, boxes only on exercise days")
{
  const std::string text = render(Format::text, {});
  CHECK(count(text, "  Mon 7 Dec   [ ]") == 1);
  CHECK(count(text, "  Tue 8 Dec    .  ") == 1);
  CHECK(count(text, "rest day") == 4);
  CHECK(count(text, "____") == 7);
  const std::string markdown = render(Format::markdown, {});
  CHECK(count(markdown, "| Tue 8 Dec (rest) |") == 1);
  CHECK(count(markdown, "| Mon 7 Dec | ☐ |") == 1);
}
