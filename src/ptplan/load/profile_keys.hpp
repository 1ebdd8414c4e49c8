#pragma once

#include <string_view>
#include <vector>

namespace ptplan::load {

// What a profile key holds.
enum class KeyType {
  map,         // a map of the keys listed under it
  list,        // a list; each item is described by the key "PATH[]"
  integer,     // a whole number from `lowest` to `highest`
  decimal,     // a number from `lowest` to `highest` with at most one decimal
  text,        // free text
  texts,       // a list of free text
  date,        // YYYY-MM-DD
  word,        // one word of `vocabulary`
  words,       // a list of distinct words of `vocabulary`
  word_or_map, // a word of `vocabulary`, or a map of the keys listed under it (`id` is the word)
  id_map,      // a map from words of `vocabulary` to values described by the key "PATH.*"
  text_map,    // a map from free text to whole numbers `lowest` to `highest`
  scores,      // exactly `min_items` whole numbers `lowest` to `highest`, null when unanswered
  start_back,  // the 9 STarT Back answers: items 1-8 are 0 or 1, item 9 a word of `vocabulary`
};

// How `ptplan new-profile` shows a key: written out, commented out (an
// optional block the therapist uncomments), or left out (still in the
// schema and checked by the loader).
enum class Show { yes, commented, no };

// One key of the profile (SPEC.md "Profile"). A path joins key names with
// dots; "PATH[]" is an item of a list and "PATH.*" a value of an id map.
// The loader reads every key through this table (its type, range, words and
// whether it is required); the JSON Schema and the skeleton of
// `ptplan new-profile` are built from it, and tests check the three agree.
struct ProfileKey
{
  std::string_view path;
  KeyType type;
  bool required = false;
  std::string_view vocabulary = {}; // word types: a name for load::allowed_words
  int lowest = 0;                   // integer, decimal, text_map, scores
  int highest = 0;
  int min_items = 0;                   // lists and maps: at least (scores: exactly)
  int max_items = 0;                   // 0: no limit
  std::string_view default_value = {}; // in words, when leaving the key out means something
  std::string_view help = {};          // a phrase for the skeleton's comment and the schema's description
  std::string_view example = {};       // YAML for the skeleton; empty: built from the keys under it
  std::string_view example_key = {};   // id_map: the id the skeleton's example uses
  Show show = Show::yes;
  bool placeholder = false; // the example is a placeholder the loader refuses
  bool flow = false;        // maps: the skeleton writes them on one line, { a: 1, b: 2 }
};

// Every key, in the order of the skeleton and the schema; parents before
// the keys under them.
const std::vector<ProfileKey>& profile_keys();

// The key at `path`, or nullptr.
const ProfileKey* find_profile_key(std::string_view path);

// The key at `path`. A path that is not in the table is a bug in the caller:
// it throws std::logic_error, which every test that loads a profile meets.
const ProfileKey& profile_key(std::string_view path);

// The key's own name: "name" for "patient.name", "" for "progress[]".
std::string_view key_name(std::string_view path);

// The path a key sits under: "patient" for "patient.name", "progress" for
// "progress[]", "choices.dose" for "choices.dose.*", "" at the top level.
std::string_view parent_path(std::string_view path);

// The named keys directly under `parent` ("" for the top level), in table
// order; list items and id-map values are not named keys.
const std::vector<const ProfileKey*>& keys_under(std::string_view parent);
const std::vector<std::string_view>& key_names_under(std::string_view parent);

} // namespace ptplan::load
