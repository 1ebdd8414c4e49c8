#include "ptplan/yaml/reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace ptplan::yaml {

namespace {

std::string found(const Node& node)
{
  return describe(node);
}

bool looks_like_number(std::string_view text)
{
  return !text.empty()
         && (std::isdigit(static_cast<unsigned char>(text[0])) || text[0] == '-' || text[0] == '+' || text[0] == '.');
}

// The `ptplan vocabulary` list (or other command) that shows every value a
// field allows, for fields whose values come from the vocabulary.
std::string_view list_command(std::string_view field)
{
  const std::size_t dot = field.rfind('.');
  const std::string_view key = dot == std::string_view::npos ? field : field.substr(dot + 1);
  static constexpr std::pair<std::string_view, std::string_view> k_lists[] = {
    {"conditions", "ptplan vocabulary conditions"},
    {"precautions", "ptplan vocabulary precautions"},
    {"red_flags", "ptplan vocabulary red-flags"},
    {"flags", "ptplan vocabulary red-flags"},
    {"limitations", "ptplan vocabulary limitations"},
    {"equipment", "ptplan vocabulary equipment"},
    {"movements", "ptplan vocabulary movements"},
    {"restrictions", "ptplan vocabulary movements"},
    {"muscle_groups", "ptplan vocabulary muscle-groups"},
    {"category", "ptplan vocabulary categories"},
    {"categories", "ptplan vocabulary categories"},
    {"position", "ptplan vocabulary positions"},
    {"positions", "ptplan vocabulary positions"},
  };
  for (const auto& [name, command] : k_lists) {
    if (key == name) {
      return command;
    }
  }
  return {};
}

std::string with_suggestion(
  std::string message, std::string_view word, const std::vector<std::string>& allowed, std::string_view field = {})
{
  const std::string suggestion = did_you_mean(word, allowed);
  const std::string_view command = list_command(field);
  if (!suggestion.empty()) {
    message += fmt::format("; did you mean \"{}\"?", suggestion);
  } else if (!command.empty() && allowed.size() > 12) {
    const auto close = close_matches(word, allowed);
    if (!close.empty()) {
      std::string list;
      for (const auto& choice : close) {
        list += (list.empty() ? "" : ", ") + fmt::format("\"{}\"", choice);
      }
      message += fmt::format("; close matches: {}; run `{}` to see them all", list, command);
    } else {
      message += fmt::format("; run `{}` to see them all", command);
    }
  } else if (allowed.size() <= 12) {
    std::string list;
    for (const auto& choice : allowed) {
      list += (list.empty() ? "" : ", ") + choice;
    }
    message += fmt::format("; expected one of: {}", list);
  }
  return message;
}

} // namespace

std::optional<int> Reader::integer(const Node& node, std::string_view field, int lowest, int highest)
{
  const std::string expected = fmt::format("a whole number from {} to {}", lowest, highest);
  if (!node.is_scalar() || node.quoted) {
    error(node, fmt::format("{}: expected {}, found {}", field, expected, found(node)));
    return std::nullopt;
  }
  const std::string& text = node.value;
  const bool digits = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || (text.size() > 1 && text[0] == '0')) {
    const std::string why =
      looks_like_number(text) && !digits ? " (no signs, fractions or other notations)" : (digits ? " (no leading zeros)" : "");
    error(node, fmt::format("{}: expected {}{}, found {}", field, expected, why, found(node)));
    return std::nullopt;
  }
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < lowest || value > highest) {
    error(node, fmt::format("{}: {} is out of range; expected {}", field, text, expected));
    return std::nullopt;
  }
  return value;
}

std::optional<bool> Reader::boolean(const Node& node, std::string_view field)
{
  if (node.is_scalar() && !node.quoted && (node.value == "true" || node.value == "false")) {
    return node.value == "true";
  }
  error(node, fmt::format("{}: expected true or false, found {}", field, found(node)));
  return std::nullopt;
}

std::optional<std::string> Reader::text(const Node& node, std::string_view field)
{
  if (!node.is_scalar() || node.value.find_first_not_of(" \t\r\n") == std::string::npos) {
    error(node, fmt::format("{}: expected text, found {}", field, found(node)));
    return std::nullopt;
  }
  return node.value;
}

