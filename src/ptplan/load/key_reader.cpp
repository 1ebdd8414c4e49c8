#include "ptplan/load/key_reader.hpp"

#include "ptplan/load/facts_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

namespace ptplan::load {

namespace {

// The value an example stands for: the skeleton quotes some of them.
std::string_view unquoted(std::string_view example)
{
  if (example.size() >= 2 && example.front() == '"' && example.back() == '"') {
    return example.substr(1, example.size() - 2);
  }
  return example;
}

} // namespace

const ProfileKey& KeyReader::key(std::string_view path, std::initializer_list<KeyType> types) const
{
  const ProfileKey& found = profile_key(path);
  if (std::find(types.begin(), types.end(), found.type) == types.end()) {
    throw std::logic_error(fmt::format("profile key \"{}\" is read as another type than the key table gives", path));
  }
  return found;
}

const std::vector<std::string>& KeyReader::allowed(const ProfileKey& key) const
{
  return allowed_words(key.vocabulary, m_vocabulary);
}

yaml::MapReader KeyReader::map(const yaml::Node& node, std::string_view path, std::string_view field)
{
  if (!path.empty()) { // "" is the document itself
    key(path, {KeyType::map, KeyType::word_or_map});
  }
  return yaml::MapReader(m_reader, node, name(path, field), key_names_under(path));
}

const yaml::Node* KeyReader::get(const yaml::MapReader& map, std::string_view path) const
{
  const ProfileKey& found = profile_key(path);
  return found.required ? map.require(key_name(path)) : map.get(key_name(path));
}

std::optional<int> KeyReader::integer(const yaml::Node& node, std::string_view path, std::string_view field)
{
  const ProfileKey& found = key(path, {KeyType::integer});
  return m_reader.integer(node, name(path, field), found.lowest, found.highest);
}

std::optional<double> KeyReader::decimal(const yaml::Node& node, std::string_view path, std::string_view field)
{
  const ProfileKey& found = key(path, {KeyType::decimal});
  const std::string expected =
    fmt::format("a number from {} to {} with at most one decimal, such as 11.5", found.lowest, found.highest);
  const std::string& text = node.value;
  const auto point = text.find('.');
  const std::string whole = text.substr(0, point);
  const std::string tenths = point == std::string::npos ? std::string() : text.substr(point + 1);
  const auto digits = [](const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const bool ok = node.is_scalar() && !node.quoted && !whole.empty() && whole.size() <= 4 && digits(whole)
                  && (whole.size() == 1 || whole[0] != '0')
                  && (point == std::string::npos || (tenths.size() == 1 && digits(tenths)));
  if (!ok) {
    m_reader.error(node, fmt::format("{}: expected {}, found {}", name(path, field), expected, yaml::describe(node)));
    return std::nullopt;
  }
  const int value = std::stoi(whole) * 10 + (tenths.empty() ? 0 : tenths[0] - '0');
  if (value < found.lowest * 10 || value > found.highest * 10) {
    m_reader.error(node, fmt::format("{}: {} is out of range; expected {}", name(path, field), text, expected));
    return std::nullopt;
  }
  return value / 10.0;
}

void KeyReader::check_hash(const yaml::Node& node, std::string_view field)
{
  if (node.hash_column > 0) {
    m_reader.diagnostics().error({m_reader.file(), node.line, node.hash_column},
      fmt::format("{}: YAML reads this # as the start of a comment, so the text ends at \"{}\"; if the # belongs to it, "
                  "put the whole text in quotes (a comment needs a space after the #)",
        field, node.value));
  }
}

std::optional<std::string> KeyReader::text(const yaml::Node& node, std::string_view path, std::string_view field)
{
  const ProfileKey& found = key(path, {KeyType::text});
  auto value = m_reader.text(node, name(path, field));
  if (!value) {
    return value;
  }
  check_hash(node, name(path, field));
  if (found.placeholder && *value == unquoted(found.example)) {
    m_reader.error(node, fmt::format("{}: \"{}\" is the placeholder from ptplan new-profile; write the real {}",
                           name(path, field), *value, found.required ? "one" : "one, or delete the key"));
    return std::nullopt;
  }
  return value;
}

std::vector<std::string> KeyReader::texts(const yaml::Node& node, std::string_view path, std::string_view field)
{
  key(path, {KeyType::texts});
  std::vector<std::string> values = m_reader.texts(node, name(path, field));
  if (node.is_sequence()) {
    for (const auto& item : node.items) {
      check_hash(item, name(path, field));
    }
  }
  return values;
}

std::optional<Date> KeyReader::date(const yaml::Node& node, std::string_view path, std::string_view field)
{
  key(path, {KeyType::date});
  return m_reader.date(node, name(path, field));
}

std::optional<std::string> KeyReader::word(const yaml::Node& node, std::string_view path, std::string_view field)
{
  const ProfileKey& found = key(path, {KeyType::word, KeyType::word_or_map});
  return m_reader.word(node, name(path, field), allowed(found));
}

std::vector<std::string> KeyReader::words(const yaml::Node& node, std::string_view path, std::string_view field)
{
  const ProfileKey& found = key(path, {KeyType::words});
  std::vector<std::string> values = m_reader.words(node, name(path, field), allowed(found));
  check_min_items(node, found, name(path, field));
  return values;
}

void KeyReader::check_min_items(const yaml::Node& node, const ProfileKey& key, std::string_view field)
{
  if (key.min_items == 0 || !node.is_sequence() || static_cast<int>(node.items.size()) >= key.min_items) {
    return;
  }
  // "days" -> "day": the key names a list of things.
  std::string_view noun = key_name(key.path);
  noun = noun.ends_with('s') ? noun.substr(0, noun.size() - 1) : noun;
  if (key.min_items == 1) {
    m_reader.error(node, fmt::format("{}: expected at least one {}", field, noun));
  } else {
    m_reader.error(node, fmt::format("{}: expected at least {} {}s", field, key.min_items, noun));
  }
}

std::optional<std::vector<std::optional<int>>> KeyReader::scores(
  const yaml::Node& node, std::string_view path, std::string_view field, std::string_view what, std::string_view item)
{
  const ProfileKey& found = key(path, {KeyType::scores});
  const auto count = static_cast<std::size_t>(found.min_items);
  if (!node.is_sequence() || node.items.size() != count) {
    m_reader.error(node,
      fmt::format("{}: expected the {} {} ({} to {}, or null when not answered), found {}", name(path, field), count, what,
        found.lowest, found.highest, node.is_sequence() ? fmt::format("{} scores", node.items.size()) : yaml::describe(node)));
    return std::nullopt;
  }
  std::vector<std::optional<int>> values(count);
  bool ok = true;
  for (std::size_t i = 0; i < count; ++i) {
    if (!node.items[i].is_null()) {
      values[i] =
        m_reader.integer(node.items[i], fmt::format("{} {} {}", name(path, field), item, i + 1), found.lowest, found.highest);
      ok = ok && values[i].has_value();
    }
  }
  return ok ? std::optional(std::move(values)) : std::nullopt;
}

} // namespace ptplan::load
