#include "ptplan/lint/readability.hpp"

#include <cctype>

namespace ptplan::lint {

namespace {

bool is_vowel(char c)
{
  switch (std::tolower(static_cast<unsigned char>(c))) {
  case 'a':
  case 'e':
  case 'i':
  case 'o':
  case 'u':
  case 'y':
    return true;
  default:
    return false;
  }
}

std::vector<std::string> words_of(std::string_view text)
{
  std::vector<std::string> words;
  std::string word;
  for (const char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || static_cast<unsigned char>(c) >= 0x80) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) {
    words.push_back(word);
  }
  return words;
}

} // namespace

std::size_t word_count(std::string_view text)
{
  return words_of(text).size();
}

int syllables(std::string_view word)
{
  std::string letters;
  for (const char c : word) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      letters += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (letters.empty()) {
    return 1; // a number is read as about one syllable a digit group
  }
  int count = 0;
  bool previous_vowel = false;
  for (const char c : letters) {
    const bool vowel = is_vowel(c);
    if (vowel && !previous_vowel) {
      ++count;
    }
    previous_vowel = vowel;
  }
  const std::size_t n = letters.size();
  if (n > 2 && letters[n - 1] == 'e' && letters[n - 2] != 'l' && !is_vowel(letters[n - 2]) && count > 1) {
    --count; // silent final e: "stretche" is not a word, "bridge" has one
  }
  if (n > 3 && letters.substr(n - 2) == "ed" && letters[n - 3] != 't' && letters[n - 3] != 'd' && count > 1) {
    --count; // "pressed", "curled"
  }
  return count < 1 ? 1 : count;
}

std::vector<std::string> sentences_of(std::string_view text)
{
  std::vector<std::string> sentences;
  std::string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool end_mark =
      (c == '.' || c == '!' || c == '?' || c == ':') && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n');
    if (c == '\n' || end_mark) {
      if (end_mark) {
        current += c;
      }
      if (!words_of(current).empty()) {
        sentences.push_back(current);
      }
      current.clear();
      continue;
    }
    if (current.empty() && c == ' ') {
      continue;
    }
    current += c;
  }
  if (!words_of(current).empty()) {
    sentences.push_back(current);
  }
  return sentences;
}

double flesch_kincaid_grade(std::string_view text)
{
  const auto sentences = sentences_of(text);
  std::size_t words = 0;
  std::size_t syllable_count = 0;
  for (const auto& sentence : sentences) {
    for (const auto& word : words_of(sentence)) {
      ++words;
      syllable_count += static_cast<std::size_t>(syllables(word));
    }
  }
  if (words == 0 || sentences.empty()) {
    return 0.0;
  }
  return 0.39 * static_cast<double>(words) / static_cast<double>(sentences.size())
         + 11.8 * static_cast<double>(syllable_count) / static_cast<double>(words) - 15.59;
}

} // namespace ptplan::lint