std::optional<Date> Reader::date(const Node& node, std::string_view field)
{
  if (node.is_scalar()) {
    if (auto parsed = Date::parse(node.value)) {
      return parsed;
    }
  }
  error(node, fmt::format("{}: expected a real calendar date written YYYY-MM-DD, found {}", field, found(node)));
  return std::nullopt;
}

std::optional<std::string> Reader::word(const Node& node, std::string_view field, const std::vector<std::string>& allowed)
{
  if (!node.is_scalar()) {
    error(node, with_suggestion(fmt::format("{}: expected a word, found {}", field, found(node)), "", allowed));
    return std::nullopt;
  }
  if (std::find(allowed.begin(), allowed.end(), node.value) == allowed.end()) {
    error(node,
      [&] { return with_suggestion(fmt::format("{}: unknown value \"{}\"", field, node.value), node.value, allowed, field); });
    return std::nullopt;
  }
  return node.value;
}

std::vector<std::string> Reader::words(const Node& node, std::string_view field, const std::vector<std::string>& allowed)
{
  std::vector<std::string> result;
  if (node.is_null()) {
    return result;
  }
  if (!node.is_sequence()) {
    error(node, fmt::format("{}: expected a list such as [a, b], found {}", field, found(node)));
    return result;
  }
  for (const auto& item : node.items) {
    if (auto value = word(item, field, allowed)) {
      if (std::find(result.begin(), result.end(), *value) != result.end()) {
        error(item, fmt::format("{}: \"{}\" is listed twice", field, *value));
        continue;
      }
      result.push_back(std::move(*value));
    }
  }
  return result;
}

std::vector<std::string> Reader::texts(const Node& node, std::string_view field)
{
  std::vector<std::string> result;
  if (node.is_null()) {
    return result;
  }
  if (!node.is_sequence()) {
    error(node, fmt::format("{}: expected a list of text, found {}", field, found(node)));
    return result;
  }
  for (const auto& item : node.items) {
    if (auto value = text(item, field)) {
      result.push_back(std::move(*value));
    }
  }
  return result;
}

MapReader::MapReader(Reader& reader, const Node& node, std::string_view field, std::initializer_list<std::string_view> known)
    : MapReader(reader, node, field, std::vector<std::string_view>(known))
{}

MapReader::MapReader(Reader& reader, const Node& node, std::string_view field, const std::vector<std::string_view>& known)
    : m_reader(reader), m_node(node), m_field(field)
{
  if (!node.is_map()) {
    reader.error(node,
      fmt::format("{}: expected a map of keys and values, found {}", field.empty() ? "the document" : field, describe(node)));
    return;
  }
  m_ok = true;
  std::vector<std::string> names(known.begin(), known.end());
  for (const auto& [key, value] : node.entries) {
    if (std::find(known.begin(), known.end(), key.value) == known.end()) {
      reader.error(key, [&, &key = key] {
        std::string message = fmt::format("unknown key \"{}\"", path(key.value));
        const std::string suggestion = did_you_mean(key.value, names);
        if (!suggestion.empty()) {
          message += fmt::format("; did you mean \"{}\"?", suggestion);
        } else {
          std::string list;
          for (const auto& name : names) {
            list += (list.empty() ? "" : ", ") + name;
          }
          message += fmt::format("; expected one of: {}", list);
        }
        return message;
      });
    }
  }
}

const Node* MapReader::get(std::string_view key) const
{
  if (!m_ok) {
    return nullptr;
  }
  const Node* value = m_node.find(key);
  return value && !value->is_null() ? value : nullptr;
}

const Node* MapReader::require(std::string_view key) const
{
  if (!m_ok) {
    return nullptr;
  }
  const Node* value = get(key);
  if (!value) {
    const Node* present = m_node.find(key);
    m_reader.error(present ? *present : m_node, fmt::format("missing required key \"{}\"", path(key)));
  }
  return value;
}

std::string MapReader::path(std::string_view key) const
{
  return m_field.empty() ? std::string(key) : fmt::format("{}.{}", m_field, key);
}

bool is_kebab_id(std::string_view id)
{
  bool after_dash = true; // at the start, as after a dash: a letter or digit must come
  for (const char c : id) {
    if (c == '-') {
      if (after_dash) {
        return false;
      }
      after_dash = true;
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      after_dash = false;
    } else {
      return false;
    }
  }
  return !after_dash;
}

} // namespace ptplan::yaml
