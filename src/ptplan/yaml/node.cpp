#include "ptplan/yaml/node.hpp"

namespace ptplan::yaml {

const Node* Node::find(std::string_view key) const
{
  for (const auto& entry : entries) {
    if (entry.key.value == key) {
      return &entry.value;
    }
  }
  return nullptr;
}

std::size_t Node::size() const
{
  std::size_t total = 1;
  for (const auto& item : items) {
    total += item.size();
  }
  for (const auto& entry : entries) {
    total += entry.key.size() + entry.value.size();
  }
  return total;
}

std::string describe(const Node& node)
{
  switch (node.kind) {
  case Kind::null:
    return "nothing";
  case Kind::sequence:
    return "a list";
  case Kind::map:
    return "a map";
  case Kind::scalar:
    break;
  }
  std::string shown = node.value.size() > 40 ? node.value.substr(0, 40) + "..." : node.value;
  return "\"" + shown + "\"";
}

} // namespace ptplan::yaml
