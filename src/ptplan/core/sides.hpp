#pragma once

#include <string>
#include <string_view>

namespace ptplan {

// The words for the profile's affected side in patient text: `side` is the
// working, affected side and `other` the other one. A profile that names no
// single side (none, or `both`) gets "right" and "left", and `named` is false
// so the dose says to do each side.
struct Sides
{
  std::string side = "right";
  std::string other = "left";
  bool named = false;
  // The words beside a masculine noun, for languages where they agree
  // ("el pie derecho", "la pierna derecha"): `{side_m}` and `{other_m}`.
  // Empty: the same as `side` and `other`.
  std::string side_m;
  std::string other_m;
};

// The sides for a profile's `side` value ("left", "right", "both" or empty).
Sides sides_for(std::string_view profile_side);

// `text` with every `{side}` and `{other}` (and `{side_m}`, `{other_m}`)
// replaced by the side's words.
// Other braces are left as they are.
std::string with_sides(std::string_view text, const Sides& sides);

// Whether `text` holds a `{side}`, `{other}`, `{side_m}` or `{other_m}` token.
bool names_a_side(std::string_view text);

} // namespace ptplan
