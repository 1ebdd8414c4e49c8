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

// Calls f with each word of the text (a run of word_chars), in order, as a
// view into the text: no word is copied.
template <typename F>
void for_each_word(std::string_view text, F&& f)
{
  std::size_t start = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (word_char(text[i])) {
      if (!in_word) {
        start = i;
        in_word = true;
      }
    } else if (in_word) {
      f(text.substr(start, i - start));
      in_word = false;
    }
  }
  if (in_word) {
    f(text.substr(start));
  }
}

// Whether the text holds a word, as for_each_word finds them, without making the list.
bool has_word(std::string_view text)
{
  return std::any_of(text.begin(), text.end(), word_char);
}

// Calls f with each sentence of the text as a view into it (see sentences_of).
template <typename F>
void for_each_sentence(std::string_view text, F&& f)
{
  std::size_t start = 0;
  bool started = false; // leading spaces of a sentence are not part of it
  const auto end_sentence = [&](std::size_t end) {
    const std::string_view sentence = started ? text.substr(start, end - start) : std::string_view();
    if (has_word(sentence)) {
      f(sentence);
    }
    started = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool end_mark =
      (c == '.' || c == '!' || c == '?' || c == ':') && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n');
    if (c == '\n' || end_mark) {
      if (end_mark && !started) {
        start = i;
        started = true;
      }
      end_sentence(end_mark ? i + 1 : i);
      continue;
    }
    if (!started && c == ' ') {
      continue;
    }
    if (!started) {
      start = i;
      started = true;
    }
  }
  end_sentence(text.size());
}

} // namespace

std::size_t word_count(std::string_view text)
{
  std::size_t count = 0;
  for_each_word(text, [&count](std::string_view) { ++count; });
  return count;
}

int syllables(std::string_view word)
{
  // Vowel groups of the word's letters (lower case, digits and marks left
  // out), with the last three letters kept for the endings below.
  int count = 0;
  bool previous_vowel = false;
  std::size_t n = 0;
  char last[3] = {0, 0, 0}; // last[0] the final letter, last[1] the one before, ...
  for (const char c : word) {
    if (!std::isalpha(static_cast<unsigned char>(c))) {
      continue;
    }
    const char letter = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool vowel = is_vowel(letter);
    if (vowel && !previous_vowel) {
      ++count;
    }
    previous_vowel = vowel;
    last[2] = last[1];
    last[1] = last[0];
    last[0] = letter;
    ++n;
  }
  if (n == 0) {
    return 1; // a number is read as about one syllable a digit group
  }
  if (n > 2 && last[0] == 'e' && last[1] != 'l' && !is_vowel(last[1]) && count > 1) {
    --count; // silent final e: "stretche" is not a word, "bridge" has one
  }
  if (n > 3 && last[1] == 'e' && last[0] == 'd' && last[2] != 't' && last[2] != 'd' && count > 1) {
    --count; // "pressed", "curled"
  }
  return count < 1 ? 1 : count;
}

std::vector<std::string> sentences_of(std::string_view text)
{
  std::vector<std::string> sentences;
  for_each_sentence(text, [&sentences](std::string_view sentence) { sentences.emplace_back(sentence); });
  return sentences;
}

double flesch_kincaid_grade(std::string_view text)
{
  std::size_t sentence_count = 0;
  std::size_t words = 0;
  std::size_t syllable_count = 0;
  for_each_sentence(text, [&](std::string_view sentence) {
    ++sentence_count;
    for_each_word(sentence, [&](std::string_view word) {
      ++words;
      syllable_count += static_cast<std::size_t>(syllables(word));
    });
  });
  if (words == 0 || sentence_count == 0) {
    return 0.0;
  }
  return 0.39 * static_cast<double>(words) / static_cast<double>(sentence_count)
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
  std::size_t words = 0;
  double syllable_count = 0;
  for_each_word(text, [&](std::string_view word) {
    ++words;
    syllable_count += spanish_syllables(word);
  });
  if (words == 0) {
    return 100.0;
  }
  std::size_t sentence_count = 0;
  for_each_sentence(text, [&sentence_count](std::string_view) { ++sentence_count; });
  const double sentences = static_cast<double>(std::max<std::size_t>(sentence_count, 1));
  const double per_hundred = 100.0 / static_cast<double>(words);
  return 206.84 - 0.60 * syllable_count * per_hundred - 1.02 * sentences * per_hundred;
}

} // namespace ptplan::lint
