#include "ptplan/lint/tag_lint.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <string_view>

namespace ptplan::lint {

namespace {

// The most words "..." stands for: enough for "pull that knee toward", few
// enough that "cross your arms and bend your knee" is not "cross ... knee".
constexpr std::size_t k_max_gap = 3;

struct Token
{
  std::string word; // lower case
  std::size_t begin = 0;
  std::size_t end = 0;
  int sentence = 0;
  int clause = 0;
};

bool is_word_byte(unsigned char c)
{
  // Bytes of multi-byte UTF-8 characters count as letters (a Spanish table
  // has accented words); the curly apostrophe is turned into ' below.
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c >= 0x80;
}

bool sentence_end(std::string_view text, std::size_t i)
{
  const char c = text[i];
  if (c != '.' && c != '!' && c != '?' && c != ':' && c != ';' && c != '\n') {
    return false;
  }
  const bool between_digits = i > 0 && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i - 1]))
                              && std::isdigit(static_cast<unsigned char>(text[i + 1]));
  return !between_digits; // "3.5" is a number
}

// The words of `text` with their sentence and clause. A clause ends with its
// sentence, at a bracket, or at a comma followed by a `clause_breaks` word.
std::vector<Token> tokenize(std::string_view text, const std::vector<std::string>& clause_breaks)
{
  std::vector<Token> tokens;
  int sentence = 0;
  int clause = 0;
  bool after_comma = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const bool curly_apostrophe = text.substr(i, 3) == "\u2019";
    if (!curly_apostrophe && !is_word_byte(static_cast<unsigned char>(text[i]))) {
      if (sentence_end(text, i)) {
        ++sentence;
        ++clause;
        after_comma = false;
      } else if (text[i] == ',') {
        after_comma = true;
      } else if (text[i] == '(' || text[i] == ')') {
        ++clause;
      }
      ++i;
      continue;
    }
    Token token;
    token.begin = i;
    while (i < text.size()) {
      if (text.substr(i, 3) == "\u2019") {
        token.word += '\'';
        i += 3;
        continue;
      }
      const auto b = static_cast<unsigned char>(text[i]);
      const bool inner_hyphen =
        b == '-' && !token.word.empty() && i + 1 < text.size() && is_word_byte(static_cast<unsigned char>(text[i + 1]));
      if (!is_word_byte(b) && !inner_hyphen) {
        break;
      }
      token.word += static_cast<char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
      ++i;
    }
    token.end = i;
    if (after_comma && std::find(clause_breaks.begin(), clause_breaks.end(), token.word) != clause_breaks.end()) {
      ++clause;
    }
    after_comma = false;
    token.sentence = sentence;
    token.clause = clause;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

using Runs = CueMatcher::Runs;

Runs runs_of(const std::string& phrase)
{
  Runs runs(1);
  std::size_t start = 0;
  while (start < phrase.size()) {
    const std::size_t end = std::min(phrase.find(' ', start), phrase.size());
    const std::string word = phrase.substr(start, end - start);
    if (word == "...") {
      runs.emplace_back();
    } else if (!word.empty()) {
      runs.back().push_back(word);
    }
    start = end + 1;
  }
  return runs;
}

bool run_at(const std::vector<Token>& tokens, std::size_t at, const std::vector<std::string>& run, int sentence)
{
  if (at + run.size() > tokens.size()) {
    return false;
  }
  for (std::size_t k = 0; k < run.size(); ++k) {
    if (tokens[at + k].word != run[k] || tokens[at + k].sentence != sentence) {
      return false;
    }
  }
  return true;
}

// The index one past the last token of a match of runs[r..] starting at
// `at`, or 0 when there is none.
std::size_t match_from(const std::vector<Token>& tokens, std::size_t at, const Runs& runs, std::size_t r, int sentence)
{
  if (!run_at(tokens, at, runs[r], sentence)) {
    return 0;
  }
  const std::size_t next = at + runs[r].size();
  if (r + 1 == runs.size()) {
    return next;
  }
  for (std::size_t gap = 0; gap <= k_max_gap; ++gap) {
    if (const std::size_t end = match_from(tokens, next + gap, runs, r + 1, sentence)) {
      return end;
    }
  }
  return 0;
}

std::size_t match_at(const std::vector<Token>& tokens, std::size_t at, const Runs& phrase)
{
  return match_from(tokens, at, phrase, 0, tokens[at].sentence);
}

// Each phrase split into runs once, not at every word of the text.
std::vector<Runs> runs_of_all(const std::vector<std::string>& phrases)
{
  std::vector<Runs> out;
  out.reserve(phrases.size());
  for (const auto& phrase : phrases) {
    out.push_back(runs_of(phrase));
  }
  return out;
}

// Negated: a negator in the same clause starts before the last word of the
// match [at, end) and is not one of the phrase's own words ("no hands").
bool negated(
  const std::vector<Token>& tokens, std::size_t at, std::size_t end, const Runs& runs, const std::vector<Runs>& negators)
{
  const auto in_phrase = [&](const std::string& word) {
    return std::any_of(runs.begin(), runs.end(),
      [&](const std::vector<std::string>& run) { return std::find(run.begin(), run.end(), word) != run.end(); });
  };
  std::size_t first = at;
  while (first > 0 && tokens[first - 1].clause == tokens[at].clause) {
    --first;
  }
  for (std::size_t j = first; j + 1 < end; ++j) {
    if (tokens[j].clause != tokens[at].clause || in_phrase(tokens[j].word)) {
      continue;
    }
    for (const auto& negator : negators) {
      if (match_at(tokens, j, negator) != 0) {
        return true;
      }
    }
  }
  return false;
}

// The sentences a skip_sentences phrase opens, as a flag per token.
std::vector<bool> skipped_tokens(const std::vector<Token>& tokens, const std::vector<Runs>& skip_sentences)
{
  std::vector<bool> skipped(tokens.size(), false);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const bool opens = i == 0 || tokens[i - 1].sentence != tokens[i].sentence;
    if (!opens) {
      skipped[i] = skipped[i - 1];
      continue;
    }
    skipped[i] = std::any_of(
      skip_sentences.begin(), skip_sentences.end(), [&](const Runs& phrase) { return match_at(tokens, i, phrase) != 0; });
  }
  return skipped;
}

