#include "ptplan/yaml/parse.hpp"

#include "ptplan/core/encoding.hpp"
#include "ptplan/yaml/fast_parse.hpp"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <map>
#include <sstream>

namespace ptplan::yaml {

namespace {

// Thrown by the event handler to stop yaml-cpp's parser at the first problem
// that makes the rest of the document meaningless (limits, duplicate keys).
struct Stop
{
  int line;
  int column;
  std::string message;
};

bool is_null_word(const std::string& value)
{
  return value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL";
}

// Characters, not bytes: the text has been checked to be UTF-8.
std::size_t characters(const std::string& value)
{
  std::size_t count = 0;
  for (const char c : value) {
    count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  }
  return count;
}

// The first control character in a scalar's value (after its escapes are
// read: "\e" is ESC), other than tab and line breaks, if any. C1 controls
// (U+0080-U+009F) are given as their code point.
std::optional<unsigned> first_control(const std::string& value)
{
  for (std::size_t i = 0; i < value.size(); ++i) {
    const auto byte = static_cast<unsigned char>(value[i]);
    if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F) {
      return byte;
    }
    if (byte == 0xC2 && i + 1 < value.size()) {
      const auto next = static_cast<unsigned char>(value[i + 1]);
      if (next >= 0x80 && next <= 0x9F) {
        return next;
      }
    }
  }
  return std::nullopt;
}

// Nodes and bytes of text (keys and values) in a subtree.
struct Extent
{
  std::size_t nodes = 0;
  std::size_t text_bytes = 0;
};

Extent extent_of(const Node& node)
{
  Extent extent{1, node.value.size()};
  for (const auto& item : node.items) {
    const Extent inner = extent_of(item);
    extent.nodes += inner.nodes;
    extent.text_bytes += inner.text_bytes;
  }
  for (const auto& [key, value] : node.entries) {
    const Extent inner = extent_of(value);
    extent.nodes += 1 + inner.nodes;
    extent.text_bytes += key.value.size() + inner.text_bytes;
  }
  return extent;
}

// Builds a Node tree from yaml-cpp's events, enforcing the limits as it goes
// so that a hostile document is stopped early rather than walked.
class TreeBuilder : public YAML::EventHandler
{
public:
  TreeBuilder(const Limits& limits, int line_offset, std::string_view text)
      : m_limits(limits), m_line_offset(line_offset), m_text(text)
  {}

  std::vector<Node> documents;
  bool stuck = false; // a document started where the one before it did
  const YAML::Mark& last_start() const { return m_last_start; }

  void OnDocumentStart(const YAML::Mark& mark) override
  {
    // yaml-cpp 0.7.0 reads a "," where a document starts as an empty
    // document and stays there, one empty document after another.
    stuck = !documents.empty() && mark.pos == m_last_start.pos;
    m_last_start = mark;
    m_stack.clear();
    m_root.reset();
    m_nodes = 0;
    m_text_bytes = 0;
  }

