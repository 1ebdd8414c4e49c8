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

// How easy a Spanish text is to read, by Fernández-Huerta's formula (the
// Spanish Flesch reading ease): 206.84 - 0.60 P - 1.02 F, with P syllables
// and F sentences per 100 words. 70-80 is "bastante fácil", 80-90 "fácil";
// an empty text is 100. Syllables are counted by Spanish vowel groups: two
// strong vowels (a, e, o) or an accented í/ú beside another vowel are two.
double fernandez_huerta(std::string_view text);

// Syllables in one Spanish word, at least 1.
int spanish_syllables(std::string_view word);

// The ease a Spanish handout's text must reach: "bastante fácil" or easier.
inline constexpr double k_min_spanish_ease = 70.0;
// A single sentence is a small sample: its bar is lower ("normal").
inline constexpr double k_min_spanish_sentence_ease = 50.0;

inline constexpr double k_max_grade = 8.0;
inline constexpr double k_max_sentence_grade = 12.0;

} // namespace ptplan::lint
