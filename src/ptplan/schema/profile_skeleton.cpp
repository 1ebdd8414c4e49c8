#include "ptplan/schema/profile_skeleton.hpp"

#include "ptplan/core/words.hpp"
#include "ptplan/load/facts_table.hpp"
#include "ptplan/load/profile_keys.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace ptplan::schema {

namespace {

using load::KeyType;
using load::ProfileKey;
using load::Show;

constexpr std::size_t k_width = 78;
constexpr std::size_t k_comment_column = 30;
constexpr std::size_t k_long_line = 12; // a line this far past the comment column gets its comment above
constexpr std::size_t k_short_list = 6; // words listed on the key's own line

constexpr std::string_view k_header = "# yaml-language-server: $schema=https://ptplan.invalid/schema/profile.schema.json\n"
                                      "# A ptplan patient profile. Fill it in, then run:  ptplan plan this-file.yaml\n"
                                      "# Lines starting with # are comments. Optional keys may be deleted; to use a\n"
                                      "# block that is commented out, remove the \"# \" in front of its lines.\n";

// The vocabulary.yaml lists, which `ptplan vocabulary` explains.
constexpr std::array<std::string_view, 10> k_sections = {"conditions", "precautions", "limitations", "red_flags", "movements",
  "equipment", "activities", "walking_aids", "weight_bearing", "languages"};

// Where the therapist finds the meaning of the words of `vocabulary`.
std::string where_to_look(std::string_view vocabulary)
{
  if (vocabulary == "exercises") {
    return "`ptplan catalog list` shows the ids";
  }
  if (vocabulary == "rules") {
    return "`ptplan explain` names the rules that fire";
  }
  if (std::find(k_sections.begin(), k_sections.end(), vocabulary) == k_sections.end()) {
    return {};
  }
  std::string command(vocabulary);
  std::replace(command.begin(), command.end(), '_', '-');
  return fmt::format("`ptplan vocabulary {}` explains each", command);
}

// Words wrapped to lines of at most `width` characters, each after `prefix`.
std::string wrap(std::string_view text, std::string_view prefix, std::size_t width = k_width)
{
  std::string out;
  std::string line(prefix);
  bool empty = true;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    const std::string_view word = text.substr(at, end - at);
    at = end + 1;
    if (word.empty()) {
      continue;
    }
    if (!empty && line.size() + 1 + word.size() > width) {
      out += line + "\n";
      line = std::string(prefix);
      empty = true;
    }
    if (!empty) {
      line += ' ';
    }
    line += word;
    empty = false;
  }
  return empty ? out : out + line + "\n";
}

std::string capitalised(std::string text)
{
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  }
  return text;
}

class SkeletonWriter
{
public:
  SkeletonWriter(const model::Vocabulary& vocabulary, const SkeletonOptions& options)
      : m_vocabulary(vocabulary), m_options(options)
  {}

  std::string write()
  {
    m_out = std::string(k_header);
    for (const ProfileKey* key : load::keys_under("")) {
      if (shown(*key)) {
        m_out += "\n";
        key_lines(*key, 0, !m_options.everything && key->show == Show::commented, false);
      }
    }
    return m_out;
  }

private:
  bool shown(const ProfileKey& key) const { return m_options.everything || key.show != Show::no; }

  std::string value_of(const ProfileKey& key) const
  {
    const auto found = m_options.values.find(key.path);
    return found != m_options.values.end() ? found->second : std::string(key.example);
  }

  std::vector<std::string> words(const ProfileKey& key) const
  {
    return key.vocabulary.empty() ? std::vector<std::string>() : load::allowed_words(key.vocabulary, m_vocabulary);
  }

  bool short_list(const ProfileKey& key) const
  {
    const auto list = words(key);
    return !list.empty() && list.size() <= k_short_list;
  }

  std::string default_of(const ProfileKey& key) const
  {
    if (key.default_value != "{default_equipment}") {
      return std::string(key.default_value);
    }
    std::vector<std::string> labels;
    for (const auto& id : m_vocabulary.default_equipment) {
      if (id != "none") {
        labels.push_back(m_vocabulary.equipment.label(id));
      }
    }
    return list_in_words(labels);
  }

  // The comment on a key's own line: "required, 12 to 110".
  std::string note(const ProfileKey& key) const
  {
    std::string text = key.required ? "required" : "optional";
    if (key.type == KeyType::integer || key.type == KeyType::decimal) {
      text += fmt::format(", {} to {}", key.lowest, key.highest);
    }
    if (short_list(key)) {
      text += ": " + fmt::format("{}", fmt::join(words(key), " | "));
    }
    if (!key.default_value.empty()) {
      text += "; default " + default_of(key);
    }
    if (!key.help.empty()) {
      text += "; " + std::string(key.help);
    }
    const std::string look = where_to_look(key.vocabulary);
    if (!short_list(key) && !look.empty() && key.type != KeyType::id_map) { // an id map's help says what its keys are
      text += "; " + look;
    }
    return text;
  }

