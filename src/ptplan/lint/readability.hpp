#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ptplan::lint {

// The US school grade a text reads at, by the Flesch-Kincaid formula:
// 0.39 (words / sentences) + 11.8 (syllables / words) - 15.59. Syllables are
// counted by vowel groups (a silent final "e" does not count); an empty text
// is grade 0.
double flesch_kincaid_grade(std::string_view text);

// The text split into sentences at ".", "!", "?" and ":" followed by a space
// or the end, and at line breaks.
std::vector<std::string> sentences_of(std::string_view text);

// Words in a text (letters, digits and apostrophes).
std::size_t word_count(std::string_view text);

// Syllables in one word, at least 1.
int syllables(std::string_view word);

inline constexpr double k_max_grade = 8.0;
inline constexpr double k_max_sentence_grade = 12.0;

} // namespace ptplan::lint
