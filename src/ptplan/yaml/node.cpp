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

std::size_t attached_hash(std::string_view text, std::size_t end)
{
  std::size_t at = end;
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) {
    ++at;
  }
  if (at == end || at + 1 >= text.size() || text[at] != '#') {
    return std::string_view::npos;
  }
  const char next = text[at + 1];
  const bool blank = next == ' ' || next == '\t' || next == '\r' || next == '\n' || next == '#';
  return blank ? std::string_view::npos : at;
}

} // namespace ptplan::yaml
