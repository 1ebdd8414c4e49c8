// The profile key table (load/profile_keys.hpp) against everything built
// from it or checked by it: the loader reads every key with the table's
// type and range, the skeleton of `ptplan new-profile` loads once its
// placeholders are filled in, the closed word lists match vocabulary.yaml,
// and facts of the same name have the same type and words.

#include "support.hpp"

#include "ptplan/load/facts_table.hpp"
#include "ptplan/load/profile_keys.hpp"
#include "ptplan/model/category.hpp"
#include "ptplan/model/profile_enums.hpp"
#include "ptplan/schema/json_schema.hpp"
#include "ptplan/schema/profile_skeleton.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

using ptplan::Diagnostics;
using ptplan::SourceFile;
using ptplan::load::KeyType;
using ptplan::load::profile_keys;
using ptplan::load::ProfileKey;
using ptplan::test::builtin_knowledge;

namespace {

const ptplan::model::Vocabulary& vocabulary()
{
  return builtin_knowledge().vocabulary;
}

// The placeholders filled in, as a therapist would.
ptplan::schema::SkeletonOptions filled(bool everything)
{
  ptplan::schema::SkeletonOptions options;
  options.everything = everything;
  options.values = {{"patient.name", "Dorothy Hughes"}, {"therapist.name", "Sam Okafor"}, {"therapist.clinic", "Riverside PT"},
    {"therapist.phone", "\"555 0100\""}};
  return options;
}

std::string errors_of(const std::string& text)
{
  Diagnostics diagnostics;
  const auto profile = ptplan::load::load_profile(SourceFile{"p.yaml", text}, vocabulary(), diagnostics);
  return profile ? std::string() : diagnostics.format();
}

// Whether a key's value is written as part of a parent's example (the
// conditions list), so the skeleton never writes it on its own line.
bool inside_example(const ProfileKey& key)
{
  for (std::string_view path = ptplan::load::parent_path(key.path); !path.empty(); path = ptplan::load::parent_path(path)) {
    if (!ptplan::load::profile_key(path).example.empty()) {
      return true;
    }
  }
  return false;
}

// The line of the everything-profile on which `marker` is written.
int line_of(const std::string& text, const std::string& marker)
{
  const auto at = text.find(marker);
  REQUIRE_MESSAGE(at != std::string::npos, marker);
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

// The everything-profile with one key's value replaced: the errors, which
// must all be on the replaced line.
void check_refused(const ProfileKey& key, const std::string& value)
{
  auto options = filled(true);
  options.values[std::string(key.path)] = value;
  const std::string text = ptplan::schema::profile_skeleton(vocabulary(), options);
  const std::string errors = errors_of(text);
  INFO(key.path, " = ", value, "\n", errors);
  REQUIRE_FALSE(errors.empty());
  const std::string prefix =
    fmt::format("p.yaml:{}:", line_of(text, fmt::format("{}: {}", ptplan::load::key_name(key.path), value)));
  CHECK(errors.rfind(prefix, 0) == 0);
}

void check_accepted(const ProfileKey& key, const std::string& value)
{
  auto options = filled(true);
  options.values[std::string(key.path)] = value;
  const std::string errors = errors_of(ptplan::schema::profile_skeleton(vocabulary(), options));
  INFO(key.path, " = ", value);
  CHECK(errors == "");
}

// Every closed list: its words through allowed_words, and the
// vocabulary.yaml section of the same name when there is one.
template <typename E>
void check_enum(const ptplan::model::Terms* section)
{
  const auto words = ptplan::model::words_of<E>();
  INFO(ptplan::model::EnumWords<E>::name);
  CHECK(ptplan::load::allowed_words(ptplan::model::EnumWords<E>::name, vocabulary()) == words);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto value = static_cast<E>(i);
    CHECK(ptplan::model::word_of(value) == words[i]);
    CHECK(ptplan::model::enum_from_word<E>(words[i]) == value);
  }
  CHECK_FALSE(ptplan::model::enum_from_word<E>("no-such-word").has_value());
  if (section) {
    CHECK(section->ids() == words);
  }
}

} // namespace

TEST_CASE("profile keys: the table is well formed")
{
  std::set<std::string_view> seen;
  for (const auto& key : profile_keys()) {
    INFO(key.path);
    CHECK(seen.insert(key.path).second);
    // Parents come first, so the loader, the schema and the skeleton can walk down.
    const std::string_view parent = ptplan::load::parent_path(key.path);
    CHECK((parent.empty() || seen.contains(parent)));
    if (key.type == KeyType::list) {
      CHECK(ptplan::load::find_profile_key(std::string(key.path) + "[]") != nullptr);
    }
    if (key.type == KeyType::id_map) {
      CHECK(ptplan::load::find_profile_key(std::string(key.path) + ".*") != nullptr);
      CHECK(vocabulary().exercises.contains(key.example_key));
    }
    if (key.type == KeyType::integer || key.type == KeyType::decimal || key.type == KeyType::scores) {
      CHECK(key.lowest < key.highest);
    }
    if (key.type == KeyType::word || key.type == KeyType::words || key.type == KeyType::word_or_map) {
      CHECK_FALSE(ptplan::load::allowed_words(key.vocabulary, vocabulary()).empty());
    }
    const bool leaf =
      key.type != KeyType::map && key.type != KeyType::list && key.type != KeyType::id_map && key.type != KeyType::word_or_map;
    if (leaf && !inside_example(key)) {
      CHECK_FALSE(key.example.empty());
    }
    if (key.placeholder) {
      CHECK(key.type == KeyType::text);
    }
  }
}

