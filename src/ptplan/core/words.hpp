#pragma once

#include <string>
#include <vector>

namespace ptplan {

// "A", "A and B", "A, B and C"; empty for no items.
std::string list_in_words(const std::vector<std::string>& items);

// A score as people write it: "6" for a whole number, else one decimal
// ("35.6").
std::string score_text(double value);

} // namespace ptplan
