#include "ptplan/core/diagnostics.hpp"

#include "ptplan/core/terminal_text.hpp"
#include "ptplan/core/words.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace ptplan {

void Diagnostics::error(const Location& where, std::string message)
{
  if (full(where.file)) {
    ++m_dropped;
    return;
  }
  m_items.push_back({where, std::move(message)});
}

bool Diagnostics::full(const std::string& file) const
{
  const auto same_file = std::count_if(m_items.begin(), m_items.end(), [&](const Diagnostic& d) { return d.where.file == file; });
  return static_cast<std::size_t>(same_file) >= k_max_per_file;
}

void Diagnostics::append(const Diagnostics& other)
{
  for (const auto& item : other.m_items) {
    m_items.push_back(item);
  }
  m_dropped += other.m_dropped;
}

std::string Diagnostics::format() const
{
  std::string out;
  for (const auto& item : m_items) {
    out += fmt::format("{}: error: {}\n", printable(format_location(item.where)), printable(item.message));
  }
  if (m_dropped > 0) {
    out += fmt::format("ptplan: {} not shown\n", count_in_words(m_dropped, "more error", "more errors"));
  }
  return out;
}

std::string format_location(const Location& where)
{
  std::string out = where.file.empty() ? std::string("<input>") : where.file;
  if (where.line > 0) {
    out += fmt::format(":{}", where.line);
    if (where.column > 0) {
      out += fmt::format(":{}", where.column);
    }
  }
  return out;
}

namespace {

std::size_t length_difference(std::string_view a, std::string_view b)
{
  return a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
}

// A third of the word may be wrong, at least two letters: typos, not guesses.
std::size_t typo_allowance(std::string_view word)
{
  return std::max<std::size_t>(2, word.size() / 3);
}

std::size_t edit_distance(std::string_view a, std::string_view b)
{
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) {
    row[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
      diagonal = above;
    }
  }
  return row[b.size()];
}

} // namespace

std::string did_you_mean(std::string_view word, const std::vector<std::string>& choices)
{
  if (word.empty() || word.size() > k_max_suggested_word) {
    return {};
  }
  const std::size_t allowed = typo_allowance(word);
  std::string best;
  std::size_t best_distance = 0;
  for (const auto& choice : choices) {
    if (length_difference(word, choice) > allowed) {
      continue; // at least that many letters to add or remove: too far to be the one
    }
    const std::size_t distance = edit_distance(word, choice);
    if (best.empty() || distance < best_distance) {
      best = choice;
      best_distance = distance;
    }
  }
  if (!best.empty() && best_distance <= allowed) {
    return best;
  }
  // A start of a word ("hip-osteo") or a word with more after it ("monday"
  // for "mon"), when exactly one choice fits.
  std::string only;
  for (const auto& choice : choices) {
    const bool fits = std::min(word.size(), choice.size()) >= 3
                      && (choice.rfind(word, 0) == 0 || std::string_view(word).substr(0, choice.size()) == choice);
    if (fits) {
      if (!only.empty()) {
        return {};
      }
      only = choice;
    }
  }
  return only;
}

namespace {

std::vector<std::string_view> hyphen_parts(std::string_view word)
{
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= word.size()) {
    const std::size_t end = std::min(word.find('-', start), word.size());
    if (end - start >= 3) {
      parts.push_back(word.substr(start, end - start));
    }
    start = end + 1;
  }
  return parts;
}

} // namespace

std::vector<std::string> close_matches(std::string_view word, const std::vector<std::string>& choices, std::size_t limit)
{
  if (word.empty() || word.size() > k_max_suggested_word) {
    return {};
  }
  const std::size_t allowed = typo_allowance(word);
  const auto parts = hyphen_parts(word);
  // Typos first (closest first), then words that hold it, then shared
  // parts; among those, the longest common start first ("hip-osteo..."
  // before "hip-strain" for "hip-oa"), then the closest.
  std::vector<std::tuple<int, long, std::size_t, std::size_t>> found;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    const std::string& choice = choices[i];
    // A choice that differs in length by more than `allowed` is no typo
    // away; its distance is worked out only if it is kept for another reason.
    const bool near = length_difference(word, choice) <= allowed;
    std::size_t distance = near ? edit_distance(word, choice) : 0;
    int rank = 0;
    if (near && distance <= allowed) {
      rank = 1;
    } else if (word.size() >= 3
               && (choice.find(word) != std::string::npos
                   || (choice.size() >= 3 && word.find(choice) != std::string_view::npos))) {
      rank = 2;
    } else {
      const auto theirs = hyphen_parts(choice);
      const bool shared = std::any_of(parts.begin(), parts.end(),
        [&](std::string_view part) { return std::find(theirs.begin(), theirs.end(), part) != theirs.end(); });
      rank = shared ? 3 : 0;
    }
    if (rank > 0) {
      if (!near) {
        distance = edit_distance(word, choice);
      }
      std::size_t prefix = 0;
      while (prefix < word.size() && prefix < choice.size() && word[prefix] == choice[prefix]) {
        ++prefix;
      }
      found.emplace_back(rank, rank == 1 ? 0L : -static_cast<long>(prefix), distance, i);
    }
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> result;
  for (const auto& [rank, prefix, distance, index] : found) {
    if (result.size() == limit) {
      break;
    }
    result.push_back(choices[index]);
  }
  return result;
}

} // namespace ptplan
