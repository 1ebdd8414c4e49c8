#include "ptplan/lint/readability.hpp"

#include <algorithm>
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

// Letters, digits, apostrophes and any byte of a UTF-8 letter.
bool word_char(char c)
{
  return std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
}

std::vector<std::string> words_of(std::string_view text)
{
  std::vector<std::string> words;
  std::string word;
  for (const char c : text) {
    if (word_char(c)) {
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

// Whether the text holds a word, as words_of counts them, without making the list.
bool has_word(std::string_view text)
{
  return std::any_of(text.begin(), text.end(), word_char);
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
      if (has_word(current)) {
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
  if (has_word(current)) {
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

namespace {

// A Spanish vowel, as a syllable sees it: 0 none, 1 weak (i, u, ü), 2
// strong (a, e, o and the accented ones), 3 an accented weak vowel (í, ú),
// which breaks a diphthong. `length` is the bytes it takes.
int spanish_vowel(std::string_view word, std::size_t at, std::size_t& length)
{
  length = 1;
  const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(word[at])));
  if (c == 'a' || c == 'e' || c == 'o') {
    return 2;
  }
  if (c == 'i' || c == 'u') {
    return 1;
  }
  if (static_cast<unsigned char>(c) == 0xC3 && at + 1 < word.size()) {
    length = 2;
    switch (static_cast<unsigned char>(word[at + 1])) {
    case 0xA1: // á
    case 0xA9: // é
    case 0xB3: // ó
    case 0x81: // Á
    case 0x89: // É
    case 0x93: // Ó
      return 2;
    case 0xAD: // í
    case 0xBA: // ú
    case 0x8D: // Í
    case 0x9A: // Ú
      return 3;
    case 0xBC: // ü
    case 0x9C: // Ü
      return 1;
    default:
      break;
    }
  }
  return 0;
}

} // namespace

int spanish_syllables(std::string_view word)
{
  int count = 0;
  int previous = 0; // the kind of the vowel before, 0 after a consonant
  for (std::size_t i = 0; i < word.size();) {
    std::size_t length = 1;
    const int kind = spanish_vowel(word, i, length);
    if (kind != 0) {
      // A new nucleus unless it joins the one before as a diphthong: a weak
      // vowel with any unaccented one.
      const bool joins = previous != 0 && previous != 3 && kind != 3 && (previous == 1 || kind == 1);
      count += joins ? 0 : 1;
    }
    previous = kind;
    i += length;
  }
  return std::max(count, 1);
}

double fernandez_huerta(std::string_view text)
{
  const std::vector<std::string> words = words_of(text);
  if (words.empty()) {
    return 100.0;
  }
  double syllable_count = 0;
  for (const auto& word : words) {
    syllable_count += spanish_syllables(word);
  }
  const double sentences = static_cast<double>(std::max<std::size_t>(sentences_of(text).size(), 1));
  const double per_hundred = 100.0 / static_cast<double>(words.size());
  return 206.84 - 0.60 * syllable_count * per_hundred - 1.02 * sentences * per_hundred;
}

} // namespace ptplan::lint
