// Wrapping plain-text handouts (render/text_wrap.hpp). Expected outputs are
// greedy word wrapping: as many words on a line as fit in `width` characters.

#include "ptplan/render/char_width.hpp"
#include "ptplan/render/text_wrap.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using ptplan::render::wrap_text;

namespace {

std::size_t characters(std::string_view text)
{
  std::size_t count = 0;
  for (const char c : text) {
    count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  }
  return count;
}

std::vector<std::string> lines_of(const std::string& text)
{
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) {
      return lines;
    }
    start = end + 1;
  }
}

} // namespace

TEST_CASE("wrap: the default width")
{
  CHECK(ptplan::render::k_default_width == 72);
}

TEST_CASE("wrap: lines that fit are left alone")
{
  CHECK(wrap_text("", 20) == "");
  CHECK(wrap_text("short line", 20) == "short line");
  CHECK(wrap_text("aaa bbb", 7) == "aaa bbb"); // exactly the width
  CHECK(wrap_text("one\ntwo\n", 20) == "one\ntwo\n");
}

TEST_CASE("wrap: breaks at spaces, as many words per line as fit")
{
  CHECK(wrap_text("aaa bbb", 6) == "aaa\nbbb");
  CHECK(wrap_text("aaa bbb ccc", 7) == "aaa bbb\nccc");
  CHECK(wrap_text("Walk at an easy pace on a flat, even path.", 16) == "Walk at an easy\npace on a flat,\neven path.");
}

TEST_CASE("wrap: a word longer than the width is not split")
{
  CHECK(wrap_text("supercalifragilistic word", 10) == "supercalifragilistic\nword");
  CHECK(wrap_text("a supercalifragilistic", 10) == "a\nsupercalifragilistic");
}

TEST_CASE("wrap: numbered steps get a hanging indent")
{
  CHECK(wrap_text("1. Lie on your back with both knees bent.", 20) == "1. Lie on your back\n   with both knees\n   bent.");
  CHECK(wrap_text("10. Stand tall and breathe out.", 14) == "10. Stand tall\n    and\n    breathe\n    out.");
}

TEST_CASE("wrap: bullet items get a hanging indent")
{
  CHECK(wrap_text("- Keep a hand on the counter for balance.", 16) == "- Keep a hand on\n  the counter\n  for balance.");
}

TEST_CASE("wrap: an indented item keeps its indent plus the marker's")
{
  CHECK(wrap_text("  - Bend your knees slowly.", 12) == "  - Bend\n    your\n    knees\n    slowly.");
  CHECK(wrap_text("    Indented text that wraps here.", 20) == "    Indented text\n    that wraps here.");
}

TEST_CASE("wrap: a number that is not a list marker gives no hanging indent")
{
  CHECK(wrap_text("1.5 kg weights are heavy", 10) == "1.5 kg\nweights\nare heavy");
}

TEST_CASE("wrap: UTF-8 characters count once, not per byte")
{
  // 11 characters in 21 bytes: fits in 11 columns.
  CHECK(wrap_text("ééééé ééééé", 11) == "ééééé ééééé");
  CHECK(wrap_text("ééééé ééééé", 10) == "ééééé\nééééé");
  CHECK(wrap_text("1. Müller über Straße gehen", 16) == "1. Müller über\n   Straße gehen");
  CHECK(wrap_text("- ✓ done ✓ done ✓ done", 10) == "- ✓ done ✓\n  done ✓\n  done");
}

TEST_CASE("wrap: each line of the text is wrapped on its own")
{
  const std::string text =
    "Your exercises\n\n1. Lie on your back with both knees bent.\n- Keep a hand on the counter for balance.\nend\n";
  CHECK(wrap_text(text, 20)
        == "Your exercises\n\n1. Lie on your back\n   with both knees\n   bent.\n- Keep a hand on the\n  counter for\n  "
           "balance.\nend\n");
}

TEST_CASE("wrap: no line is wider than the width when no word is")
{
  const std::string text =
    "1. Sit near the front edge of a sturdy chair with your feet flat on the floor and your back tall.\n"
    "- Stop if you feel sharp pain in the hip, or tingling and numbness down the leg, and call the clinic.\n"
    "Build up your activity a little at a time, by plan, not by pain. Pick a small amount you can do.";
  for (const std::size_t width : {20u, 33u, 40u, 72u}) {
    CAPTURE(width);
    const std::string out = wrap_text(text, width);
    for (const auto& line : lines_of(out)) {
      CAPTURE(line);
      CHECK(characters(line) <= width);
    }
    // Only line breaks and indents were added: the words are all there, in order.
    std::string words_in;
    std::string words_out;
    for (const char c : text) {
      words_in += (c == '\n' ? ' ' : c);
    }
    for (const char c : out) {
      words_out += (c == '\n' ? ' ' : c);
    }
    auto squeeze = [](std::string s) {
      std::string r;
      for (const char c : s) {
        if (!(c == ' ' && !r.empty() && r.back() == ' ')) {
          r += c;
        }
      }
      return r;
    };
    CHECK(squeeze(words_out) == squeeze(words_in));
  }
}

TEST_CASE("wrap: a row of a tick table continues under the exercise name")
{
  const std::string row = "   x   .   x   .   x   x   .   3. Kneeling front hip stretch with a reach";
  CHECK(wrap_text(row, 60)
        == "   x   .   x   .   x   x   .   3. Kneeling front hip stretch\n"
           "                                  with a reach");
  // Prose with a number in it is not a table row.
  CHECK(wrap_text("Do this 3 times.  2. Then rest a while and breathe slowly", 30)
        == "Do this 3 times.  2. Then rest\na while and breathe slowly");
}

TEST_CASE("wrap_text counts display columns: CJK characters and emoji take two")
{
  using ptplan::render::display_width;
  CHECK(display_width("abc") == 3);
  CHECK(display_width("李小龍") == 6);
  CHECK(display_width("😀") == 2);
  CHECK(display_width("e\u0301") == 1);  // e and a combining accent
  CHECK(display_width("👍🏽") == 2); // a thumb with a skin tone
  CHECK(display_width("ｆｕｌｌ") == 8); // fullwidth Latin
  CHECK(display_width("\xff") == 1);     // a stray byte counts once

  SUBCASE("a CJK goal wraps within the width, breaking between characters")
  {
    const std::string goal = "我想走路去商店不感到臀部疼痛我想和孫子一起在公園裡散步李小龍";
    const std::string wrapped = wrap_text(goal, 20);
    for (const auto& line : lines_of(wrapped)) {
      CHECK(display_width(line) <= 20);
    }
    std::string joined;
    for (const auto& line : lines_of(wrapped)) {
      joined += line;
    }
    CHECK(joined == goal);                // nothing lost, nothing added
    CHECK(lines_of(wrapped).size() == 3); // 30 characters, 60 columns
  }
  SUBCASE("mixed text: words and CJK names keep within the width")
  {
    const std::string text = "- Walk with 李小龍 to the park 😀😀😀 every morning before breakfast";
    for (const auto& line : lines_of(wrap_text(text, 24))) {
      CHECK(display_width(line) <= 24);
    }
  }
  SUBCASE("closing punctuation never starts a line")
  {
    const std::string text = "我想走路去商店。不感到疼痛";
    for (const auto& line : lines_of(wrap_text(text, 14))) {
      CHECK(line.rfind("。", 0) != 0);
    }
  }
  SUBCASE("emoji count two: a line of them wraps at half as many")
  {
    const std::string text = "😀😀😀😀😀😀😀😀😀😀";
    const auto lines = lines_of(wrap_text(text, 10));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "😀😀😀😀😀");
  }
}
