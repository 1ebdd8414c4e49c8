// PDF handouts (render/pdf/): the HTML read back, inline text, page
// breaking, the styles' type sizes, and whole PDFs drawn from plans; and
// the format an output file's extension names (cli/common.hpp).

#include "ptplan/cli/common.hpp"
#include "ptplan/engine/planner.hpp"
#include "ptplan/render/outcome_renderer.hpp"
#include "ptplan/render/pdf/html_tree.hpp"
#include "ptplan/render/pdf/layout.hpp"
#include "ptplan/render/pdf/paginate.hpp"
#include "ptplan/render/pdf/rich_text.hpp"
#include "ptplan/render/pdf/style.hpp"
#include "ptplan/render/pdf/text.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace ptplan::render::pdf;
using ptplan::render::Format;

namespace {

Piece piece(double height, bool keep_with_next = false, bool break_before = false)
{
  Piece p;
  p.fragment.height = height;
  p.keep_with_next = keep_with_next;
  p.break_before = break_before;
  return p;
}

// A paragraph right under a heading.
Piece lead_in(double height)
{
  Piece p = piece(height);
  p.lead_in = true;
  return p;
}

std::size_t count(const std::string& text, const std::string& what)
{
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) {
    ++n;
  }
  return n;
}

} // namespace

TEST_CASE("an output file's extension names its format; --format wins")
{
  using ptplan::cli::choose_format;
  using ptplan::cli::format_of_path;
  CHECK(format_of_path("maria.pdf") == Format::pdf);
  CHECK(format_of_path("out/Maria.PDF") == Format::pdf);
  CHECK(format_of_path("maria.md") == Format::markdown);
  CHECK(format_of_path("maria.txt") == Format::text);
  CHECK(format_of_path("maria.htm") == Format::html);
  CHECK(format_of_path("maria.json") == Format::json);
  CHECK_FALSE(format_of_path("maria").has_value());
  CHECK_FALSE(format_of_path("plans.d/maria").has_value());
  const ptplan::model::ClinicConfig none;
  const auto& all = ptplan::cli::k_format_names;
  CHECK(choose_format("", "x.pdf", none, all) == Format::pdf);
  CHECK(choose_format("markdown", "x.pdf", none, all) == Format::markdown);
  CHECK(choose_format("", "x.out", none, all) == Format::markdown);
  CHECK(choose_format("", "", none, all) == Format::markdown);
  // The file's extension beats the config's format; the config beats the default.
  ptplan::model::ClinicConfig html;
  html.format = ptplan::model::Setting<std::string>{"html", {}};
  CHECK(choose_format("", "x.json", html, all) == Format::json);
  CHECK(choose_format("", "", html, all) == Format::html);
  CHECK(choose_format("", "", html, {"markdown", "text", "json"}) == Format::markdown);
}

TEST_CASE("the HTML handout is read with its title, language, classes and decoded text")
{
  const HtmlDocument doc = parse_html("<!DOCTYPE html><html lang=\"es\"><head><title>Plan &amp; more</title>"
                                      "<style>p { color: red }</style></head><body><p class=\"dose big\">a &lt;b&gt;</p>"
                                      "<!-- note --><script>x()</script></body></html>");
  CHECK(doc.title == "Plan & more");
  CHECK(doc.language == "es");
  REQUIRE(doc.body.children.size() == 1);
  const HtmlNode& p = doc.body.children[0];
  CHECK(p.tag == "p");
  CHECK(p.has_class("dose"));
  CHECK(p.has_class("big"));
  CHECK(inline_content(p).text == "a <b>");
}

TEST_CASE("inline text collapses white space, keeps line breaks and bold runs, and drops controls")
{
  const HtmlDocument doc = parse_html("<body><p>\n  <strong>How much:</strong>  Do it\n 10 times.<br>\n"
                                      "<strong>When:</strong> Monday\xE2\x80\xAE.\x07</p></body>");
  const RichText text = inline_content(doc.body.children[0]);
  CHECK(text.text == "How much: Do it 10 times.\nWhen: Monday.");
  REQUIRE(text.runs.size() == 2);
  CHECK(text.text.substr(text.runs[0].start, text.runs[0].end - text.runs[0].start) == "How much:");
  CHECK(text.runs[0].bold);
  CHECK(text.text.substr(text.runs[1].start, text.runs[1].end - text.runs[1].start) == "When:");
}

TEST_CASE("pages: pieces stay whole, headings move with what follows, breaks start pages")
{
  SUBCASE("a piece that does not fit goes to the next page whole")
  {
    const std::vector<Piece> pieces = {piece(60), piece(30), piece(30)};
    const auto pages = paginate(pieces, 100);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].placed.size() == 2);
    CHECK(pages[1].placed.size() == 1);
    CHECK(pages[1].placed[0].y == 0);
  }
  SUBCASE("a heading is never the last thing on a page")
  {
    const std::vector<Piece> pieces = {piece(70), piece(10, true), piece(40)};
    const auto pages = paginate(pieces, 100);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].placed.size() == 1);
    CHECK(pages[1].placed.size() == 2);
  }
  SUBCASE("a lead-in under a heading moves with the block after it (the week table)")
  {
    const std::vector<Piece> pieces = {piece(50), piece(10, true), lead_in(10), piece(40)};
    const auto pages = paginate(pieces, 100);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].placed.size() == 1);
    CHECK(pages[1].placed.size() == 3);
  }
  SUBCASE("a lead-in followed by the next heading may end a page")
  {
    const std::vector<Piece> pieces = {piece(40), piece(10, true), lead_in(10), piece(10, true), piece(40)};
    const auto pages = paginate(pieces, 100);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].placed.size() == 3);
    CHECK(pages[1].placed.size() == 2);
  }
  SUBCASE("break_before starts a page")
  {
    const std::vector<Piece> pieces = {piece(10), piece(10, false, true)};
    CHECK(paginate(pieces, 100).size() == 2);
  }
  SUBCASE("no pieces: one empty page")
  {
    CHECK(paginate({}, 100).size() == 1);
  }
}

