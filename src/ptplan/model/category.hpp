#pragma once

#include "ptplan/model/profile_enums.hpp"

#include <fmt/format.h>

namespace ptplan::model {

// An exercise's category (vocabulary.yaml `categories`, CLINICAL.md s.8):
// a closed list the engine decides by, parsed once when the catalog is read.
enum class Category { stretch, mobility, strength, balance, aerobic, functional, self_care };

// Strength and functional work are dosed and scheduled alike (CLINICAL.md
// s.2: sets and reps, 2-3 days a week with 48 hours between).
constexpr bool is_strength_work(Category category)
{
  return category == Category::strength || category == Category::functional;
}

template <>
struct EnumWords<Category>
{
  static constexpr std::string_view name = "categories";
  static constexpr std::array<std::string_view, 7> words = {
    "stretch", "mobility", "strength", "balance", "aerobic", "functional", "self-care"};
};

} // namespace ptplan::model

// Formatted as its word ("self-care"), as the handouts and messages spell it.
template <>
struct fmt::formatter<ptplan::model::Category> : fmt::formatter<std::string_view>
{
  template <typename Context>
  auto format(ptplan::model::Category category, Context& context) const
  {
    return fmt::formatter<std::string_view>::format(ptplan::model::word_of(category), context);
  }
};