TEST_CASE("profile keys: the closed word lists are the enums, and match vocabulary.yaml where it lists them")
{
  check_enum<ptplan::model::Side>(nullptr);
  check_enum<ptplan::model::Irritability>(nullptr);
  check_enum<ptplan::model::Stage>(nullptr);
  check_enum<ptplan::model::DirectionalPreference>(nullptr);
  check_enum<ptplan::model::Sex>(nullptr);
  check_enum<ptplan::model::WalkingAid>(&vocabulary().walking_aids);
  check_enum<ptplan::model::WeightBearing>(&vocabulary().weight_bearing);
  check_enum<ptplan::model::Category>(&vocabulary().categories); // the exercise categories the engine decides by
}

TEST_CASE("profile keys: a fact named like a key has the key's type and words")
{
  int matched = 0;
  for (const auto& fact : ptplan::load::fact_table()) {
    const ProfileKey* key = ptplan::load::find_profile_key(fact.name);
    if (!key) {
      continue;
    }
    INFO(fact.name);
    ++matched;
    switch (fact.type) {
    case ptplan::load::FactType::number: // a number, or how many a list holds (schedule.days)
      CHECK((key->type == KeyType::integer || key->type == KeyType::decimal || key->type == KeyType::words));
      break;
    case ptplan::load::FactType::word:
      CHECK(key->type == KeyType::word);
      CHECK(key->vocabulary == fact.vocabulary);
      break;
    case ptplan::load::FactType::list:
      CHECK((key->type == KeyType::words || key->type == KeyType::list));
      CHECK(key->vocabulary == fact.vocabulary);
      break;
    }
  }
  CHECK(matched >= 12); // age is patient.age; most others share their key's name
}

TEST_CASE("profile keys: the skeleton refuses its placeholders, and loads once they are filled in")
{
  const std::string skeleton = ptplan::schema::profile_skeleton(vocabulary());
  const std::string errors = errors_of(skeleton);
  CHECK(errors.find("patient.name: \"First Last\" is the placeholder from ptplan new-profile; write the real one\n")
        != std::string::npos);
  CHECK(errors.find("therapist.name: \"Your Name\" is the placeholder") != std::string::npos);
  CHECK(errors.find("therapist.clinic: \"Your Clinic\" is the placeholder") != std::string::npos);
  CHECK(errors.find("therapist.phone: \"Your Phone\" is the placeholder") != std::string::npos);
  CHECK(errors.rfind(fmt::format("p.yaml:{}:9: error: patient.name", line_of(skeleton, "name: First Last")), 0) == 0);

  CHECK(errors_of(ptplan::schema::profile_skeleton(vocabulary(), filled(false))) == "");
}

TEST_CASE("profile keys: the whole table, written out, loads into the model")
{
  const std::string text = ptplan::schema::profile_skeleton(vocabulary(), filled(true));
  const auto profile = ptplan::test::profile_from(text);
  CHECK(profile.name == "Dorothy Hughes");
  CHECK(profile.sex == ptplan::model::Sex::female);
  CHECK(profile.mobility.walking_aid == ptplan::model::WalkingAid::cane);
  CHECK(profile.mobility.weight_bearing == ptplan::model::WeightBearing::full);
  CHECK(profile.avoid == std::vector<std::string>{"running"});
  CHECK(profile.priorities == std::vector<std::string>{"walking", "stairs"});
  CHECK(profile.language == "en");
  CHECK(profile.postpartum_weeks == 10);
  REQUIRE(profile.surgery.has_value());
  CHECK(profile.surgery->restrictions_until->iso() == "2026-12-24");
  REQUIRE(profile.choices.include.size() == 2);
  REQUIRE(profile.choices.dose.size() == 1);
  CHECK(profile.choices.dose[0].dose.get(ptplan::model::DoseField::days_per_week) == 5);
  REQUIRE(profile.choices.allow.size() == 1);
  REQUIRE(profile.progress.size() == 1);
  const auto& outcomes = profile.progress[0].outcomes;
  CHECK(outcomes.tug == doctest::Approx(11.5));
  CHECK(outcomes.chair_stand == 10);
  REQUIRE(outcomes.hoos12.has_value());
  REQUIRE(outcomes.hoos12->function.has_value());
  CHECK_FALSE((*outcomes.hoos12->function)[3].has_value());
}

