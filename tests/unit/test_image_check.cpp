// Drawings in the catalog (load/image_check.hpp): only safe SVG line
// drawings and real PNGs, named images/NAME.svg|png, within the size limit.

#include "ptplan/load/image_check.hpp"
#include "ptplan/load/knowledge_loader.hpp"

#include <doctest/doctest.h>

#include <string>

using ptplan::load::check_image;
using ptplan::load::is_image_path;
using ptplan::load::k_max_image_bytes;

namespace {

const std::string k_svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n"
                          "<path d=\"M0 0 L10 10\" stroke=\"#000\"/>\n</svg>\n";

// The message of the problem found, or "" when there is none.
std::string problem(const std::string& path, const std::string& bytes)
{
  const auto found = check_image(path, bytes);
  return found ? found->message : std::string();
}

} // namespace

TEST_CASE("image paths: images/NAME.svg or .png, nothing else")
{
  CHECK(is_image_path("images/glute-bridge.svg"));
  CHECK(is_image_path("images/Bird_dog2.png"));
  CHECK_FALSE(is_image_path("glute-bridge.svg"));
  CHECK_FALSE(is_image_path("images/../rules.yaml"));
  CHECK_FALSE(is_image_path("images/sub/x.svg"));
  CHECK_FALSE(is_image_path("images/x.gif"));
  CHECK_FALSE(is_image_path("images/.svg"));
  CHECK_FALSE(is_image_path("/etc/images/x.svg"));
  CHECK_FALSE(is_image_path("https://example.com/images/x.svg"));
}

TEST_CASE("image content: a plain line drawing and a PNG pass")
{
  CHECK(problem("images/x.svg", k_svg).empty());
  CHECK(problem("images/x.svg", "<?xml version=\"1.0\"?>\n<!-- a drawing -->\n" + k_svg).empty());
  CHECK(problem("images/x.svg", "<svg><path d=\"M0 0\" marker-end=\"url(#arrow)\"/><use href=\"#a\"/></svg>").empty());
  CHECK(problem("images/x.png", std::string("\x89PNG\r\n\x1a\n", 8) + "rest").empty());
}

TEST_CASE("image content: anything that could run or load is refused, with its position")
{
  SUBCASE("a script")
  {
    const auto found = check_image("images/x.svg", "<svg>\n  <script>alert(1)</script>\n</svg>");
    REQUIRE(found.has_value());
    CHECK(found->line == 2);
    CHECK(found->column == 3);
    CHECK(found->message == "the drawing holds a script; drawings may only hold lines and shapes");
  }
  SUBCASE("an upper-case script tag")
  {
    CHECK(problem("images/x.svg", "<svg><SCRIPT>x</SCRIPT></svg>")
          == "the drawing holds a script; drawings may only hold lines and shapes");
  }
  SUBCASE("an event attribute")
  {
    const auto found = check_image("images/x.svg", "<svg onload=\"alert(1)\"></svg>");
    REQUIRE(found.has_value());
    CHECK(found->line == 1);
    CHECK(found->column == 6);
    CHECK(found->message == "the drawing has an event attribute (onload=, onclick=, ...), which could run a script");
  }
  SUBCASE("links and url() outside the file")
  {
    const std::string message =
      "the drawing refers to something outside itself; links and url() may only point to \"#id\" inside the file";
    CHECK(problem("images/x.svg", "<svg><a href=\"https://example.com\"><path/></a></svg>") == message);
    CHECK(problem("images/x.svg", "<svg><use xlink:href='other.svg#a'/></svg>") == message);
    CHECK(problem("images/x.svg", "<svg><path style=\"fill: url(http://x/y)\"/></svg>") == message);
  }
  SUBCASE("embedded documents, images, entities")
  {
    CHECK(problem("images/x.svg", "<svg><foreignObject><div/></foreignObject></svg>")
          == "the drawing holds a foreignObject (HTML inside the drawing); drawings may only hold lines and shapes");
    CHECK(
      problem("images/x.svg", "<svg><image href=\"#a\"/></svg>")
      == "the drawing holds an <image> element (draw with lines and shapes instead); drawings may only hold lines and shapes");
    CHECK(problem("images/x.svg", "<!DOCTYPE svg [<!ENTITY a \"b\">]><svg></svg>")
          == "an SVG drawing must start with an <svg> element");
    CHECK(
      problem("images/x.svg", "<svg><style>@import 'x.css';</style></svg>") == "the drawing imports a style sheet from outside");
  }
  SUBCASE("not an SVG or not a PNG")
  {
    CHECK(problem("images/x.svg", "<html><body/></html>") == "an SVG drawing must start with an <svg> element");
    CHECK(problem("images/x.png", k_svg) == "this is not a PNG file (it does not start with the PNG signature)");
  }
  SUBCASE("too big")
  {
    const std::string big = k_svg + std::string(k_max_image_bytes, ' ');
    CHECK(
      problem("images/x.svg", big)
      == "the image is " + std::to_string(big.size()) + " bytes; the limit is " + std::to_string(k_max_image_bytes) + " bytes");
  }
}

TEST_CASE("every drawing in the built-in catalog passes the check, and every one is used")
{
  const auto files = ptplan::load::builtin_knowledge_files();
  ptplan::Diagnostics diagnostics;
  const auto knowledge = ptplan::load::load_knowledge(files, diagnostics);
  INFO(diagnostics.format());
  REQUIRE(knowledge.has_value());
  std::size_t drawings = 0;
  for (const auto& [path, source] : files.files) {
    if (path.rfind("images/", 0) == 0) {
      ++drawings;
      INFO(path);
      CHECK(problem(path, source.text).empty());
      CHECK(knowledge->images.contains(path));
    }
  }
  // The built-in exercises are drawn from their poses (draw/figure.hpp), so
  // any drawing shipped must be one an exercise uses instead.
  CHECK(knowledge->images.size() == drawings);
}
