// Escaping profile text for each output format (render/escape.hpp).
//
// The checks are about what a reader of the output would see, not about one
// spelling of the escape: Markdown specials must be backslash-escaped (or
// otherwise inert) and removing the escapes must give the text back; HTML
// must hold no raw markup characters and decode to the text.

#include "ptplan/render/escape.hpp"

#include <doctest/doctest.h>

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

using ptplan::render::clean_text;
using ptplan::render::escape_for;
using ptplan::render::escape_html;
using ptplan::render::escape_markdown;
using ptplan::render::Format;

namespace {

// CommonMark: a backslash before ASCII punctuation makes it literal.
bool is_escaped(const std::string& text, std::size_t i)
{
  std::size_t backslashes = 0;
  while (i > backslashes && text[i - backslashes - 1] == '\\') {
    ++backslashes;
  }
  return backslashes % 2 == 1;
}

// The text a Markdown reader sees once backslash escapes are resolved.
std::string unescape_markdown(const std::string& text)
{
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && std::ispunct(static_cast<unsigned char>(text[i + 1]))) {
      out += text[++i];
    } else {
      out += text[i];
    }
  }
  return out;
}

// Characters that start inline markup anywhere in a line ("!" only matters
// before "[", which is checked itself).
constexpr std::string_view k_inline_specials = "*_`[]<>|\\~&";

void check_inline_inert(const std::string& out)
{
  for (std::size_t i = 0; i < out.size(); ++i) {
    const char c = out[i];
    if (c == '\\') {
      continue; // an escape, or escaped itself: checked through unescape_markdown
    }
    if (k_inline_specials.find(c) != std::string_view::npos) {
      CAPTURE(out);
      CAPTURE(i);
      CHECK(is_escaped(out, i));
    }
  }
}

// What a line starting with `out` would begin as, once spaces are skipped.
std::string_view line_start(const std::string& out)
{
  std::string_view v(out);
  while (!v.empty() && v.front() == ' ') {
    v.remove_prefix(1);
  }
  return v;
}

void check_no_block_start(const std::string& out)
{
  CAPTURE(out);
  const std::string_view v = line_start(out);
  REQUIRE_FALSE(v.empty());
  // Heading, quote, list bullets, table, thematic break, setext underline.
  CHECK(std::string_view("#>-+*|=_").find(v.front()) == std::string_view::npos);
  // Ordered list: digits followed by "." or ")".
  std::size_t digits = 0;
  while (digits < v.size() && std::isdigit(static_cast<unsigned char>(v[digits]))) {
    ++digits;
  }
  if (digits > 0 && digits < v.size()) {
    CHECK(v[digits] != '.');
    CHECK(v[digits] != ')');
  }
}

std::string decode_html(const std::string& text)
{
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    const std::size_t semi = text.find(';', i);
    REQUIRE_MESSAGE(semi != std::string::npos, "a bare & in HTML output: " << text);
    const std::string entity = text.substr(i + 1, semi - i - 1);
    if (entity == "amp") {
      out += '&';
    } else if (entity == "lt") {
      out += '<';
    } else if (entity == "gt") {
      out += '>';
    } else if (entity == "quot") {
      out += '"';
    } else if (entity == "apos" || entity == "#39" || entity == "#x27" || entity == "#X27") {
      out += '\'';
    } else {
      FAIL("unexpected entity &" << entity << ";");
    }
    i = semi;
  }
  return out;
}

} // namespace

TEST_CASE("escape: format names")
{
  CHECK(ptplan::render::format_name(Format::markdown) == "markdown");
  CHECK(ptplan::render::format_name(Format::text) == "text");
  CHECK(ptplan::render::format_name(Format::html) == "html");
  CHECK(ptplan::render::format_name(Format::json) == "json");
}

TEST_CASE("escape: markdown leaves plain words alone")
{
  CHECK(escape_markdown("Maria Lopez") == "Maria Lopez");
  CHECK(escape_markdown("Walk to the shops, then rest") == "Walk to the shops, then rest");
  CHECK(escape_markdown("") == "");
}

TEST_CASE("escape: markdown text cannot start a block")
{
  const std::vector<std::string> hostile = {
    "# Heading",
    "### Heading",
    "   # indented heading",
    "> quote",
    "- item",
    "+ item",
    "* item",
    "1. item",
    "12) item",
    "2026. A year",
    "| a | b |",
    "---",
    "===",
    "___",
    "***",
  };
  for (const auto& text : hostile) {
    CAPTURE(text);
    const std::string out = escape_markdown(text);
    check_no_block_start(out);
    check_inline_inert(out);
    CHECK(unescape_markdown(out) == text);
  }
}