  // The comment above a top-level key whose words or help need more room
  // than its line has, or empty.
  std::string block_note(const ProfileKey& key) const
  {
    const bool listed = !words(key).empty() && !short_list(key) && !where_to_look(key.vocabulary).empty();
    const bool block = key.type == KeyType::map || key.type == KeyType::list || key.type == KeyType::start_back;
    if (!listed && !(block && !key.help.empty())) {
      return {};
    }
    std::string text = capitalised(key.required ? "required" : "optional");
    text += key.help.empty() ? "." : fmt::format(": {}.", key.help);
    if (!key.default_value.empty()) {
      text += fmt::format(" Left out: {}.", default_of(key));
    }
    if (listed) {
      text += fmt::format(" Choices: {}. {}.", fmt::join(words(key), ", "), capitalised(where_to_look(key.vocabulary)));
    }
    return text;
  }

  void comment(std::string_view text, int depth, bool commented)
  {
    const std::string prefix = depth == 0 ? "# " : fmt::format("{}{}# ", commented ? "# " : "", std::string(2 * depth, ' '));
    m_out += wrap(text, prefix);
  }

  // One line of YAML with its comment beside it (wrapped under itself when
  // long); `dash` starts a list item.
  void line(int depth, bool commented, bool dash, const std::string& text, const std::string& side_note)
  {
    std::string indent(2 * depth, ' ');
    if (dash) {
      indent.replace(indent.size() - 2, 2, "- ");
    }
    std::string out = (commented ? "# " : "") + indent + text;
    if (side_note.empty()) {
      m_out += out + "\n";
    } else if (out.size() + 2 > k_comment_column + k_long_line) {
      // No room beside a long line: the note goes above it.
      m_out += wrap(side_note, fmt::format("{}{}# ", commented ? "# " : "", std::string(2 * depth, ' ')));
      m_out += out + "\n";
    } else {
      const std::size_t column = std::max(k_comment_column, out.size() + 2);
      const std::string lead = std::string(commented ? "#" : "") + std::string(column - (commented ? 1 : 0), ' ') + "# ";
      out += std::string(column - out.size(), ' ');
      m_out += out + wrap(side_note, lead).substr(column);
    }
  }

  // "{ sets: 3, reps: 12 }"
  std::string flow(const ProfileKey& key) const
  {
    std::vector<std::string> parts;
    for (const ProfileKey* child : load::keys_under(key.path)) {
      if (shown(*child)) {
        parts.push_back(fmt::format("{}: {}", load::key_name(child->path), value_of(*child)));
      }
    }
    return fmt::format("{{ {} }}", fmt::join(parts, ", "));
  }

  void key_lines(const ProfileKey& key, int depth, bool commented, bool dash)
  {
    const std::string name(load::key_name(key.path));
    const std::string above = depth == 0 ? block_note(key) : std::string();
    if (!above.empty()) {
      comment(above, 0, commented);
    }
    const std::string side_note = above.empty() ? note(key) : std::string();
    const std::string value = value_of(key);
    if (!value.empty()) {
      line(depth, commented, dash, fmt::format("{}: {}", name, value), side_note);
      return;
    }
    if (key.type == KeyType::map && key.flow) {
      line(depth, commented, dash, fmt::format("{}: {}", name, flow(key)), side_note);
      return;
    }
    line(depth, commented, dash, name + ":", side_note);
    if (key.type == KeyType::map) {
      for (const ProfileKey* child : load::keys_under(key.path)) {
        if (shown(*child)) {
          key_lines(*child, depth + 1, commented, false);
        }
      }
    } else if (key.type == KeyType::list) {
      item_lines(load::profile_key(std::string(key.path) + "[]"), depth + 1, commented);
    } else if (key.type == KeyType::id_map) {
      const ProfileKey& entry = load::profile_key(std::string(key.path) + ".*");
      std::string text = value_of(entry);
      text = text.empty() ? flow(entry) : text;
      line(depth + 1, commented, false, fmt::format("{}: {}", key.example_key, text), "");
    }
  }

  void item_lines(const ProfileKey& item, int depth, bool commented)
  {
    if (const std::string value = value_of(item); !value.empty() || item.flow) {
      line(depth, commented, true, value.empty() ? flow(item) : value, "");
      return;
    }
    bool first = true;
    for (const ProfileKey* child : load::keys_under(item.path)) {
      if (shown(*child)) {
        key_lines(*child, depth + 1, commented, first);
        first = false;
      }
    }
  }

  const model::Vocabulary& m_vocabulary;
  const SkeletonOptions& m_options;
  std::string m_out;
};

} // namespace

std::string profile_skeleton(const model::Vocabulary& vocabulary, const SkeletonOptions& options)
{
  return SkeletonWriter(vocabulary, options).write();
}

} // namespace ptplan::schema
