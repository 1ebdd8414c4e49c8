#include "ptplan/load/po_loader.hpp"

#include "ptplan/core/encoding.hpp"

#include <fmt/format.h>

#include <charconv>
#include <optional>
#include <utility>

namespace ptplan::load {

namespace {

using model::Messages;

// One entry as it is read: which keyword a continued string belongs to.
struct Entry
{
  std::optional<std::string> context;
  std::optional<std::string> id;
  std::optional<std::string> plural_id;
  std::vector<std::optional<std::string>> forms;
  Location where;
  bool fuzzy = false;
  bool empty() const { return !context && !id && !plural_id && forms.empty(); }
};

class PoReader
{
public:
  PoReader(const SourceFile& file, Messages& messages, Diagnostics& diagnostics)
      : m_file(file), m_messages(messages), m_diagnostics(diagnostics)
  {}

  bool read()
  {
    if (!check_encoding(m_file, m_file.text, 0, m_diagnostics)) {
      return false;
    }
    std::string_view text = m_file.text;
    int line = 0;
    while (!text.empty() && m_ok) {
      const std::size_t end = text.find('\n');
      std::string_view row = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
      ++line;
      if (!row.empty() && row.back() == '\r') {
        row.remove_suffix(1);
      }
      read_line(row, line);
    }
    if (m_ok) {
      finish_entry();
    }
    if (m_ok && !m_header_seen) {
      error(1, 1, "no header entry (msgid \"\" with \"Content-Type: text/plain; charset=UTF-8\")");
    }
    return m_ok;
  }

private:
  void error(int line, int column, std::string message)
  {
    m_diagnostics.error({m_file.name, line, column}, std::move(message));
    m_ok = false;
  }

  void read_line(std::string_view row, int line)
  {
    std::size_t start = row.find_first_not_of(" \t");
    if (start == std::string_view::npos) {
      finish_entry();
      return;
    }
    const std::string_view rest = row.substr(start);
    const int column = static_cast<int>(start) + 1;
    if (rest[0] == '#') {
      if (rest.size() > 1 && rest[1] == '~') {
        m_obsolete = true; // obsolete entries are comments to msgfmt too
      } else if (rest.size() > 1 && rest[1] == ',') {
        if (!m_entry.empty()) {
          finish_entry();
        }
        m_entry.fuzzy = m_entry.fuzzy || rest.find("fuzzy") != std::string_view::npos;
      } else if (!m_entry.empty() && m_target != nullptr) {
        finish_entry();
      }
      return;
    }
    if (rest[0] == '"') {
      if (m_target == nullptr) {
        error(line, column, "a string continues nothing; expected msgctxt, msgid or msgstr before it");
        return;
      }
      if (auto piece = parse_string(rest, line, column)) {
        m_target->append(*piece);
      }
      return;
    }
    const std::size_t space = rest.find_first_of(" \t");
    const std::string_view keyword = rest.substr(0, space);
    if (space == std::string_view::npos) {
      error(line, column, fmt::format("\"{}\" has no string; expected {} \"...\"", keyword, keyword));
      return;
    }
    const std::size_t quote = rest.find_first_not_of(" \t", space);
    if (quote == std::string_view::npos) {
      error(line, column, fmt::format("\"{}\" has no string; expected {} \"...\"", keyword, keyword));
      return;
    }
    const int string_column = column + static_cast<int>(quote);
    auto value = parse_string(rest.substr(quote), line, string_column);
    if (!value) {
      return;
    }
    if (keyword == "msgctxt" || keyword == "msgid") {
      if (!m_entry.forms.empty() || (keyword == "msgctxt" && m_entry.id) || (keyword == "msgid" && m_entry.id)) {
        finish_entry();
      }
    }
    if (m_entry.empty()) {
      m_entry.where = {m_file.name, line, column};
    }
    if (keyword == "msgctxt") {
      set(m_entry.context, std::move(*value), line, column, keyword);
    } else if (keyword == "msgid") {
      set(m_entry.id, std::move(*value), line, column, keyword);
    } else if (keyword == "msgid_plural") {
      require_id(line, column, keyword);
      set(m_entry.plural_id, std::move(*value), line, column, keyword);
    } else if (keyword == "msgstr") {
      require_id(line, column, keyword);
      if (m_entry.plural_id) {
        error(line, column, "a plural entry needs msgstr[0], msgstr[1], ...; found msgstr");
        return;
      }
      m_entry.forms.emplace_back(std::move(*value));
      m_target = &*m_entry.forms.back();
    } else if (keyword.rfind("msgstr[", 0) == 0 && keyword.back() == ']') {
      require_id(line, column, keyword);
      const std::string_view digits = keyword.substr(7, keyword.size() - 8);
      std::size_t index = 0;
      const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
      if (ec != std::errc() || end != digits.data() + digits.size() || index != m_entry.forms.size() || index > 5) {
        error(line, column, fmt::format("expected msgstr[{}] here; found {}", m_entry.forms.size(), keyword));
        return;
      }
      if (!m_entry.plural_id) {
        error(line, column, fmt::format("{} needs a msgid_plural before it", keyword));
        return;
      }
      m_entry.forms.emplace_back(std::move(*value));
      m_target = &*m_entry.forms.back();
    } else {
      error(
        line, column, fmt::format("unknown keyword \"{}\"; expected msgctxt, msgid, msgid_plural, msgstr or msgstr[N]", keyword));
    }
  }

