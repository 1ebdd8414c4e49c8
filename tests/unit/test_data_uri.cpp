// data: URIs for drawings in HTML handouts (render/data_uri.hpp).

#include "ptplan/render/data_uri.hpp"

#include <doctest/doctest.h>

using ptplan::render::base64;
using ptplan::render::image_data_uri;

TEST_CASE("base64: the RFC 4648 test vectors")
{
  CHECK(base64("") == "");
  CHECK(base64("f") == "Zg==");
  CHECK(base64("fo") == "Zm8=");
  CHECK(base64("foo") == "Zm9v");
  CHECK(base64("foob") == "Zm9vYg==");
  CHECK(base64("fooba") == "Zm9vYmE=");
  CHECK(base64("foobar") == "Zm9vYmFy");
  CHECK(base64(std::string_view("\xff\x00\xfe", 3)) == "/wD+");
}

TEST_CASE("data URIs: the media type follows the file name")
{
  CHECK(image_data_uri("images/a.svg", "<svg/>") == "data:image/svg+xml;base64,PHN2Zy8+");
  CHECK(image_data_uri("images/a.png", "foo") == "data:image/png;base64,Zm9v");
}

TEST_CASE("data URIs: SVG text made in memory")
{
  CHECK(ptplan::render::svg_data_uri("<svg/>") == "data:image/svg+xml;base64,PHN2Zy8+");
}
