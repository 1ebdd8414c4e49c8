#include "ptplan/load/svg_style.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace ptplan::load {

namespace {

// Stands for a decoded character that is neither an ASCII letter, digit,
// '-' nor '_': part of a name, never punctuation (an escaped "(" or quote
// does not open anything in CSS).
constexpr char k_other = '\x80';

bool is_hex(char c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

unsigned hex_value(char c)
{
  if (c >= '0' && c <= '9') {
    return static_cast<unsigned>(c - '0');
  }
  return static_cast<unsigned>((c | 0x20) - 'a' + 10);
}

bool is_space(char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool is_newline(char c)
{
  return c == '\n' || c == '\r' || c == '\f';
}

bool is_name_byte(char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
         || static_cast<unsigned char>(c) >= 0x80;
}

// A character of CSS, escapes decoded: ASCII letters in lower case.
char lower(char c)
{
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
}

// Functions that compute a value and load nothing.
bool is_allowed_function(std::string_view name)
{
  static constexpr std::string_view k_allowed[] = {"rgb", "rgba", "hsl", "hsla", "hwb", "calc", "min", "max", "clamp", "var",
    "translate", "translatex", "translatey", "rotate", "scale", "scalex", "scaley", "matrix", "skewx", "skewy", "inset", "circle",
    "ellipse", "polygon"};
  return std::find(std::begin(k_allowed), std::end(k_allowed), name) != std::end(k_allowed);
}

// Reads CSS the way a browser's tokeniser does (CSS Syntax Level 3), as
// far as the checks need: comments, strings, names with their escapes,
// and url() in both its forms.
class Scanner
{
public:
  explicit Scanner(std::string_view css) : m_css(css) {}

  std::optional<StyleProblem> run()
  {
    while (m_at < m_css.size()) {
      const char c = m_css[m_at];
      if (c == '/' && next_is(1, '*')) {
        const std::size_t end = m_css.find("*/", m_at + 2);
        m_at = end == std::string_view::npos ? m_css.size() : end + 2;
      } else if (c == '"' || c == '\'') {
        read_string();
      } else if (c == '@') {
        const std::size_t start = m_at++;
        const std::string name = read_name();
        if (name == "import") {
          return StyleProblem{start, "the drawing imports a style sheet from outside (@import)"};
        }
        return StyleProblem{start, fmt::format("the drawing's style has the at-rule @{}; drawings may not use at-rules", name)};
      } else if (starts_name()) {
        const std::size_t start = m_at;
        const std::string name = read_name();
        if (m_at < m_css.size() && m_css[m_at] == '(') {
          ++m_at;
          if (auto problem = check_function(name, start)) {
            return problem;
          }
        }
      } else {
        ++m_at;
      }
    }
    return std::nullopt;
  }

private:
  bool next_is(std::size_t ahead, char c) const { return m_at + ahead < m_css.size() && m_css[m_at + ahead] == c; }

  // A backslash that is an escape (not one before a line break).
  bool escape_here() const { return m_css[m_at] == '\\' && m_at + 1 < m_css.size() && !is_newline(m_css[m_at + 1]); }

  bool starts_name() const { return is_name_byte(m_css[m_at]) || escape_here(); }

  // The escape at m_at (a backslash), decoded; moves past it.
  char read_escape()
  {
    ++m_at;
    if (is_hex(m_css[m_at])) {
      unsigned code = 0;
      for (std::size_t digits = 0; digits < 6 && m_at < m_css.size() && is_hex(m_css[m_at]); ++digits, ++m_at) {
        code = code * 16 + hex_value(m_css[m_at]);
      }
      if (m_at < m_css.size() && is_space(m_css[m_at])) {
        ++m_at; // one white space ends a hex escape
      }
      const char c = code < 0x80 ? lower(static_cast<char>(code)) : k_other;
      return is_name_byte(c) ? c : k_other;
    }
    const char c = m_css[m_at++];
    skip_continuation_bytes();
    return is_name_byte(c) && static_cast<unsigned char>(c) < 0x80 ? lower(c) : k_other;
  }

  void skip_continuation_bytes()
  {
    while (m_at < m_css.size() && (static_cast<unsigned char>(m_css[m_at]) & 0xC0) == 0x80) {
      ++m_at;
    }
  }

  // A name (identifier), escapes decoded, in lower case; non-ASCII
  // characters are each one k_other.
  std::string read_name()
  {
    std::string name;
    while (m_at < m_css.size()) {
      if (escape_here()) {
        name += read_escape();
      } else if (is_name_byte(m_css[m_at])) {
        const auto byte = static_cast<unsigned char>(m_css[m_at++]);
        if (byte >= 0x80) {
          skip_continuation_bytes();
          name += k_other;
        } else {
          name += lower(static_cast<char>(byte));
        }
      } else {
        break;
      }
    }
    return name;
  }

  // A quoted string at m_at, with its escapes decoded (letters in lower
  // case: only its first character matters).
  std::string read_string()
  {
    const char quote = m_css[m_at++];
    std::string text;
    while (m_at < m_css.size()) {
      const char c = m_css[m_at];
      if (c == quote) {
        ++m_at;
        break;
      }
      if (is_newline(c)) {
        break; // a bad string ends at the line
      }
      if (c == '\\') {
        if (m_at + 1 < m_css.size() && is_newline(m_css[m_at + 1])) {
          m_at += 2; // a line continued
          continue;
        }
        if (m_at + 1 >= m_css.size()) {
          ++m_at;
          break;
        }
        text += read_string_escape();
        continue;
      }
      text += c;
      ++m_at;
    }
    return text;
  }

  // An escape inside a string or a url(): the character it stands for
  // ('#' matters, so it is decoded as itself).
  char read_string_escape()
  {
    ++m_at;
    if (is_hex(m_css[m_at])) {
      unsigned code = 0;
      for (std::size_t digits = 0; digits < 6 && m_at < m_css.size() && is_hex(m_css[m_at]); ++digits, ++m_at) {
        code = code * 16 + hex_value(m_css[m_at]);
      }
      if (m_at < m_css.size() && is_space(m_css[m_at])) {
        ++m_at;
      }
      return code > 0 && code < 0x80 ? static_cast<char>(code) : k_other;
    }
    const char c = m_css[m_at++];
    skip_continuation_bytes();
    return static_cast<unsigned char>(c) < 0x80 ? c : k_other;
  }

  // The target of url( (m_at is just past the parenthesis): a string, or
  // bare text up to ")" in which comments are text, as CSS reads it.
  std::string read_url()
  {
    while (m_at < m_css.size() && is_space(m_css[m_at])) {
      ++m_at;
    }
    if (m_at < m_css.size() && (m_css[m_at] == '"' || m_css[m_at] == '\'')) {
      return read_string();
    }
    std::string target;
    while (m_at < m_css.size() && m_css[m_at] != ')') {
      if (escape_here()) {
        target += read_string_escape();
      } else {
        target += m_css[m_at++];
      }
    }
    return target;
  }

  std::optional<StyleProblem> check_function(const std::string& name, std::size_t start)
  {
    if (name == "url") {
      const std::string target = read_url();
      if (target.empty() || target[0] != '#') {
        return StyleProblem{
          start, "the drawing refers to something outside itself; links and url() may only point to \"#id\" inside the file"};
      }
      return std::nullopt;
    }
    if (!is_allowed_function(name)) {
      return StyleProblem{start, fmt::format("the drawing's style uses the function {}(), which drawings may not use (url(#id), "
                                             "colours, calc() and transforms are allowed)",
                                   name)};
    }
    return std::nullopt;
  }

  std::string_view m_css;
  std::size_t m_at = 0;
};

} // namespace

std::optional<StyleProblem> check_svg_style(std::string_view css)
{
  return Scanner(css).run();
}

} // namespace ptplan::load