TEST_CASE("escape: markdown text cannot form links, images, HTML, emphasis or code")
{
  const std::vector<std::string> hostile = {
    "[click here](https://evil.example)",
    "![tracker](https://evil.example/pixel.png)",
    "<script>alert(1)</script>",
    "<https://evil.example>",
    "<img src=x onerror=alert(1)>",
    "*emphasis* and **strong**",
    "_emphasis_ and __strong__",
    "~~struck~~",
    "`code` and ``more``",
    "[ref]: https://evil.example",
    "&lt;b&gt; and &#60;i&#62; and &copy;",
    "a | table | row",
    "back\\slash \\*not escaped\\*",
    "Name with [brackets] and a trailing backslash\\",
  };
  for (const auto& text : hostile) {
    CAPTURE(text);
    const std::string out = escape_markdown(text);
    check_inline_inert(out);
    CHECK(unescape_markdown(out) == text);
  }
}

TEST_CASE("escape: markdown text cannot form a GFM autolink")
{
  for (const std::string text : {"see https://evil.example now", "see www.evil.example now"}) {
    CAPTURE(text);
    const std::string out = escape_markdown(text);
    CHECK(unescape_markdown(out) == text);
    CHECK(out.find("://") == std::string::npos);
    CHECK(out.find("www.") == std::string::npos);
  }
}

// Issue 15, reproducer 8: "a\@evil.example" was still linked by cmark-gfm,
// which finds addresses through escapes and entities. tests/e2e/hostile.sh
// checks the handout with the real cmark-gfm.
TEST_CASE("escape: markdown text cannot form an email autolink: a word joiner goes before the @")
{
  const std::string joiner = "\u2060";
  CHECK(escape_markdown("a@evil.example") == "a" + joiner + "@evil.example");
  CHECK(escape_markdown("mailto:x@evil.example") == "mailto:x" + joiner + "@evil.example");
  CHECK(escape_markdown("xmpp:x@evil.example/r") == "xmpp:x" + joiner + "@evil.example/r");
  CHECK(escape_markdown("no address here") == "no address here");
}

TEST_CASE("escape: markdown folds line breaks, so no new line can start a block")
{
  const std::string out = escape_markdown("Maria\n# Injected heading\n- item\r\n> quote");
  CHECK(out.find('\n') == std::string::npos);
  CHECK(out.find('\r') == std::string::npos);
  CHECK(unescape_markdown(out) == "Maria # Injected heading - item > quote");
  check_inline_inert(out);
}

TEST_CASE("escape: markdown drops control characters and terminal escapes")
{
  CHECK(escape_markdown("\x1b[31mred\x1b[0m") == "red");
  CHECK(escape_markdown(std::string("a\0b", 3)) == "ab");
  CHECK(escape_markdown("a\u202Eb") == "ab");
}

TEST_CASE("escape: html escapes the five markup characters")
{
  SUBCASE("each character")
  {
    for (const char c : std::string("<>&\"'")) {
      CAPTURE(c);
      const std::string out = escape_html(std::string(1, c));
      CHECK(out.size() > 1);
      CHECK(out.front() == '&');
      CHECK(decode_html(out) == std::string(1, c));
    }
  }
  SUBCASE("hostile strings decode back and hold no raw markup")
  {
    const std::vector<std::string> hostile = {
      "<script>alert('x')</script>",
      "\" onmouseover=\"alert(1)",
      "' onfocus='alert(1)",
      "&lt;already escaped&gt;",
      "Tom & Jerry's <b>\"best\"</b>",
    };
    for (const auto& text : hostile) {
      CAPTURE(text);
      const std::string out = escape_html(text);
      CHECK(out.find('<') == std::string::npos);
      CHECK(out.find('>') == std::string::npos);
      CHECK(out.find('"') == std::string::npos);
      CHECK(out.find('\'') == std::string::npos);
      CHECK(decode_html(out) == text);
    }
  }
  SUBCASE("plain text is unchanged")
  {
    CHECK(escape_html("Maria Lopez, 67") == "Maria Lopez, 67");
  }
  SUBCASE("html output has no control characters either")
  {
    CHECK(escape_html("a\x1b[2Jb\x07") == "ab");
  }
}

