#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ptplan::yaml {

enum class Kind { null, scalar, sequence, map };

struct MapEntry;

// A YAML node as ptplan reads it: every node keeps its position, scalars
// remember whether they were quoted, and maps keep their keys in order
// (duplicates are rejected while parsing).
struct Node
{
  Kind kind = Kind::null;
  int line = 0;                  // from 1
  int column = 0;                // from 1
  std::string value;             // scalar text
  bool quoted = false;           // a quoted scalar is always text
  int hash_column = 0;           // a plain scalar that "#x" follows on its line ("Ann #2"): the #'s column
  std::vector<Node> items;       // sequence items
  std::vector<MapEntry> entries; // map entries in order

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_map() const { return kind == Kind::map; }

  // The value for `key` in a map, or nullptr.
  const Node* find(std::string_view key) const;
  // Nodes in this subtree, this one included.
  std::size_t size() const;
};

// One key and its value. (A pair<Node, Node> inside Node would need Node
// complete; a vector of a declared struct does not.)
struct MapEntry
{
  Node key;
  Node value;
};

// "a map", "a list", "text", "nothing": for messages.
std::string describe(const Node& node);

// Where a comment that starts with "#" and a non-blank character begins
// after a plain scalar ending at byte `end` of `text`, on the same line and
// after at least one blank; npos when there is none. YAML reads
// `name: Ann #2` as "Ann" and a comment, which the profile loader reports.
std::size_t attached_hash(std::string_view text, std::size_t end);

} // namespace ptplan::yaml
