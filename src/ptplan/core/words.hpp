#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ptplan {

// "A", "A and B", "A, B and C"; empty for no items.
std::string list_in_words(const std::vector<std::string>& items);

// A count with its noun: "1 plan", "0 plans", "3 plans".
std::string count_in_words(std::size_t count, std::string_view one, std::string_view many);

// A score as people write it: "6" for a whole number, else one decimal
// ("35.6").
std::string score_text(double value);

} // namespace ptplan
