#pragma once

#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ptplan {

// A place in an input file. Lines and columns count from 1; 0 means unknown.
struct Location
{
  std::string file;
  int line = 0;
  int column = 0;
};

// One input error: where it is and what was expected.
struct Diagnostic
{
  Location where;
  std::string message;
};

// Collects every error found in one or more inputs so that all of them can
// be reported at once. Stops recording after k_max_per_file per file.
class Diagnostics
{
public:
  static constexpr std::size_t k_max_per_file = 50;

  void error(const Location& where, std::string message);
  // The same for a message that costs time to write (a suggestion): past
  // the file's limit the error is only counted and make_message is not called.
  template <std::invocable MakeMessage>
  void error(const Location& where, MakeMessage&& make_message)
  {
    if (full(where.file)) {
      ++m_dropped;
      return;
    }
    m_items.push_back({where, std::string(make_message())});
  }
  // Whether an error in `file` would now be dropped.
  bool full(const std::string& file) const;
  void append(const Diagnostics& other);

  bool empty() const { return m_items.empty(); }
  std::size_t size() const { return m_items.size(); }
  const std::vector<Diagnostic>& items() const { return m_items; }

  // "file:line:column: error: message" lines, one per diagnostic.
  std::string format() const;

private:
  std::vector<Diagnostic> m_items;
  std::size_t m_dropped = 0;
};

// "file:line:column", leaving out the parts that are unknown.
std::string format_location(const Location& where);

// The longest word for which did_you_mean and close_matches look for a
// suggestion: over twice the longest id (38 letters). A longer word is no typo of one,
// and comparing it letter by letter with each choice would cost time by the
// square of its length.
inline constexpr std::size_t k_max_suggested_word = 100;

// The closest of `choices` to `word` when it is close enough to be a likely
// typo, else an empty string (and for a word over k_max_suggested_word).
std::string did_you_mean(std::string_view word, const std::vector<std::string>& choices);

// Up to `limit` of `choices` that look like `word`, closest first: a typo
// away, holding it ("night-pain" in "constant-night-pain"), or sharing a
// part of at least three letters between hyphens ("hip" of "hip-oa").
// Empty when none does, or for a word over k_max_suggested_word.
std::vector<std::string> close_matches(std::string_view word, const std::vector<std::string>& choices, std::size_t limit = 4);

} // namespace ptplan
