#include "ptplan/core/sides.hpp"

namespace ptplan {

namespace {

constexpr std::string_view k_side = "{side}";
constexpr std::string_view k_other = "{other}";
constexpr std::string_view k_side_m = "{side_m}";
constexpr std::string_view k_other_m = "{other_m}";

} // namespace

Sides sides_for(std::string_view profile_side)
{
  if (profile_side == "left") {
    return {"left", "right", true, "", ""};
  }
  if (profile_side == "right") {
    return {"right", "left", true, "", ""};
  }
  return {};
}

std::string with_sides(std::string_view text, const Sides& sides)
{
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t brace = text.find('{', at);
    if (brace == std::string_view::npos) {
      out += text.substr(at);
      break;
    }
    out += text.substr(at, brace - at);
    const std::string_view rest = text.substr(brace);
    if (rest.starts_with(k_side_m)) {
      out += sides.side_m.empty() ? sides.side : sides.side_m;
      at = brace + k_side_m.size();
    } else if (rest.starts_with(k_other_m)) {
      out += sides.other_m.empty() ? sides.other : sides.other_m;
      at = brace + k_other_m.size();
    } else if (rest.starts_with(k_side)) {
      out += sides.side;
      at = brace + k_side.size();
    } else if (rest.starts_with(k_other)) {
      out += sides.other;
      at = brace + k_other.size();
    } else {
      out += '{';
      at = brace + 1;
    }
  }
  return out;
}

bool names_a_side(std::string_view text)
{
  return text.find(k_side) != std::string_view::npos || text.find(k_other) != std::string_view::npos
         || text.find(k_side_m) != std::string_view::npos || text.find(k_other_m) != std::string_view::npos;
}

} // namespace ptplan
