// libFuzzer target: any bytes as a catalog drawing (load/image_check: the
// SVG allow-list through expat, and the CSS check on its own). Must never
// crash, hang or leak, and every refusal says where and why.
#include "ptplan/load/image_check.hpp"
#include "ptplan/load/svg_style.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto problem = ptplan::load::check_image("images/fuzz.svg", bytes);
  if (problem && (problem->message.empty() || problem->line < 0 || problem->column < 0)) {
    std::abort();
  }
  if (!problem && bytes.find("<svg") == std::string_view::npos && bytes.find(":svg") == std::string_view::npos) {
    std::abort(); // an accepted drawing has an <svg> root
  }
  const auto style = ptplan::load::check_svg_style(bytes);
  if (style && (style->message.empty() || style->offset > bytes.size())) {
    std::abort();
  }
  ptplan::load::check_image("images/fuzz.png", bytes);
  return 0;
}
