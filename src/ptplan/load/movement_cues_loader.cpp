#include "ptplan/load/movement_cues_loader.hpp"

#include "ptplan/yaml/parse.hpp"
#include "ptplan/yaml/reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <regex>

namespace ptplan::load {

namespace {

using yaml::MapReader;
using yaml::Node;
using yaml::Reader;

// Lower-case words (letters, digits, apostrophes and inner hyphens) with
// "..." between two of them at most once in a row, never first or last.
bool is_phrase(const std::string& phrase)
{
  static const std::regex k_word("[a-z0-9']+(-[a-z0-9']+)*");
  bool gap_allowed = false;
  bool last_was_gap = false;
  std::size_t words = 0;
  std::size_t start = 0;
  while (start <= phrase.size()) {
    const std::size_t end = std::min(phrase.find(' ', start), phrase.size());
    const std::string word = phrase.substr(start, end - start);
    if (word == "...") {
      if (!gap_allowed) {
        return false;
      }
      gap_allowed = false;
      last_was_gap = true;
    } else if (std::regex_match(word, k_word)) {
      ++words;
      gap_allowed = true;
      last_was_gap = false;
    } else {
      return false;
    }
    start = end + 1;
  }
  return words > 0 && !last_was_gap;
}

std::vector<std::string> read_phrases(Reader& reader, const Node& node, std::string_view field)
{
  std::vector<std::string> phrases = reader.texts(node, field);
  if (!node.is_sequence() || phrases.size() != node.items.size()) {
    return phrases;
  }
  for (std::size_t i = 0; i < phrases.size(); ++i) {
    if (!is_phrase(phrases[i])) {
      reader.error(node.items[i], fmt::format("{}: \"{}\" is not a phrase of lower-case words separated by single "
                                              "spaces (\"...\" only between two words)",
                                    field, phrases[i]));
    }
  }
  return phrases;
}

// One { needs, phrases } entry of the table.
std::optional<model::MovementCue> read_cue(
  Reader& reader, const Node& item, const std::string& field, const model::Vocabulary& vocabulary)
{
  MapReader entry(reader, item, field, {"needs", "phrases"});
  if (!entry.ok()) {
    return std::nullopt;
  }
  model::MovementCue cue;
  cue.where = reader.at(item);
  if (const Node* needs = entry.require("needs")) {
    cue.needs = reader.words(*needs, entry.path("needs"), vocabulary.movements.ids());
    if (needs->is_sequence() && needs->items.empty()) {
      reader.error(*needs, fmt::format("{}: expected at least one movement tag", entry.path("needs")));
    }
  }
  if (const Node* phrases = entry.require("phrases")) {
    cue.phrases = read_phrases(reader, *phrases, entry.path("phrases"));
  }
  return cue;
}

} // namespace

std::optional<model::MovementCues> load_movement_cues(
  const SourceFile& source, const model::Vocabulary& vocabulary, Diagnostics& diagnostics)
{
  Diagnostics local;
  auto root = yaml::parse_document(source, local, yaml::catalog_limits());
  if (!root) {
    diagnostics.append(local);
    return std::nullopt;
  }
  Reader reader(source.name, local);
  MapReader map(reader, *root, "", {"language", "negators", "clause_breaks", "skip_sentences", "cues"});
  model::MovementCues cues;
  if (map.ok()) {
    if (const Node* value = map.require("language")) {
      cues.language = reader.text(*value, "language").value_or("");
    }
    if (const Node* value = map.get("negators")) {
      cues.negators = read_phrases(reader, *value, "negators");
    }
    if (const Node* value = map.get("clause_breaks")) {
      cues.clause_breaks = read_phrases(reader, *value, "clause_breaks");
    }
    if (const Node* value = map.get("skip_sentences")) {
      cues.skip_sentences = read_phrases(reader, *value, "skip_sentences");
    }
    if (const Node* value = map.require("cues")) {
      if (!value->is_sequence()) {
        reader.error(*value, fmt::format("cues: expected a list of {{ needs, phrases }} maps, found {}", yaml::describe(*value)));
      } else {
        for (std::size_t i = 0; i < value->items.size(); ++i) {
          if (auto cue = read_cue(reader, value->items[i], fmt::format("cues[{}]", i + 1), vocabulary)) {
            cues.cues.push_back(std::move(*cue));
          }
        }
      }
    }
  }
  diagnostics.append(local);
  if (!local.empty()) {
    return std::nullopt;
  }
  return cues;
}

} // namespace ptplan::load
