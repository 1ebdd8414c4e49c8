#include "ptplan/core/words.hpp"

#include <fmt/format.h>

#include <cmath>

namespace ptplan {

std::string list_in_words(const std::vector<std::string>& items)
{
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  }
  return out;
}

std::string count_in_words(std::size_t count, std::string_view one, std::string_view many)
{
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

std::string score_text(double value)
{
  const double whole = std::round(value);
  return std::fabs(value - whole) < 1e-9 ? fmt::format("{}", static_cast<long>(whole)) : fmt::format("{:.1f}", value);
}

} // namespace ptplan