bool has_any(const std::vector<std::string>& tags, const std::vector<std::string>& wanted)
{
  return std::any_of(
    wanted.begin(), wanted.end(), [&](const std::string& tag) { return std::find(tags.begin(), tags.end(), tag) != tags.end(); });
}

std::string needs_in_words(const std::vector<std::string>& needs)
{
  if (needs.size() == 1) {
    return fmt::format("the movement tag {}", needs.front());
  }
  return fmt::format("one of the movement tags {}", fmt::join(needs, ", "));
}

void check_text(const model::Exercise& exercise, const CueMatcher& matcher, const std::string& what, const std::string& text,
  const Location& where, Diagnostics& diagnostics)
{
  for (const auto& match : matcher.find(text)) {
    if (has_any(exercise.movements, match.cue->needs)) {
      continue;
    }
    diagnostics.error(where, fmt::format("{}: {} says \"{}\" (\"{}\" in movement_cues.yaml), which needs {}; "
                                         "add the tag that is true, or change the words",
                               exercise.id, what, match.words, match.phrase, needs_in_words(match.cue->needs)));
  }
}

} // namespace

std::vector<CueMatch> find_movement_cues(const model::MovementCues& cues, std::string_view text)
{
  return CueMatcher(cues).find(text);
}

CueMatcher::CueMatcher(const model::MovementCues& cues)
    : m_cues(cues), m_negators(runs_of_all(cues.negators)), m_skip_sentences(runs_of_all(cues.skip_sentences))
{
  for (std::size_t c = 0; c < cues.cues.size(); ++c) {
    for (std::size_t p = 0; p < cues.cues[c].phrases.size(); ++p) {
      m_candidates.push_back({c, p, runs_of(cues.cues[c].phrases[p])});
    }
  }
  for (std::size_t i = 0; i < m_candidates.size(); ++i) {
    const auto& first = m_candidates[i].runs.front();
    if (first.empty()) {
      m_anywhere.push_back(i);
    } else {
      m_by_first_word[first.front()].push_back(i);
    }
  }
}

std::vector<CueMatch> CueMatcher::find(std::string_view text) const
{
  const std::vector<Token> tokens = tokenize(text, m_cues.clause_breaks);
  const std::vector<bool> skipped = skipped_tokens(tokens, m_skip_sentences);
  // A cue's match is at its first word (in text order) where one of its
  // phrases (in table order) matches and is not negated.
  std::vector<std::optional<CueMatch>> found(m_cues.cues.size());
  std::vector<std::size_t> here;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (skipped[i]) {
      continue;
    }
    here.clear();
    const auto listed = m_by_first_word.find(tokens[i].word);
    if (listed == m_by_first_word.end()) {
      here = m_anywhere;
    } else {
      std::merge(m_anywhere.begin(), m_anywhere.end(), listed->second.begin(), listed->second.end(), std::back_inserter(here));
    }
    for (const std::size_t index : here) {
      const Candidate& candidate = m_candidates[index];
      if (found[candidate.cue]) {
        continue;
      }
      const std::size_t end = match_at(tokens, i, candidate.runs);
      if (end == 0 || negated(tokens, i, end, candidate.runs, m_negators)) {
        continue;
      }
      const std::size_t from = tokens[i].begin;
      const model::MovementCue& cue = m_cues.cues[candidate.cue];
      found[candidate.cue] =
        CueMatch{&cue, cue.phrases[candidate.phrase], std::string(text.substr(from, tokens[end - 1].end - from))};
    }
  }
  std::vector<CueMatch> matches;
  for (auto& match : found) {
    if (match) {
      matches.push_back(std::move(*match));
    }
  }
  return matches;
}

void lint_movement_tags(const model::Knowledge& knowledge, Diagnostics& diagnostics)
{
  const model::MovementCues& cues = knowledge.cues;
  if (cues.cues.empty()) {
    return;
  }
  const CueMatcher matcher(cues);
  for (const auto& exercise : knowledge.catalog.exercises()) {
    check_text(exercise, matcher, "the purpose", exercise.purpose, exercise.purpose_where, diagnostics);
    for (std::size_t i = 0; i < exercise.steps.size(); ++i) {
      const Location& where = i < exercise.step_where.size() ? exercise.step_where[i] : exercise.where;
      check_text(exercise, matcher, fmt::format("step {}", i + 1), exercise.steps[i], where, diagnostics);
    }
    check_text(exercise, matcher, "the safety line", exercise.safety, exercise.safety_where, diagnostics);
  }
}

} // namespace ptplan::lint
