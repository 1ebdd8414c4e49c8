#include "ptplan/render/json_writer.hpp"

#include <algorithm>
#include <charconv>

namespace ptplan::render {

namespace {

using Json = nlohmann::ordered_json;

constexpr int k_indent_step = 2;

// The length of the valid UTF-8 sequence at `i` (2-4), or 0 when it is not
// one: no overlong forms, surrogates or code points past U+10FFFF, the same
// rule as nlohmann's decoder.
std::size_t utf8_length(std::string_view text, std::size_t i)
{
  const auto byte = static_cast<unsigned char>(text[i]);
  std::size_t length = 0;
  unsigned low = 0x80;
  unsigned high = 0xBF;
  if (byte >= 0xC2 && byte <= 0xDF) {
    length = 2;
  } else if ((byte & 0xF0) == 0xE0) {
    length = 3;
    low = byte == 0xE0 ? 0xA0 : 0x80;
    high = byte == 0xED ? 0x9F : 0xBF;
  } else if (byte >= 0xF0 && byte <= 0xF4) {
    length = 4;
    low = byte == 0xF0 ? 0x90 : 0x80;
    high = byte == 0xF4 ? 0x8F : 0xBF;
  } else {
    return 0;
  }
  if (i + length > text.size()) {
    return 0;
  }
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if (k == 1 ? (next < low || next > high) : (next & 0xC0) != 0x80) {
      return 0;
    }
  }
  return length;
}

template <typename Number>
void append_number(std::string& out, Number n)
{
  char buffer[24];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
  out.append(buffer, end);
}

// Appends `text` as a JSON string, escaped as nlohmann escapes it. False
// (with part of it appended) when it is not valid UTF-8.
bool append_string(std::string& out, std::string_view text)
{
  out += '"';
  std::size_t run = 0; // start of the bytes not yet written
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const std::size_t length = utf8_length(text, i);
      if (length == 0) {
        return false;
      }
      i += length;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(text.substr(run, i - run));
    switch (c) {
    case '\b':
      out += "\\b";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\f':
      out += "\\f";
      break;
    case '\r':
      out += "\\r";
      break;
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    default: {
      constexpr std::string_view k_hex = "0123456789abcdef";
      out += "\\u00";
      out += k_hex[c >> 4];
      out += k_hex[c & 0xF];
    }
    }
    run = ++i;
  }
  out.append(text.substr(run));
  out += '"';
  return true;
}

class Writer
{
public:
  explicit Writer(std::size_t capacity) { m_out.reserve(capacity); }

  bool value(const Json& json, int indent)
  {
    switch (json.type()) {
    case Json::value_t::object:
      return object(json.get_ref<const Json::object_t&>(), indent);
    case Json::value_t::array:
      return array(json.get_ref<const Json::array_t&>(), indent);
    case Json::value_t::string:
      return string(json.get_ref<const std::string&>());
    case Json::value_t::boolean:
      m_out += json.get<bool>() ? "true" : "false";
      return true;
    case Json::value_t::null:
      m_out += "null";
      return true;
    case Json::value_t::number_integer:
      number(json.get<std::int64_t>());
      return true;
    case Json::value_t::number_unsigned:
      number(json.get<std::uint64_t>());
      return true;
    default: // floats, binary, discarded
      return false;
    }
  }

  std::string take() { return std::move(m_out); }

private:
  bool object(const Json::object_t& members, int indent)
  {
    if (members.empty()) {
      m_out += "{}";
      return true;
    }
    m_out += "{\n";
    bool first = true;
    for (const auto& [key, member] : members) {
      if (!first) {
        m_out += ",\n";
      }
      first = false;
      m_out.append(static_cast<std::size_t>(indent + k_indent_step), ' ');
      if (!string(key)) {
        return false;
      }
      m_out += ": ";
      if (!value(member, indent + k_indent_step)) {
        return false;
      }
    }
    m_out += '\n';
    m_out.append(static_cast<std::size_t>(indent), ' ');
    m_out += '}';
    return true;
  }

  bool array(const Json::array_t& items, int indent)
  {
    if (items.empty()) {
      m_out += "[]";
      return true;
    }
    m_out += "[\n";
    bool first = true;
    for (const auto& item : items) {
      if (!first) {
        m_out += ",\n";
      }
      first = false;
      m_out.append(static_cast<std::size_t>(indent + k_indent_step), ' ');
      if (!value(item, indent + k_indent_step)) {
        return false;
      }
    }
    m_out += '\n';
    m_out.append(static_cast<std::size_t>(indent), ' ');
    m_out += ']';
    return true;
  }

