#include "ptplan/yaml/fast_parse.hpp"

#include <yaml.h>

#include <vector>

namespace ptplan::yaml {

namespace {

// Line breaks that libyaml counts and yaml-cpp does not: a CR alone, NEL,
// and the Unicode line and paragraph separators.
bool has_other_line_breaks(std::string_view text)
{
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')) {
      return true;
    }
  }
  return text.find("\xC2\x85") != std::string_view::npos || text.find("\xE2\x80\xA8") != std::string_view::npos
         || text.find("\xE2\x80\xA9") != std::string_view::npos;
}

std::size_t characters(std::string_view value)
{
  std::size_t count = 0;
  for (const char c : value) {
    count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  }
  return count;
}

// One libyaml event, deleted when it goes out of scope.
class Event
{
public:
  Event() = default;
  ~Event()
  {
    if (m_ok) {
      yaml_event_delete(&m_event);
    }
  }
  Event(const Event&) = delete;
  Event& operator=(const Event&) = delete;

  // False on a syntax error.
  bool read(yaml_parser_t& parser)
  {
    m_ok = yaml_parser_parse(&parser, &m_event) != 0;
    return m_ok;
  }
  const yaml_event_t& operator*() const { return m_event; }
  const yaml_event_t* operator->() const { return &m_event; }

private:
  yaml_event_t m_event{};
  bool m_ok = false;
};

class Reader
{
public:
  Reader(std::string_view text, int line_offset, const Limits& limits)
      : m_text(text), m_line_offset(line_offset), m_limits(limits)
  {
    m_line_starts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') {
        m_line_starts.push_back(i + 1);
      }
      m_ascii = m_ascii && static_cast<unsigned char>(text[i]) < 0x80;
    }
    yaml_parser_initialize(&m_parser);
    yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  }
  ~Reader() { yaml_parser_delete(&m_parser); }
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  std::optional<Node> read()
  {
    if (!expect(YAML_STREAM_START_EVENT)) {
      return std::nullopt;
    }
    {
      Event start;
      if (!start.read(m_parser) || start->type != YAML_DOCUMENT_START_EVENT
          || start->data.document_start.version_directive != nullptr
          || start->data.document_start.tag_directives.start != start->data.document_start.tag_directives.end) {
        return std::nullopt;
      }
    }
    Event first;
    if (!first.read(m_parser)) {
      return std::nullopt;
    }
    std::optional<Node> root = node(*first);
    if (!root || !root->is_map() || !expect(YAML_DOCUMENT_END_EVENT) || !expect(YAML_STREAM_END_EVENT)) {
      return std::nullopt;
    }
    return root;
  }

