#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ptplan::render {

// `json` as nlohmann's json.dump(2, ' ', false, error_handler_t::replace)
// writes it, byte for byte, in a fraction of the time (nlohmann's serializer
// goes through a virtual call per character). Empty when the value holds
// something this writer leaves to nlohmann (floating-point numbers, binary,
// text that is not valid UTF-8); the caller then uses dump().
std::optional<std::string> write_pretty_json(const nlohmann::ordered_json& json);

// Writes a JSON document as it is produced, with no tree in between, in the
// layout write_pretty_json gives (nlohmann's dump(2)). Calls must nest:
// key() before each member of an object, then exactly one value or
// begin_*(). Text that is not valid UTF-8 (which the loaders never let
// through) is repaired the way nlohmann's replace handler does.
class JsonStream
{
public:
  JsonStream();
  ~JsonStream();
  JsonStream(const JsonStream&) = delete;
  JsonStream& operator=(const JsonStream&) = delete;

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(std::string_view name);

  void value(std::string_view text);
  void value(const char* text) { value(std::string_view(text)); }
  void value(const std::string& text) { value(std::string_view(text)); }
  void value(bool flag);
  void value(int number) { value(static_cast<long long>(number)); }
  void value(long long number);
  void value(std::nullptr_t);
  void value(const std::optional<int>& number);
  void value(const std::optional<std::string>& text);
  void value(const std::vector<std::string>& texts);
  // A subtree built with nlohmann, in the same layout.
  void value(const nlohmann::ordered_json& tree);

  // Shorthands for a member: key(name), then value(v).
  template <typename Value>
  void member(std::string_view name, const Value& v)
  {
    key(name);
    value(v);
  }

  // The document, ending in a newline.
  std::string take();

private:
  void next_item(); // the separator and indent before an item or member
  void close(char bracket);
  void value_text(std::string_view text);

  struct Level
  {
    bool object;
    bool empty = true;
  };
  std::string m_out;
  std::vector<Level> m_levels;
  bool m_after_key = false;
};

} // namespace ptplan::render
