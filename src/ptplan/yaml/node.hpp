#pragma once

#include <cstddef>
#include <string>
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

} // namespace ptplan::yaml