  void require_id(int line, int column, std::string_view keyword)
  {
    if (!m_entry.id) {
      error(line, column, fmt::format("{} needs a msgid before it", keyword));
    }
  }

  void set(std::optional<std::string>& field, std::string value, int line, int column, std::string_view keyword)
  {
    if (field) {
      error(line, column, fmt::format("{} is given twice in one entry", keyword));
      return;
    }
    field = std::move(value);
    m_target = &*field;
  }

  // A C-style quoted string and nothing after it but spaces.
  std::optional<std::string> parse_string(std::string_view text, int line, int column)
  {
    if (text.empty() || text[0] != '"') {
      error(line, column, "expected a string in double quotes");
      return std::nullopt;
    }
    std::string out;
    std::size_t i = 1;
    for (; i < text.size() && text[i] != '"'; ++i) {
      if (text[i] != '\\') {
        out += text[i];
        continue;
      }
      if (++i == text.size()) {
        break;
      }
      switch (text[i]) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case '"':
      case '\\':
        out += text[i];
        break;
      default:
        error(
          line, column + static_cast<int>(i) - 1, fmt::format("unknown escape \\{}; expected \\n, \\t, \\\" or \\\\", text[i]));
        return std::nullopt;
      }
    }
    if (i >= text.size()) {
      error(line, column, "the string has no closing double quote");
      return std::nullopt;
    }
    if (text.find_first_not_of(" \t", i + 1) != std::string_view::npos) {
      error(line, column + static_cast<int>(i) + 1, "unexpected text after the closing double quote");
      return std::nullopt;
    }
    return out;
  }

  void finish_entry()
  {
    m_target = nullptr;
    Entry entry = std::exchange(m_entry, Entry{});
    const bool obsolete = std::exchange(m_obsolete, false);
    if (entry.empty() || obsolete || !m_ok) {
      return;
    }
    const Location& at = entry.where;
    if (!entry.id) {
      error(at.line, at.column, "the entry has no msgid");
      return;
    }
    if (entry.forms.empty()) {
      error(at.line, at.column, "the entry has no msgstr");
      return;
    }
    if (!entry.context && entry.id->empty()) {
      read_header(*entry.forms[0], at);
      return;
    }
    if (entry.fuzzy) {
      return;
    }
    Messages::Entry made;
    made.where = at;
    made.plural_id = entry.plural_id.value_or("");
    for (auto& form : entry.forms) {
      made.forms.push_back(std::move(*form));
    }
    const std::string key = Messages::key(entry.context.value_or(""), *entry.id);
    const auto [found, inserted] = m_messages.entries.try_emplace(key, std::move(made));
    if (!inserted) {
      error(at.line, at.column,
        fmt::format("this msgid{} is given twice; the first is at line {}",
          entry.context ? fmt::format(" (msgctxt \"{}\")", *entry.context) : std::string(), found->second.where.line));
    }
  }

  void read_header(std::string_view header, const Location& at)
  {
    m_header_seen = true;
    bool utf8 = false;
    while (!header.empty()) {
      const std::size_t end = header.find('\n');
      const std::string_view field = header.substr(0, end);
      header = end == std::string_view::npos ? std::string_view() : header.substr(end + 1);
      const std::size_t colon = field.find(':');
      if (colon == std::string_view::npos) {
        continue;
      }
      const std::string_view name = field.substr(0, colon);
      std::string_view value = field.substr(colon + 1);
      value.remove_prefix(std::min(value.find_first_not_of(' '), value.size()));
      if (name == "Content-Type") {
        utf8 = value.find("charset=UTF-8") != std::string_view::npos || value.find("charset=utf-8") != std::string_view::npos;
      } else if (name == "Language" && !value.empty() && value != m_messages.language) {
        error(at.line, at.column,
          fmt::format("the header says Language: {}, but the file is in the folder of \"{}\"", value, m_messages.language));
      } else if (name == "Plural-Forms") {
        read_plural_forms(value, at);
      }
    }
    if (!utf8) {
      error(at.line, at.column, "the header must say \"Content-Type: text/plain; charset=UTF-8\"");
    }
  }

  void read_plural_forms(std::string_view value, const Location& at)
  {
    std::string compact;
    for (const char c : value) {
      if (c != ' ') {
        compact += c;
      }
    }
    if (compact == "nplurals=2;plural=(n!=1);" || compact == "nplurals=2;plural=n!=1;") {
      m_messages.plural = model::PluralRule::not_one;
    } else if (compact == "nplurals=2;plural=(n>1);" || compact == "nplurals=2;plural=n>1;") {
      m_messages.plural = model::PluralRule::more_than_one;
    } else if (compact == "nplurals=1;plural=0;") {
      m_messages.plural = model::PluralRule::one_form;
    } else {
      error(at.line, at.column,
        fmt::format("unsupported Plural-Forms \"{}\"; expected \"nplurals=2; plural=(n != 1);\", \"nplurals=2; "
                    "plural=(n > 1);\" or \"nplurals=1; plural=0;\"",
          value));
    }
  }

  const SourceFile& m_file;
  Messages& m_messages;
  Diagnostics& m_diagnostics;
  Entry m_entry;
  std::string* m_target = nullptr;
  bool m_obsolete = false;
  bool m_header_seen = false;
  bool m_ok = true;
};

} // namespace

bool read_po(const SourceFile& file, model::Messages& messages, Diagnostics& diagnostics)
{
  return PoReader(file, messages, diagnostics).read();
}

} // namespace ptplan::load
