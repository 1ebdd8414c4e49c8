#pragma once

#include "ptplan/core/date.hpp"
#include "ptplan/load/profile_keys.hpp"
#include "ptplan/model/profile_enums.hpp"
#include "ptplan/model/vocabulary.hpp"
#include "ptplan/yaml/node.hpp"
#include "ptplan/yaml/reader.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ptplan::load {

// Reads profile values through the key table (profile_keys.hpp): each
// method takes the key's table path, which gives its range, its words and
// whether it is required, and the field name for messages ("progress[2].week"
// for the path "progress[].week"; the path itself when empty). Problems are
// reported at the node, as yaml::Reader does. Reading a key with a method of
// another type, or a path the table lacks, is a bug: std::logic_error.
class KeyReader
{
public:
  KeyReader(yaml::Reader& reader, const model::Vocabulary& vocabulary) : m_reader(reader), m_vocabulary(vocabulary) {}

  yaml::Reader& reader() { return m_reader; }
  const model::Vocabulary& vocabulary() const { return m_vocabulary; }

  // The map `node` with the keys the table lists under `path`.
  yaml::MapReader map(const yaml::Node& node, std::string_view path, std::string_view field = {});
  // The value of `path` in `map`, or nullptr; a required key that is missing
  // is reported.
  const yaml::Node* get(const yaml::MapReader& map, std::string_view path) const;

  std::optional<int> integer(const yaml::Node& node, std::string_view path, std::string_view field = {});
  // A number with at most one decimal ("11.5"), rounded to tenths.
  std::optional<double> decimal(const yaml::Node& node, std::string_view path, std::string_view field = {});
  // Free text; the skeleton's placeholder and a "#x" comment cut into the
  // text (`name: Ann #2`) are errors.
  std::optional<std::string> text(const yaml::Node& node, std::string_view path, std::string_view field = {});
  std::vector<std::string> texts(const yaml::Node& node, std::string_view path, std::string_view field = {});
  std::optional<Date> date(const yaml::Node& node, std::string_view path, std::string_view field = {});
  std::optional<std::string> word(const yaml::Node& node, std::string_view path, std::string_view field = {});
  std::vector<std::string> words(const yaml::Node& node, std::string_view path, std::string_view field = {});

  // A word of a closed list, as its enum (model/profile_enums.hpp).
  template <typename E>
  std::optional<E> choice(const yaml::Node& node, std::string_view path, std::string_view field = {})
  {
    const auto value = word(node, path, field);
    return value ? model::enum_from_word<E>(*value) : std::nullopt;
  }

  // A scores key's items: exactly min_items, each in range or null.
  // `what` names the items in messages ("Oswestry section scores"), `item`
  // one of them ("section").
  std::optional<std::vector<std::optional<int>>> scores(
    const yaml::Node& node, std::string_view path, std::string_view field, std::string_view what, std::string_view item);

  // The words a key of a word type may take.
  const std::vector<std::string>& allowed(const ProfileKey& key) const;
  // Reports a list shorter than the key's min_items ("expected at least one day").
  void check_min_items(const yaml::Node& node, const ProfileKey& key, std::string_view field);

private:
  const ProfileKey& key(std::string_view path, std::initializer_list<KeyType> types) const;
  static std::string_view name(std::string_view path, std::string_view field) { return field.empty() ? path : field; }
  void check_hash(const yaml::Node& node, std::string_view field);

  yaml::Reader& m_reader;
  const model::Vocabulary& m_vocabulary;
};

} // namespace ptplan::load