TEST_CASE("no text in the PDF's style is smaller than 12 pt")
{
  const HtmlDocument doc =
    parse_html("<body><h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><p class=\"dose\">e</p>"
               "<footer class=\"page-contact\"><p>f</p></footer><table><tr><th>g</th></tr></table></body>");
  for (const auto kind : {Kind::plan, Kind::referral}) {
    for (const auto& child : doc.body.children) {
      CHECK(style_of(child, {&doc.body}, TextStyle{}, kind).text.size >= 12);
    }
  }
  CHECK(k_body_size >= 12);
  CHECK(k_footer_size >= 12);
}

namespace {

// The lines of text a fragment draws, left to right as "x:y" of each
// line's start, in drawing order.
std::vector<std::pair<double, double>> line_starts(const Fragment& fragment)
{
  std::vector<std::pair<double, double>> out;
  for (const auto& op : fragment.ops) {
    if (const auto* text = std::get_if<TextOp>(&op)) {
      out.emplace_back(text->x, text->baseline);
    }
  }
  return out;
}

} // namespace

TEST_CASE("a word's least width is the whole word, centred or not: table headings never break inside a word")
{
  TextEngine text;
  for (const char* word : {"Mon", "Wed", "Sat", "Exercise"}) {
    CAPTURE(word);
    RichText rich;
    rich.text = word;
    TextStyle style;
    style.bold = true;
    const double whole = text.set(rich, style, 0).width;
    CHECK(text.min_width(rich, style) == doctest::Approx(whole));
    style.centred = true; // as the week table's day columns are
    CHECK(text.min_width(rich, style) == doctest::Approx(whole));
  }
}

TEST_CASE("print layout: lists in columns, steps run in, the dose on one line, the picture beside the steps")
{
  TextEngine text;
  PictureCache pictures;
  Layouter layouter(text, pictures, Kind::plan);
  const double width = 500;

  SUBCASE("the notes run down the first column, then the second")
  {
    const HtmlDocument doc = parse_html("<body><section class=\"notes\"><ul><li>one</li><li>two</li><li>three</li>"
                                        "<li>four</li></ul></section></body>");
    const auto pieces = layouter.flow(doc.body, width, 700);
    REQUIRE(pieces.size() == 1); // the list is one block, in two columns
    const auto lines = line_starts(pieces[0].fragment);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].first < width / 2);
    CHECK(lines[1].first < width / 2);
    CHECK(lines[2].first > width / 2);
    CHECK(lines[2].second == doctest::Approx(lines[0].second));
    CHECK(pieces[0].fragment.height == doctest::Approx(2 * k_leading * k_body_size));
  }
  SUBCASE("self-care steps are one paragraph, each after its number")
  {
    const HtmlDocument doc =
      parse_html("<body><section class=\"self-care\"><h2>Looking after yourself</h2><article class=\"exercise\">"
                 "<h3>Cold pack</h3><ol><li>Wrap it.</li><li>Hold it.</li></ol></article></section></body>");
    const HtmlNode& list = doc.body.children.front().children.back().children.back();
    REQUIRE(list.tag == "ol");
    const std::vector<const HtmlNode*> ancestors{
      &doc.body, &doc.body.children.front(), &doc.body.children.front().children.back()};
    CHECK(style_of(list, ancestors, TextStyle{}, Kind::plan).box.run_in);
    CHECK(style_of(doc.body.children.front(), {&doc.body}, TextStyle{}, Kind::plan).box.columns == 2);
  }
  SUBCASE("the dose's line break reads as a space in print")
  {
    const HtmlDocument doc = parse_html("<body><p class=\"dose\"><strong>How much:</strong> 10 times.<br>"
                                        "<strong> When:</strong> Monday.</p></body>");
    const auto pieces = layouter.flow(doc.body, width, 700);
    REQUIRE(pieces.size() == 1);
    CHECK(line_starts(pieces[0].fragment).size() == 1);
  }
}

TEST_CASE("a plan's PDF: the HTML's words, a page label on every page, the same bytes every time")
{
  const auto& knowledge = ptplan::test::builtin_knowledge();
  const auto profile = ptplan::test::profile_from("patient: { name: José Ñúñez, age: 67 }\n"
                                                  "conditions: [hip-osteoarthritis]\n"
                                                  "pain: { current: 4 }\n"
                                                  "therapist: { name: Sam Okafor, clinic: Riverside PT, phone: \"555 0100\" }\n");
  const auto outcome = ptplan::engine::make_plan(knowledge, profile, 1);
  ptplan::Diagnostics diagnostics;
  ptplan::render::OutcomeRenderer renderer(ptplan::render::builtin_templates(), knowledge, {Format::pdf}, diagnostics);
  REQUIRE(renderer.ok());
  const auto first = renderer.render(outcome, profile, Format::pdf, diagnostics);
  const auto second = renderer.render(outcome, profile, Format::pdf, diagnostics);
  REQUIRE(first.has_value());
  REQUIRE(second.has_value());
  CHECK(first->substr(0, 5) == "%PDF-");
  CHECK(*first == *second);
  CHECK(count(*first, "/Type /Page ") >= 2);
  CHECK(first->find("/CreationDate") == std::string::npos);
  CHECK(first->find("/FontFile2") != std::string::npos); // fonts embedded
  CHECK(first->find("/Title") != std::string::npos);
  CHECK(first->find("/Author (Sam Okafor, Riverside PT)") != std::string::npos);
}
