#include "ptplan/render/json_writer.hpp"

#include <charconv>

namespace ptplan::render {

namespace {

using Json = nlohmann::ordered_json;

constexpr int k_indent_step = 2;

// The length of the valid UTF-8 sequence at `i` (2-4), or 0 when it is not
// one: no overlong forms, surrogates or code points past U+10FFFF, the same
// rule as nlohmann's decoder.
std::size_t utf8_length(const std::string& text, std::size_t i)
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

  bool string(const std::string& text)
  {
    m_out += '"';
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
      m_out.append(text, run, i - run);
      switch (c) {
      case '\b':
        m_out += "\\b";
        break;
      case '\t':
        m_out += "\\t";
        break;
      case '\n':
        m_out += "\\n";
        break;
      case '\f':
        m_out += "\\f";
        break;
      case '\r':
        m_out += "\\r";
        break;
      case '"':
        m_out += "\\\"";
        break;
      case '\\':
        m_out += "\\\\";
        break;
      default: {
        constexpr std::string_view k_hex = "0123456789abcdef";
        m_out += "\\u00";
        m_out += k_hex[c >> 4];
        m_out += k_hex[c & 0xF];
      }
      }
      run = ++i;
    }
    m_out.append(text, run, std::string::npos);
    m_out += '"';
    return true;
  }

  template <typename Number>
  void number(Number n)
  {
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
    m_out.append(buffer, end);
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

} // namespace ptplan::render