private:
  // Reads the next event; false on an error or another type.
  bool expect(yaml_event_type_t type)
  {
    Event event;
    return event.read(m_parser) && event->type == type;
  }

  // The byte offset of a mark: libyaml counts columns in characters.
  std::size_t offset(const yaml_mark_t& mark) const
  {
    if (m_ascii) { // one byte a character: libyaml's index is the offset
      return mark.index;
    }
    std::size_t at = m_line_starts[mark.line];
    for (std::size_t left = mark.column; left > 0 && at < m_text.size(); --left) {
      ++at;
      while (at < m_text.size() && (static_cast<unsigned char>(m_text[at]) & 0xC0) == 0x80) {
        ++at;
      }
    }
    return at;
  }

  // Whether the key at `mark` follows a "?": libyaml takes "?foo" in a flow
  // map as the key "foo", yaml-cpp rejects it; explicit keys are rare enough
  // to leave all of them to yaml-cpp.
  bool explicit_key(const yaml_mark_t& mark) const
  {
    if (mark.line >= m_line_starts.size()) {
      return true; // cannot happen with LF and CRLF only; step aside all the same
    }
    std::size_t at = offset(mark);
    while (at > 0 && (m_text[at - 1] == ' ' || m_text[at - 1] == '\t')) {
      --at;
    }
    return at > 0 && m_text[at - 1] == '?';
  }

  // yaml-cpp's position: line and byte column, from 1.
  void place(Node& node, const yaml_mark_t& mark) const
  {
    node.line = static_cast<int>(mark.line) + 1 + m_line_offset;
    node.column = static_cast<int>(offset(mark) - m_line_starts[mark.line]) + 1;
  }

  // The node that starts with `event`, with everything inside it.
  std::optional<Node> node(const yaml_event_t& event)
  {
    if (++m_nodes > m_limits.max_nodes || event.start_mark.line >= m_line_starts.size()
        || event.end_mark.line >= m_line_starts.size()) {
      return std::nullopt;
    }
    Node result;
    place(result, event.start_mark);
    switch (event.type) {
    case YAML_SCALAR_EVENT:
      return scalar(event, std::move(result));
    case YAML_SEQUENCE_START_EVENT:
      if (event.data.sequence_start.anchor || event.data.sequence_start.tag) {
        return std::nullopt;
      }
      result.kind = Kind::sequence;
      return children(std::move(result));
    case YAML_MAPPING_START_EVENT:
      if (event.data.mapping_start.anchor || event.data.mapping_start.tag) {
        return std::nullopt;
      }
      result.kind = Kind::map;
      return children(std::move(result));
    default: // an alias, or an end where a node was expected
      return std::nullopt;
    }
  }

  std::optional<Node> scalar(const yaml_event_t& event, Node result) const
  {
    const auto& s = event.data.scalar;
    const bool plain = s.style == YAML_PLAIN_SCALAR_STYLE;
    const bool double_quoted = s.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
    if (s.anchor || s.tag || event.start_mark.line != event.end_mark.line || s.length == 0
        || (!plain && !double_quoted && s.style != YAML_SINGLE_QUOTED_SCALAR_STYLE)) {
      return std::nullopt;
    }
    if (double_quoted) {
      const std::size_t from = offset(event.start_mark);
      if (m_text.substr(from, offset(event.end_mark) - from).find('\\') != std::string_view::npos) {
        return std::nullopt; // escapes are left to yaml-cpp
      }
    }
    result.value.assign(reinterpret_cast<const char*>(s.value), s.length);
    if (plain && (result.value[0] == '-' || result.value[0] == ':' || result.value.find('?') != std::string::npos)) {
      return std::nullopt; // yaml-cpp rejects some of these ("?foo" in a flow map, "[b? c]")
    }
    if (characters(result.value) > m_limits.max_string) {
      return std::nullopt;
    }
    result.quoted = !plain;
    if (plain) {
      const std::size_t from = offset(event.start_mark);
      if (const std::size_t hash = attached_hash(m_text, offset(event.end_mark)); hash != std::string_view::npos) {
        result.hash_column = result.column + static_cast<int>(hash - from);
      }
    }
    const std::string& v = result.value;
    const bool null_word = v == "~" || v == "null" || v == "Null" || v == "NULL";
    if (plain && null_word) { // yaml-cpp reports these as nulls, without their text
      result.kind = Kind::null;
      result.value.clear();
    } else {
      result.kind = Kind::scalar;
    }
    return result;
  }

  // The items of a list or the entries of a map, up to its end event.
  std::optional<Node> children(Node result)
  {
    if (++m_depth > m_limits.max_depth) {
      return std::nullopt;
    }
    const bool map = result.is_map();
    const yaml_event_type_t end = map ? YAML_MAPPING_END_EVENT : YAML_SEQUENCE_END_EVENT;
    while (true) {
      Event event;
      if (!event.read(m_parser)) {
        return std::nullopt;
      }
      if (event->type == end) {
        break;
      }
      if ((map ? result.entries.size() : result.items.size()) >= m_limits.max_items) {
        return std::nullopt;
      }
      if (map && explicit_key(event->start_mark)) {
        return std::nullopt;
      }
      std::optional<Node> first = node(*event);
      if (!first) {
        return std::nullopt;
      }
      if (!map) {
        result.items.push_back(std::move(*first));
        continue;
      }
      if (!first->is_scalar()) {
        return std::nullopt;
      }
      for (const auto& entry : result.entries) {
        if (entry.key.value == first->value) {
          return std::nullopt; // a duplicate key
        }
      }
      Event value_event;
      if (!value_event.read(m_parser)) {
        return std::nullopt;
      }
      std::optional<Node> value = node(*value_event);
      if (!value) {
        return std::nullopt;
      }
      if (value->is_null() && value->line > first->line) {
        // As the yaml-cpp reading does (parse.cpp): a null on a later line
        // is reported at its key.
        value->line = first->line;
        value->column = first->column;
      }
      result.entries.push_back(MapEntry{std::move(*first), std::move(*value)});
    }
    --m_depth;
    return result;
  }

  std::string_view m_text;
  int m_line_offset;
  const Limits& m_limits;
  std::vector<std::size_t> m_line_starts;
  yaml_parser_t m_parser{};
  std::size_t m_nodes = 0;
  std::size_t m_depth = 0;
  bool m_ascii = true;
};

} // namespace

std::optional<Node> parse_plain_document(std::string_view text, int line_offset, const Limits& limits)
{
  if (has_other_line_breaks(text)) {
    return std::nullopt;
  }
  return Reader(text, line_offset, limits).read();
}

} // namespace ptplan::yaml
