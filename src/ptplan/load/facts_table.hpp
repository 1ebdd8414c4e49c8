#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ptplan::load {

// What kind of value a fact holds, so that rules can be checked when loaded.
enum class FactType { number, word, list };

struct FactInfo
{
  std::string_view name;
  FactType type;
  std::string_view vocabulary; // the vocabulary list its values come from, or empty
  bool per_exercise = false;   // known only while a `change` rule looks at one exercise
};

// Every fact a rule may use (exercises/README.md, "Facts"). The engine's
// fact derivation has a test that it produces exactly these.
const std::vector<FactInfo>& fact_table();
const FactInfo* find_fact(std::string_view name);

} // namespace ptplan::load

namespace ptplan::model {
struct Vocabulary;
}

namespace ptplan::load {

// The words a word or list fact (or a profile key) may take: from the
// vocabulary ("conditions", ..., "activities", "languages", "exercises",
// "rules"), a closed list the C++ knows as an enum (model/profile_enums.hpp:
// "sides", "irritability", "stages", "preferences", "sexes", "walking_aids",
// "weight_bearing"), or one of the fixed lists ("risks", "bothersome",
// "weekdays", "difficulty", "next_day", "symptoms", "changes", "booleans").
// Empty for an unknown name.
// The reference lives as long as `vocabulary` (or the program, for the
// fixed lists).
const std::vector<std::string>& allowed_words(std::string_view vocabulary_name, const model::Vocabulary& vocabulary);

} // namespace ptplan::load
