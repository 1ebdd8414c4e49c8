#pragma once

#include "ptplan/core/date.hpp"
#include "ptplan/core/diagnostics.hpp"
#include "ptplan/yaml/node.hpp"

#include <concepts>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ptplan::yaml {

// Typed, strict reading of YAML values. Every method reports a problem at the
// node's position, naming the field and what was expected, and returns an
// empty value; nothing throws. Scalars are strict: booleans are only
// true/false, integers have no leading zeros, signs or fractions, dates are
// real calendar days, and a quoted "12" is text, not a number.
class Reader
{
public:
  Reader(std::string file, Diagnostics& diagnostics) : m_file(std::move(file)), m_diagnostics(diagnostics) {}

  const std::string& file() const { return m_file; }
  Location at(const Node& node) const { return {m_file, node.line, node.column}; }
  void error(const Node& node, std::string message) { m_diagnostics.error(at(node), std::move(message)); }
  // For a message that costs time to write: not called past the file's limit.
  template <std::invocable MakeMessage>
  void error(const Node& node, MakeMessage&& make_message)
  {
    m_diagnostics.error(at(node), std::forward<MakeMessage>(make_message));
  }
  Diagnostics& diagnostics() { return m_diagnostics; }

  std::optional<int> integer(const Node& node, std::string_view field, int lowest, int highest);
  std::optional<bool> boolean(const Node& node, std::string_view field);
  std::optional<std::string> text(const Node& node, std::string_view field);
  std::optional<Date> date(const Node& node, std::string_view field);
  // One of `allowed`, with a did-you-mean for near misses.
  std::optional<std::string> word(const Node& node, std::string_view field, const std::vector<std::string>& allowed);
  // A list of words from `allowed`; bad entries are reported and skipped,
  // repeated ones too.
  std::vector<std::string> words(const Node& node, std::string_view field, const std::vector<std::string>& allowed);
  std::vector<std::string> texts(const Node& node, std::string_view field);

private:
  std::string m_file;
  Diagnostics& m_diagnostics;
};

// Whether `id` is a lower-case kebab-case identifier: [a-z0-9]+(-[a-z0-9]+)*,
// checked in one pass (a regex recurses once per character).
bool is_kebab_id(std::string_view id);

// A YAML map with a fixed set of keys. Construction reports a node that is
// not a map, and every key not in `known` (with a did-you-mean).
class MapReader
{
public:
  MapReader(Reader& reader, const Node& node, std::string_view field, std::initializer_list<std::string_view> known);
  MapReader(Reader& reader, const Node& node, std::string_view field, const std::vector<std::string_view>& known);

  bool ok() const { return m_ok; }
  // The value of `key`, or nullptr when it is absent or null.
  const Node* get(std::string_view key) const;
  // Like get, but reports a missing key.
  const Node* require(std::string_view key) const;
  // "patient.name" for key "name" inside "patient".
  std::string path(std::string_view key) const;

private:
  Reader& m_reader;
  const Node& m_node;
  std::string m_field;
  bool m_ok = false;
};

} // namespace ptplan::yaml