TEST_CASE("escape: text strips terminal escape sequences")
{
  CHECK(clean_text("\x1b[31mred\x1b[0m text") == "red text");
  CHECK(clean_text("\x1b[2J\x1b[Hclear") == "clear");
  CHECK(clean_text("\x1b[38;5;196mcolour") == "colour");
  CHECK(clean_text("a\x1b"
                   "cb")
        == "ab"); // ESC c: full terminal reset
  CHECK(clean_text("\xc2\x9b"
                   "31mx")
        != "\xc2\x9b"
           "31mx"); // C1 CSI is not passed through
  CHECK(clean_text("\xc2\x9b"
                   "31mx")
          .find("\xc2\x9b")
        == std::string::npos);
}

TEST_CASE("escape: text strips OSC sequences with their payload")
{
  CHECK(clean_text("a\x1b]0;evil title\x07"
                   "b")
        == "ab");
  CHECK(clean_text("\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\") == "click");
}

TEST_CASE("escape: text strips control characters")
{
  CHECK(clean_text("bell\x07 back\x08space") == "bell backspace");
  CHECK(clean_text(std::string("nul\0byte", 8)) == "nulbyte");
  CHECK(clean_text("del\x7f") == "del");
  CHECK(clean_text("form\x0c"
                   "feed")
        == "formfeed");
  CHECK(clean_text("\xc2\x85next line") == "next line"); // C1 NEL
}

TEST_CASE("escape: text strips bidi overrides, embeddings, isolates and marks")
{
  const std::vector<std::pair<const char*, const char*>> controls = {
    {"LRE U+202A", "\u202A"},
    {"RLE U+202B", "\u202B"},
    {"PDF U+202C", "\u202C"},
    {"LRO U+202D", "\u202D"},
    {"RLO U+202E", "\u202E"},
    {"LRI U+2066", "\u2066"},
    {"RLI U+2067", "\u2067"},
    {"FSI U+2068", "\u2068"},
    {"PDI U+2069", "\u2069"},
    {"LRM U+200E", "\u200E"},
    {"RLM U+200F", "\u200F"},
  };
  for (const auto& entry : controls) {
    const auto& name = entry.first;
    const auto& control = entry.second;
    CAPTURE(name);
    CHECK(clean_text(std::string("abc") + control + "def") == "abcdef");
  }
  // Letters that are not controls are kept, including right-to-left ones.
  CHECK(clean_text("José Müller") == "José Müller");
  CHECK(clean_text("\u05E9\u05DC\u05D5\u05DD") == "\u05E9\u05DC\u05D5\u05DD");
  CHECK(clean_text("en\u2013dash \u2014 ok") == "en\u2013dash \u2014 ok"); // neighbours of U+202x
}

TEST_CASE("escape: text folds line breaks and tabs into spaces")
{
  CHECK(clean_text("line one\nline two") == "line one line two");
  CHECK(clean_text("line one\r\nline two") == "line one line two");
  CHECK(clean_text("a\tb") == "a b");
  CHECK(clean_text("no breaks") == "no breaks");
}

TEST_CASE("escape: escape_for picks the escape of the format")
{
  const std::string hostile = "<b># *x*</b>\n\x1b[1m";
  CHECK(escape_for(Format::markdown, hostile) == escape_markdown(hostile));
  CHECK(escape_for(Format::html, hostile) == escape_html(hostile));
  CHECK(escape_for(Format::text, hostile) == clean_text(hostile));
  CHECK(escape_for(Format::json, hostile) == hostile); // JSON is escaped by its library
  CHECK(escape_for(Format::text, hostile) == "<b># *x*</b> ");
}

TEST_CASE("EscapeCache gives escape_for's answer, first time, again, and past its capacity")
{
  using ptplan::render::Format;
  for (const auto format : {Format::markdown, Format::html, Format::text}) {
    ptplan::render::EscapeCache cache(format);
    const std::vector<std::string> texts = {"3", "<b>*bold*</b> & [link](x)", "Lie on your back with knees bent.",
      "1. not a list\x1b]8;;http://x\x07 here", "# not a heading, long enough to keep"};
    for (int round = 0; round < 2; ++round) {
      for (const auto& text : texts) {
        CHECK(cache(text) == ptplan::render::escape_for(format, text));
      }
    }
    for (int i = 0; i < 5000; ++i) {
      const std::string text = "a | b * c <number> " + std::to_string(i);
      REQUIRE(cache(text) == ptplan::render::escape_for(format, text));
    }
    CHECK(cache(texts[1]) == ptplan::render::escape_for(format, texts[1]));
  }
}