  void OnDocumentEnd() override { documents.push_back(m_root ? std::move(*m_root) : Node{}); }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
  {
    Node node = start(mark);
    node.kind = Kind::null;
    finish(std::move(node), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
  {
    const auto found = m_anchors.find(anchor);
    if (found == m_anchors.end()) {
      stop(mark, "this alias names an anchor that is not defined before it");
    }
    m_nodes += found->second.extent.nodes;
    if (m_nodes > m_limits.max_nodes) {
      stop(mark, fmt::format("aliases expand this document past {} nodes", m_limits.max_nodes));
    }
    m_text_bytes += found->second.extent.text_bytes;
    if (m_text_bytes > m_limits.max_text_bytes) {
      stop(mark, fmt::format("aliases expand this document past {} bytes of text", m_limits.max_text_bytes));
    }
    Node copy = found->second.node;
    copy.line = mark.line + 1 + m_line_offset;
    copy.column = mark.column + 1;
    attach(std::move(copy));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, const std::string& value) override
  {
    Node node = start(mark);
    check_tag(mark, tag);
    if (const std::size_t length = characters(value); length > m_limits.max_string) {
      stop(mark, fmt::format("this text is {} characters long; the limit is {}", length, m_limits.max_string));
    }
    node.quoted = tag == "!";
    if (node.quoted && !closed(mark)) {
      stop(mark, "this quoted text has no closing quote");
    }
    // The file's own bytes were checked (check_encoding); this is what an
    // escape such as "\e" or "\x9B" in double quotes made.
    if (const auto control = first_control(value)) {
      stop(mark, fmt::format("this text holds control character 0x{:02X} (written as an escape); control characters are not "
                             "allowed",
                   *control));
    }
    m_text_bytes += value.size();
    if (m_text_bytes > m_limits.max_text_bytes) {
      stop(mark, fmt::format("this document holds more than {} bytes of text", m_limits.max_text_bytes));
    }
    node.kind = (!node.quoted && is_null_word(value)) ? Kind::null : Kind::scalar;
    node.value = value;
    if (!node.quoted && node.kind == Kind::scalar) {
      node.hash_column = hash_column(mark, node);
    }
    finish(std::move(node), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
  {
    open(mark, tag, anchor, Kind::sequence);
  }

  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
  {
    open(mark, tag, anchor, Kind::map);
  }

  void OnMapEnd() override
  {
    if (m_stack.back().pending_key) {
      // yaml-cpp always pairs keys with values; this is defensive.
      m_stack.back().pending_key.reset();
    }
    close();
  }

private:
  struct Anchored
  {
    Node node;
    Extent extent; // counted once, charged at every alias
  };

  struct Open
  {
    Node node;
    YAML::anchor_t anchor;
    std::optional<Node> pending_key;
  };

  [[noreturn]] void stop(const YAML::Mark& mark, std::string message)
  {
    throw Stop{mark.line + 1 + m_line_offset, mark.column + 1, std::move(message)};
  }

  Node start(const YAML::Mark& mark)
  {
    if (++m_nodes > m_limits.max_nodes) {
      stop(mark, fmt::format("this document has more than {} nodes", m_limits.max_nodes));
    }
    Node node;
    node.line = mark.line + 1 + m_line_offset;
    node.column = mark.column + 1;
    return node;
  }

  // yaml-cpp accepts a quoted scalar that runs on to the end of the input;
  // the text tells whether the quote opened at `mark` is closed.
  bool closed(const YAML::Mark& mark) const
  {
    auto i = static_cast<std::size_t>(mark.pos);
    if (i < m_text.size() && m_text[i] == '&') { // an anchor comes first
      i = m_text.find_first_of(" \t\n", i);
      i = i == std::string_view::npos ? i : m_text.find_first_not_of(" \t\r\n", i);
    }
    if (i >= m_text.size() || (m_text[i] != '"' && m_text[i] != '\'')) {
      return true; // a block scalar
    }
    const char quote = m_text[i];
    for (++i; i < m_text.size(); ++i) {
      if (quote == '"' && m_text[i] == '\\') {
        ++i; // an escaped character
      } else if (m_text[i] == quote) {
        if (quote == '"' || i + 1 >= m_text.size() || m_text[i + 1] != '\'') {
          return true;
        }
        ++i; // '' is a quote inside single quotes
      }
    }
    return false;
  }

  // For a plain scalar written on one line where `mark` says, the column
  // of a "#x" comment after it (see attached_hash), else 0.
  int hash_column(const YAML::Mark& mark, const Node& node) const
  {
    auto i = static_cast<std::size_t>(mark.pos);
    if (i < m_text.size() && m_text[i] == '&') { // an anchor comes first
      i = m_text.find_first_of(" \t\n", i);
      i = i == std::string_view::npos ? i : m_text.find_first_not_of(" \t\r\n", i);
    }
    if (i > m_text.size() || m_text.substr(i, node.value.size()) != node.value) {
      return 0; // folded over lines: not a name typed on one line
    }
    const std::size_t hash = attached_hash(m_text, i + node.value.size());
    return hash == std::string_view::npos ? 0 : node.column + static_cast<int>(hash - static_cast<std::size_t>(mark.pos));
  }

  void check_tag(const YAML::Mark& mark, const std::string& tag)
  {
    if (!tag.empty() && tag != "?" && tag != "!") {
      stop(mark, fmt::format("YAML tags such as \"{}\" are not supported here", tag));
    }
  }

  void open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, Kind kind)
  {
    check_tag(mark, tag);
    if (m_stack.size() >= m_limits.max_depth) {
      stop(mark, fmt::format("lists and maps are nested more than {} levels deep", m_limits.max_depth));
    }
    Node node = start(mark);
    node.kind = kind;
    m_stack.push_back({std::move(node), anchor, std::nullopt});
  }

  void close()
  {
    Open done = std::move(m_stack.back());
    m_stack.pop_back();
    finish(std::move(done.node), done.anchor);
  }

  void finish(Node node, YAML::anchor_t anchor)
  {
    if (anchor != 0) {
      const Extent extent = extent_of(node);
      m_anchors[anchor] = Anchored{node, extent};
    }
    attach(std::move(node));
  }

  void attach(Node node)
  {
    if (m_stack.empty()) {
      m_root = std::move(node);
      return;
    }
    Open& parent = m_stack.back();
    const std::size_t count = parent.node.kind == Kind::sequence ? parent.node.items.size() : parent.node.entries.size();
    if (count >= m_limits.max_items) {
      throw Stop{node.line, node.column,
        fmt::format("this {} has more than {} entries", parent.node.kind == Kind::sequence ? "list" : "map", m_limits.max_items)};
    }
    if (parent.node.kind == Kind::sequence) {
      parent.node.items.push_back(std::move(node));
      return;
    }
    if (!parent.pending_key) {
      if (node.kind != Kind::scalar) {
        throw Stop{node.line, node.column, fmt::format("a key must be a plain word, not {}", describe(node))};
      }
      for (const auto& [key, value] : parent.node.entries) {
        if (key.value == node.value) {
          throw Stop{node.line, node.column, fmt::format("duplicate key \"{}\" (first given at line {})", node.value, key.line)};
        }
      }
      parent.pending_key = std::move(node);
      return;
    }
    if (node.is_null() && node.line > parent.pending_key->line) {
      // yaml-cpp places an empty value ("key:" with nothing after it) at the
      // next token, on a later line; report it at its key instead.
      node.line = parent.pending_key->line;
      node.column = parent.pending_key->column;
    }
    parent.node.entries.push_back(MapEntry{std::move(*parent.pending_key), std::move(node)});
    parent.pending_key.reset();
  }

  const Limits& m_limits;
  int m_line_offset;
  std::string_view m_text;
  std::vector<Open> m_stack;
  std::optional<Node> m_root;
  std::map<YAML::anchor_t, Anchored> m_anchors;
  std::size_t m_nodes = 0;
  std::size_t m_text_bytes = 0;
  YAML::Mark m_last_start;
};

std::string plain_parser_message(std::string message)
{
  if (!message.empty()) {
    message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  }
  return "YAML syntax: " + message;
}

std::vector<Node> parse_all(
  const SourceFile& source, Diagnostics& diagnostics, const Limits& limits, int line_offset, bool quick = true)
{
  std::string_view text = source.text;
  if (text.size() > limits.max_bytes) {
    diagnostics.error({source.name, 1 + line_offset, 1},
      fmt::format("the input is {} bytes; the limit is {} bytes", text.size(), limits.max_bytes));
    return {};
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    text.remove_prefix(3);
  }
  if (!check_encoding(source, text, line_offset, diagnostics)) {
    return {};
  }
  // The quick reading counts no text: it holds at most the file's bytes,
  // and it is left to yaml-cpp when the limit is lower than that.
  quick = quick && text.size() <= limits.max_text_bytes;
  if (auto plain = quick ? parse_plain_document(text, line_offset, limits) : std::nullopt) { // the common case, quicker
    std::vector<Node> documents;
    documents.push_back(std::move(*plain));
    return documents;
  }
  std::istringstream in{std::string(text)};
  TreeBuilder builder(limits, line_offset, text);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
      if (builder.stuck) {
        const YAML::Mark& at = builder.last_start();
        const char c = static_cast<std::size_t>(at.pos) < text.size() ? text[static_cast<std::size_t>(at.pos)] : ' ';
        diagnostics.error({source.name, at.line + 1 + line_offset, at.column + 1},
          c == ',' ? "YAML syntax: a \",\" where a value should start (a comma is written inside [ ] or { }, or in quotes)"
                   : "YAML syntax: the parser cannot read on from here");
        return {};
      }
      if (builder.documents.size() > limits.max_documents) {
        diagnostics.error(
          {source.name, 1 + line_offset, 1}, fmt::format("the input holds more than {} documents", limits.max_documents));
        return {};
      }
    }
  } catch (const Stop& stop) {
    diagnostics.error({source.name, stop.line, stop.column}, stop.message);
    return {};
  } catch (const YAML::Exception& e) {
    diagnostics.error({source.name, e.mark.line + 1 + line_offset, e.mark.column + 1}, plain_parser_message(e.msg));
    return {};
  } catch (const std::exception&) {
    diagnostics.error({source.name, 1 + line_offset, 1}, "the YAML could not be read");
    return {};
  }
  return std::move(builder.documents);
}

std::optional<Node> parse_one(
  const SourceFile& source, Diagnostics& diagnostics, const Limits& limits, int line_offset, bool quick = true)
{
  std::vector<Node> documents = parse_all(source, diagnostics, limits, line_offset, quick);
  if (!diagnostics.empty() && documents.empty()) {
    return std::nullopt;
  }
  if (documents.empty()) {
    diagnostics.error({source.name, 1 + line_offset, 1}, "the input is empty; expected a YAML map");
    return std::nullopt;
  }
  if (documents.size() > 1) {
    diagnostics.error(
      {source.name, documents[1].line, documents[1].column}, "expected one YAML document, found another one here");
    return std::nullopt;
  }
  return std::move(documents.front());
}

} // namespace

std::optional<Node> parse_document(const SourceFile& source, Diagnostics& diagnostics, const Limits& limits)
{
  Diagnostics local;
  auto result = parse_one(source, local, limits, 0);
  diagnostics.append(local);
  return local.empty() ? std::move(result) : std::nullopt;
}

std::optional<Node> parse_document_with_yaml_cpp(const SourceFile& source, Diagnostics& diagnostics, const Limits& limits)
{
  Diagnostics local;
  auto result = parse_one(source, local, limits, 0, false);
  diagnostics.append(local);
  return local.empty() ? std::move(result) : std::nullopt;
}

struct DocumentStream::Impl
{
  std::istream& in;
  std::string name;
  Limits limits;
  int line = 0; // lines read so far
  bool done = false;
  std::optional<std::string> carry; // a "---" line that opens the next document
};

DocumentStream::DocumentStream(std::istream& in, std::string name, Limits limits)
    : m_impl(std::make_unique<Impl>(Impl{in, std::move(name), limits, 0, false, std::nullopt}))
{}

DocumentStream::~DocumentStream() = default;

namespace {

bool is_marker(const std::string& line, std::string_view marker)
{
  return line.compare(0, 3, marker) == 0 && (line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r');
}

// True when the line holds YAML content; a "---" line may carry some after
// the marker ("--- {a: 1}").
bool has_content(const std::string& line)
{
  const std::size_t from = is_marker(line, "---") ? 3 : 0;
  const auto first = line.find_first_not_of(" \t\r", from);
  return first != std::string::npos && line[first] != '#' && line[0] != '%';
}

} // namespace

bool DocumentStream::next(std::optional<Node>& document, Diagnostics& diagnostics)
{
  // Documents are split at "---" and "..." lines (YAML forbids these at the
  // start of a line inside content), so each is parsed alone and no document
  // can make the parser hold more than the size limit.
  Impl& s = *m_impl;
  document.reset();
  while (!s.done) {
    std::string chunk;
    int start_line = s.line;
    bool content = false;
    bool opened = false; // the chunk holds a "---" line
    if (s.carry) {
      chunk = *s.carry + "\n";
      content = has_content(*s.carry);
      opened = true;
      start_line = s.line - 1;
      s.carry.reset();
    }
    bool too_big = false;
    std::size_t bytes = chunk.size(); // the whole document's, when too big
    bool ended = false;
    std::string line;
    while (std::getline(s.in, line)) {
      ++s.line;
      if (is_marker(line, "---")) {
        if (content) {
          s.carry = line;
          ended = true;
          break;
        }
        if (opened) {
          // Only comments since the last "---": an empty document, skipped.
          chunk.clear();
          too_big = false;
          bytes = 0;
          start_line = s.line - 1;
        }
        opened = true;
      }
      if (is_marker(line, "...")) {
        ended = true;
        break;
      }
      bytes += line.size() + 1;
      if (too_big || chunk.size() + line.size() + 1 > s.limits.max_bytes) {
        too_big = true;
        chunk.clear(); // the rest is only counted
      } else {
        chunk += line;
        chunk += '\n';
      }
      content = content || has_content(line);
    }
    if (!ended) {
      s.done = true;
    }
    if (!content && (s.done || !ended)) {
      return false; // only comments or blank lines left
    }
    if (!content && !s.carry) {
      continue; // "..." or a bare marker with nothing in between
    }
    ++m_index;
    const Location where{s.name, start_line + 1, 1};
    if (m_index > s.limits.max_documents) {
      diagnostics.error(where, fmt::format("the stream holds more than {} documents", s.limits.max_documents));
      s.done = true;
      return false;
    }
    if (too_big) {
      diagnostics.error(where, fmt::format("the input is {} bytes; the limit is {} bytes", bytes, s.limits.max_bytes));
      return true;
    }
    Diagnostics local;
    auto parsed = parse_one(SourceFile{s.name, std::move(chunk)}, local, s.limits, start_line);
    diagnostics.append(local);
    if (local.empty()) {
      document = std::move(parsed);
    }
    return true;
  }
  return false;
}

} // namespace ptplan::yaml