  bool string(std::string_view text) { return append_string(m_out, text); }

  template <typename Number>
  void number(Number n)
  {
    append_number(m_out, n);
  }

  std::string m_out;
};

} // namespace

std::optional<std::string> write_pretty_json(const nlohmann::ordered_json& json)
{
  Writer writer(16384); // a plan is a few kilobytes
  if (!writer.value(json, 0)) {
    return std::nullopt;
  }
  return writer.take();
}

JsonStream::JsonStream()
{
  m_out.reserve(16384); // a plan is a few kilobytes
}

JsonStream::~JsonStream() = default;

namespace {

// ",\n" and the indent of the deepest level a plan reaches, with room to
// spare; deeper levels are indented by appending spaces.
constexpr std::string_view k_separator = ",\n                                                                ";

} // namespace

void JsonStream::next_item()
{
  if (m_after_key) { // the value of a member: its key wrote the separator
    m_after_key = false;
    return;
  }
  if (m_levels.empty()) {
    return;
  }
  Level& level = m_levels.back();
  const std::size_t indent = m_levels.size() * k_indent_step;
  const std::size_t skip = level.empty ? 1 : 0; // the first item has no comma
  level.empty = false;
  const std::size_t length = std::min(k_separator.size(), indent + 2) - skip;
  m_out.append(k_separator.data() + skip, length);
  m_out.append(indent + 2 - skip - length, ' ');
}

namespace {

// Keys are names the program chose: plain ASCII, nothing to escape.
bool plain(std::string_view text)
{
  return std::all_of(
    text.begin(), text.end(), [](char c) { return c >= 0x20 && c != '"' && c != '\\' && static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

void JsonStream::key(std::string_view name)
{
  next_item();
  if (plain(name)) {
    m_out += '"';
    m_out.append(name);
    m_out.append("\": ", 3);
  } else {
    value_text(name);
    m_out += ": ";
  }
  m_after_key = true;
}

void JsonStream::begin_object()
{
  next_item();
  m_out += '{';
  m_levels.push_back({true});
}

void JsonStream::begin_array()
{
  next_item();
  m_out += '[';
  m_levels.push_back({false});
}

void JsonStream::end_object()
{
  close('}');
}

void JsonStream::end_array()
{
  close(']');
}

void JsonStream::close(char bracket)
{
  const bool empty = m_levels.back().empty;
  m_levels.pop_back();
  if (!empty) {
    m_out += '\n';
    m_out.append(m_levels.size() * k_indent_step, ' ');
  }
  m_out += bracket;
}

void JsonStream::value_text(std::string_view text)
{
  const std::size_t before = m_out.size();
  if (!append_string(m_out, text)) {
    // Not UTF-8: nlohmann's own repair, for exactly its output.
    m_out.resize(before);
    m_out += Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
  }
}

void JsonStream::value(std::string_view text)
{
  next_item();
  value_text(text);
}

void JsonStream::value(bool flag)
{
  next_item();
  m_out += flag ? "true" : "false";
}

void JsonStream::value(long long number)
{
  next_item();
  append_number(m_out, number);
}

void JsonStream::value(std::nullptr_t)
{
  next_item();
  m_out += "null";
}

void JsonStream::value(const std::optional<int>& number)
{
  if (number) {
    value(*number);
  } else {
    value(nullptr);
  }
}

void JsonStream::value(const std::optional<std::string>& text)
{
  if (text) {
    value(std::string_view(*text));
  } else {
    value(nullptr);
  }
}

void JsonStream::value(const std::vector<std::string>& texts)
{
  begin_array();
  for (const auto& text : texts) {
    value(std::string_view(text));
  }
  end_array();
}

void JsonStream::value(const Json& tree)
{
  next_item();
  const int indent = static_cast<int>(m_levels.size()) * k_indent_step;
  Writer writer(1024);
  if (writer.value(tree, indent)) {
    m_out += writer.take();
    return;
  }
  // Floats, or text that is not UTF-8: nlohmann writes the subtree, and
  // each of its lines moves in to where the subtree sits.
  const std::string dumped = tree.dump(k_indent_step, ' ', false, Json::error_handler_t::replace);
  std::size_t start = 0;
  while (true) {
    const std::size_t end = dumped.find('\n', start);
    m_out.append(dumped, start, end == std::string::npos ? std::string::npos : end + 1 - start);
    if (end == std::string::npos) {
      break;
    }
    m_out.append(static_cast<std::size_t>(indent), ' ');
    start = end + 1;
  }
}

std::string JsonStream::take()
{
  m_out += '\n';
  return std::move(m_out);
}

} // namespace ptplan::render