TEST_CASE("profile keys: the loader reads every key, with the table's range and words")
{
  for (const auto& key : profile_keys()) {
    if (inside_example(key) || key.path.ends_with("[]") || key.path.ends_with(".*")) {
      continue; // written inside another key's example; the loader tests cover them
    }
    SUBCASE(key.path.data()) // the table's paths are literals
    {
      // Whatever the key, a value of the wrong shape is refused where it is.
      check_refused(key, key.type == KeyType::text_map ? "[not-a-map]" : "{ not-a-key: 1 }");
      switch (key.type) {
      case KeyType::integer:
        check_accepted(key, std::to_string(key.highest));
        check_refused(key, std::to_string(key.highest + 1));
        if (key.lowest > 0) {
          check_accepted(key, std::to_string(key.lowest));
          check_refused(key, std::to_string(key.lowest - 1));
        }
        break;
      case KeyType::decimal:
        check_accepted(key, fmt::format("{}.0", key.highest));
        check_refused(key, fmt::format("{}.1", key.highest));
        check_refused(key, fmt::format("{}.25", key.lowest));
        break;
      case KeyType::word:
        check_refused(key, "not-a-word");
        for (const auto& word : ptplan::load::allowed_words(key.vocabulary, vocabulary())) {
          if (key.vocabulary != "exercises" && key.vocabulary != "rules") {
            check_accepted(key, word);
          }
        }
        break;
      case KeyType::words:
        check_refused(key, "[not-a-word]");
        if (key.min_items > 0) {
          check_refused(key, "[]");
        }
        break;
      case KeyType::scores:
        check_refused(key, "[1]");
        check_refused(
          key, fmt::format("[{}]", fmt::join(std::vector<int>(static_cast<std::size_t>(key.min_items), key.highest + 1), ", ")));
        break;
      default:
        break;
      }
    }
  }
}

TEST_CASE("profile keys: the JSON Schema has a property for every key")
{
  const auto schema = nlohmann::json::parse(ptplan::schema::profile_schema(vocabulary()));
  for (const auto& key : profile_keys()) {
    INFO(key.path);
    // Walk down: "a.b" is properties.a.properties.b, "x[]" is x.items,
    // "x.*" is x.additionalProperties; word_or_map items are anyOf[1].
    const nlohmann::json* at = &schema;
    std::string_view rest = key.path;
    while (!rest.empty()) {
      const auto dot = rest.find('.');
      std::string_view part = rest.substr(0, dot);
      rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
      if (at->contains("anyOf")) {
        at = &(*at)["anyOf"][1];
      }
      if (part == "*") {
        at = &(*at)["additionalProperties"];
        continue;
      }
      const bool item = part.ends_with("[]");
      part = item ? part.substr(0, part.size() - 2) : part;
      REQUIRE(at->contains("properties"));
      REQUIRE((*at)["properties"].contains(std::string(part)));
      at = &(*at)["properties"][std::string(part)];
      if (item) {
        at = &(*at)["items"];
      }
    }
    if (key.type == KeyType::integer) {
      CHECK((*at)["minimum"] == key.lowest);
      CHECK((*at)["maximum"] == key.highest);
    }
    if (key.type == KeyType::word) {
      CHECK((*at)["enum"] == ptplan::load::allowed_words(key.vocabulary, vocabulary()));
    }
  }
}

TEST_CASE("profile keys: the committed copies are up to date")
{
  const auto read = [](const std::string& name) {
    std::ifstream file(std::string(PTPLAN_SOURCE_DIR) + "/" + name);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
  };
  CHECK(read("schema/profile-skeleton.yaml") == ptplan::schema::profile_skeleton(vocabulary()));
  // Every key at once, for the independent schema validator (tests/e2e/schema.sh),
  // filled in as scripts/update-schemas.sh does.
  ptplan::schema::SkeletonOptions every_key;
  every_key.everything = true;
  std::string full = ptplan::schema::profile_skeleton(vocabulary(), every_key);
  for (const auto& [placeholder, value] : std::vector<std::pair<std::string, std::string>>{{": First Last ", ": Dorothy Hughes "},
         {": Your Name ", ": Sam Okafor "}, {": Your Clinic ", ": Riverside PT "}, {": Your Phone ", ": \"555 0100\" "}}) {
    const auto at = full.find(placeholder);
    REQUIRE(at != std::string::npos);
    full.replace(at, placeholder.size(), value);
  }
  CHECK(read("tests/data/full-profile.yaml") == full);
  CHECK(errors_of(full) == "");
  CHECK(read("schema/profile.schema.json") == ptplan::schema::profile_schema(vocabulary()));
}
