#include "ptplan/load/image_check.hpp"

#include "ptplan/load/svg_style.hpp"

#include <expat.h>
#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <memory>

namespace ptplan::load {

namespace {

constexpr std::string_view k_svg_namespace = "http://www.w3.org/2000/svg";
constexpr std::string_view k_xlink_namespace = "http://www.w3.org/1999/xlink";
constexpr std::string_view k_xml_namespace = "http://www.w3.org/XML/1998/namespace";
// Expat joins a name's namespace, local part and prefix with this; no URI
// or XML name can hold it.
constexpr char k_separator = '\x01';
constexpr std::size_t k_max_depth = 64;

bool ends_with(std::string_view text, std::string_view suffix)
{
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool equals_lower(std::string_view text, std::string_view lower)
{
  return text.size() == lower.size() && std::equal(text.begin(), text.end(), lower.begin(), [](char a, char b) {
    return (a >= 'A' && a <= 'Z' ? static_cast<char>(a | 0x20) : a) == b;
  });
}

// An element or attribute name as expat gives it with namespaces on:
// "URI\1local\1prefix", "URI\1local", or "local" (no namespace).
struct Name
{
  std::string_view space;
  std::string_view local;
  std::string_view prefix;

  explicit Name(std::string_view raw)
  {
    const std::size_t first = raw.find(k_separator);
    if (first == std::string_view::npos) {
      local = raw;
      return;
    }
    space = raw.substr(0, first);
    const std::size_t second = raw.find(k_separator, first + 1);
    local = raw.substr(first + 1, second == std::string_view::npos ? std::string_view::npos : second - first - 1);
    prefix = second == std::string_view::npos ? std::string_view() : raw.substr(second + 1);
  }

  // As written in the file: "h:script".
  std::string written() const { return prefix.empty() ? std::string(local) : fmt::format("{}:{}", prefix, local); }
};

// Plain drawing: shapes, text, grouping, reuse of what the file defines,
// gradients, clipping and markers. No scripts, links, animation, filters,
// images or embedded documents.
bool is_allowed_element(std::string_view local)
{
  static constexpr std::string_view k_elements[] = {"svg", "g", "defs", "title", "desc", "path", "rect", "circle", "ellipse",
    "line", "polyline", "polygon", "text", "tspan", "textPath", "marker", "use", "symbol", "linearGradient", "radialGradient",
    "stop", "clipPath", "mask", "pattern", "style"};
  return std::find(std::begin(k_elements), std::end(k_elements), local) != std::end(k_elements);
}

// Why a well-known element is refused, for the message; empty for others.
std::string_view refused_element(std::string_view local)
{
  if (equals_lower(local, "script")) {
    return "a script";
  }
  if (equals_lower(local, "foreignobject")) {
    return "a foreignObject (HTML inside the drawing)";
  }
  if (equals_lower(local, "iframe") || equals_lower(local, "object") || equals_lower(local, "embed")) {
    return "an embedded document";
  }
  if (equals_lower(local, "image") || equals_lower(local, "feimage")) {
    return "an <image> element (draw with lines and shapes instead)";
  }
  if (equals_lower(local, "a")) {
    return "a link (<a>)";
  }
  static constexpr std::string_view k_animation[] = {
    "animate", "set", "animatetransform", "animatemotion", "animatecolor", "discard"};
  for (const auto name : k_animation) {
    if (equals_lower(local, name)) {
      return "an animation element (SMIL), which can change links and attributes";
    }
  }
  return {};
}

// Attributes without a namespace that a plain drawing uses.
bool is_allowed_attribute(std::string_view name)
{
  static constexpr std::string_view k_attributes[] = {"id", "class", "style", "lang", "role", "aria-label", "aria-hidden",
    "aria-labelledby", "aria-describedby", "version", "baseProfile", "viewBox", "preserveAspectRatio", "x", "y", "x1", "y1", "x2",
    "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "width", "height", "d", "points", "pathLength", "transform", "dx", "dy",
    "rotate", "textLength", "lengthAdjust", "startOffset", "method", "spacing", "side", "href", "fill", "fill-opacity",
    "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
    "stroke-dashoffset", "stroke-opacity", "opacity", "color", "display", "visibility", "overflow", "clip-path", "clip-rule",
    "mask", "marker-start", "marker-mid", "marker-end", "paint-order", "vector-effect", "shape-rendering", "text-rendering",
    "color-interpolation", "font-family", "font-size", "font-weight", "font-style", "font-variant", "font-stretch", "text-anchor",
    "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing", "text-decoration",
    "writing-mode", "direction", "unicode-bidi", "stop-color", "stop-opacity", "offset", "gradientUnits", "gradientTransform",
    "spreadMethod", "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient", "clipPathUnits", "maskUnits",
    "maskContentUnits", "patternUnits", "patternContentUnits", "patternTransform", "type", "media", "focusable"};
  return std::find(std::begin(k_attributes), std::end(k_attributes), name) != std::end(k_attributes);
}

// Attributes whose value a browser reads as CSS.
bool is_css_attribute(std::string_view name)
{
  static constexpr std::string_view k_plain[] = {
    "id", "class", "lang", "role", "version", "baseProfile", "d", "points", "href", "type", "media"};
  return std::find(std::begin(k_plain), std::end(k_plain), name) == std::end(k_plain) && name.substr(0, 5) != "aria-";
}

// A link target inside the file: "#id", spaces around it allowed (a URL
// parser trims them).
bool is_local_reference(std::string_view value)
{
  const std::size_t first = value.find_first_not_of(" \t\n\r\f");
  return first != std::string_view::npos && value[first] == '#';
}

// Whether `value` holds "javascript:" with any case, spaces or control
// characters inside it (a URL parser drops tabs and line breaks).
bool mentions_javascript(std::string_view value)
{
  constexpr std::string_view k_word = "javascript:";
  std::size_t matched = 0;
  for (const char c : value) {
    if (c == '\t' || c == '\n' || c == '\r') {
      continue;
    }
    const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    matched = lower == k_word[matched] ? matched + 1 : (lower == k_word[0] ? 1 : 0);
    if (matched == k_word.size()) {
      return true;
    }
  }
  return false;
}

class SvgChecker
{
public:
  explicit SvgChecker(std::string_view text) : m_text(text) {}

  std::optional<ImageProblem> run()
  {
    if (m_text.substr(0, 2) == "\xFE\xFF" || m_text.substr(0, 2) == "\xFF\xFE") {
      return ImageProblem{1, 1, "the drawing is UTF-16; save it as UTF-8"};
    }
    const std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(
      XML_ParserCreateNS("UTF-8", k_separator), &XML_ParserFree);
    if (!parser) {
      return ImageProblem{0, 0, "the drawing could not be read (out of memory)"};
    }
    m_parser = parser.get();
    XML_SetUserData(m_parser, this);
    XML_SetReturnNSTriplet(m_parser, 1);
    // No DTD means no entities: nothing to expand, nothing to fetch.
    XML_SetParamEntityParsing(m_parser, XML_PARAM_ENTITY_PARSING_NEVER);
    XML_SetXmlDeclHandler(m_parser, &SvgChecker::on_xml_declaration);
    XML_SetStartDoctypeDeclHandler(m_parser, &SvgChecker::on_doctype);
    XML_SetEntityDeclHandler(m_parser, &SvgChecker::on_entity);
    XML_SetProcessingInstructionHandler(m_parser, &SvgChecker::on_instruction);
    XML_SetElementHandler(m_parser, &SvgChecker::on_start, &SvgChecker::on_end);
    XML_SetCharacterDataHandler(m_parser, &SvgChecker::on_text);
    XML_SetExternalEntityRefHandler(m_parser, &SvgChecker::on_external_entity);
    const auto length = static_cast<int>(m_text.size()); // at most k_max_image_bytes
    const XML_Status status = XML_Parse(m_parser, m_text.data(), length, XML_TRUE);
    if (m_problem) {
      return m_problem;
    }
    if (status != XML_STATUS_OK) {
      return ImageProblem{
        line(), column(), fmt::format("the drawing is not well-formed XML: {}", XML_ErrorString(XML_GetErrorCode(m_parser)))};
    }
    if (!m_root_seen) {
      return ImageProblem{1, 1, "an SVG drawing must have an <svg> element"};
    }
    return std::nullopt;
  }

private:
  static SvgChecker& self(void* data) { return *static_cast<SvgChecker*>(data); }

  int line() const { return static_cast<int>(XML_GetCurrentLineNumber(m_parser)); }
  int column() const { return static_cast<int>(XML_GetCurrentColumnNumber(m_parser)) + 1; }

  void refuse(std::string message) { refuse_at(line(), column(), std::move(message)); }

  void refuse_at(int at_line, int at_column, std::string message)
  {
    if (!m_problem) {
      m_problem = ImageProblem{at_line, at_column, std::move(message)};
    }
    XML_StopParser(m_parser, XML_FALSE);
  }

  void refuse_holding(std::string_view what)
  {
    refuse(fmt::format("the drawing holds {}; drawings may only hold lines and shapes", what));
  }

  static void on_xml_declaration(void* data, const XML_Char*, const XML_Char* encoding, int)
  {
    if (encoding != nullptr && !equals_lower(encoding, "utf-8")) {
      self(data).refuse(fmt::format("the drawing declares the encoding \"{}\"; save it as UTF-8", encoding));
    }
  }

  static void on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int)
  {
    self(data).refuse_holding("a DOCTYPE");
  }

  static void on_entity(
    void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*, const XML_Char*, const XML_Char*, const XML_Char*)
  {
    self(data).refuse_holding("an entity declaration");
  }

  static void on_instruction(void* data, const XML_Char* target, const XML_Char*)
  {
    self(data).refuse_holding(fmt::format("a processing instruction (<?{} ...?>)", target));
  }

  static int on_external_entity(XML_Parser, const XML_Char*, const XML_Char*, const XML_Char*, const XML_Char*)
  {
    return XML_STATUS_ERROR; // never fetch anything
  }

  static void on_start(void* data, const XML_Char* raw_name, const XML_Char** attributes)
  {
    self(data).start(Name(raw_name), attributes);
  }

  static void on_end(void* data, const XML_Char*)
  {
    SvgChecker& checker = self(data);
    --checker.m_depth;
    if (checker.m_in_style) {
      checker.check_style_text();
      checker.m_in_style = false;
    }
  }

  static void on_text(void* data, const XML_Char* text, int length)
  {
    SvgChecker& checker = self(data);
    if (checker.m_in_style) {
      if (checker.m_style.empty()) {
        checker.m_style_line = checker.line();
        checker.m_style_column = checker.column();
      }
      checker.m_style.append(text, static_cast<std::size_t>(length));
    }
  }

  void start(const Name& name, const XML_Char** attributes)
  {
    if (++m_depth > k_max_depth) {
      refuse(fmt::format("the drawing's elements are nested more than {} deep", k_max_depth));
      return;
    }
    if (m_in_style) {
      refuse("the drawing's <style> holds an element; it may only hold CSS");
      return;
    }
    if (!m_root_seen) {
      m_root_seen = true;
      if (name.local != "svg" || name.space != k_svg_namespace) {
        refuse(fmt::format("an SVG drawing must start with an <svg> element in the SVG namespace (xmlns=\"{}\"); found <{}>",
          k_svg_namespace, name.written()));
        return;
      }
    }
    if (const auto why = refused_element(name.local); !why.empty()) {
      refuse_holding(name.space == k_svg_namespace ? std::string(why) : fmt::format("{} (<{}>)", why, name.written()));
      return;
    }
    if (name.space != k_svg_namespace) {
      refuse_holding(fmt::format("the element <{}>, which is not SVG{}", name.written(),
        name.space.empty() ? " (add xmlns=\"http://www.w3.org/2000/svg\" to the <svg> element)"
                           : fmt::format(" (its namespace is \"{}\")", name.space)));
      return;
    }
    if (!is_allowed_element(name.local)) {
      refuse_holding(fmt::format("the element <{}>, which drawings may not use", name.written()));
      return;
    }
    for (std::size_t i = 0; attributes[i] != nullptr; i += 2) {
      if (!check_attribute(Name(attributes[i]), attributes[i + 1])) {
        return;
      }
    }
    if (name.local == "style") {
      m_in_style = true;
      m_style.clear();
    }
  }

  // False (and the problem recorded) when the attribute is refused.
  bool check_attribute(const Name& name, std::string_view value)
  {
    if (name.local.size() > 2 && equals_lower(name.local.substr(0, 2), "on")) {
      refuse("the drawing has an event attribute (onload=, onclick=, ...), which could run a script");
      return false;
    }
    const bool href = (name.space.empty() && name.local == "href") || (name.space == k_xlink_namespace && name.local == "href");
    if (href) {
      if (!is_local_reference(value)) {
        refuse("the drawing refers to something outside itself; links and url() may only point to \"#id\" inside the file");
        return false;
      }
      return true;
    }
    if (name.space == k_xml_namespace && (name.local == "space" || name.local == "lang")) {
      return true;
    }
    if (!name.space.empty() || !is_allowed_attribute(name.local)) {
      refuse(fmt::format("the drawing has the attribute {}=, which drawings may not use", name.written()));
      return false;
    }
    if (mentions_javascript(value)) {
      refuse("the drawing holds a javascript: link");
      return false;
    }
    if (name.local == "type" && !value.empty() && value != "text/css") {
      refuse(fmt::format("the drawing has type=\"{}\"; only text/css style sheets are allowed", value));
      return false;
    }
    if (is_css_attribute(name.local)) {
      if (const auto problem = check_svg_style(value)) {
        refuse(fmt::format("{} (in {}=)", problem->message, name.written()));
        return false;
      }
    }
    return true;
  }

  void check_style_text()
  {
    if (mentions_javascript(m_style)) {
      refuse_at(m_style_line, m_style_column, "the drawing holds a javascript: link");
      return;
    }
    if (const auto problem = check_svg_style(m_style)) {
      // The line and column of the problem inside the style text.
      int at_line = m_style_line;
      int at_column = m_style_column;
      for (std::size_t i = 0; i < problem->offset && i < m_style.size(); ++i) {
        if (m_style[i] == '\n') {
          ++at_line;
          at_column = 1;
        } else if ((static_cast<unsigned char>(m_style[i]) & 0xC0) != 0x80) {
          ++at_column;
        }
      }
      refuse_at(at_line, at_column, problem->message);
    }
  }

  std::string_view m_text;
  XML_Parser m_parser = nullptr;
  std::optional<ImageProblem> m_problem;
  std::size_t m_depth = 0;
  bool m_root_seen = false;
  bool m_in_style = false;
  std::string m_style;
  int m_style_line = 0;
  int m_style_column = 0;
};

bool is_name_character(char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

} // namespace

bool is_image_path(std::string_view path)
{
  constexpr std::string_view k_folder = "images/";
  if (path.substr(0, k_folder.size()) != k_folder || !(ends_with(path, ".svg") || ends_with(path, ".png"))) {
    return false;
  }
  const std::string_view name = path.substr(k_folder.size(), path.size() - k_folder.size() - 4);
  return !name.empty() && std::all_of(name.begin(), name.end(), is_name_character);
}

std::optional<ImageProblem> check_svg(std::string_view text)
{
  if (text.size() > k_max_image_bytes) {
    return ImageProblem{0, 0, fmt::format("the image is {} bytes; the limit is {} bytes", text.size(), k_max_image_bytes)};
  }
  return SvgChecker(text).run();
}

std::optional<ImageProblem> check_image(std::string_view path, std::string_view bytes)
{
  if (bytes.size() > k_max_image_bytes) {
    return ImageProblem{0, 0, fmt::format("the image is {} bytes; the limit is {} bytes", bytes.size(), k_max_image_bytes)};
  }
  if (ends_with(path, ".png")) {
    constexpr std::string_view k_signature("\x89PNG\r\n\x1a\n", 8);
    if (bytes.substr(0, k_signature.size()) != k_signature) {
      return ImageProblem{0, 0, "this is not a PNG file (it does not start with the PNG signature)"};
    }
    return std::nullopt;
  }
  if (ends_with(path, ".svg")) {
    return check_svg(bytes);
  }
  return ImageProblem{0, 0, "expected an .svg or .png drawing"};
}

} // namespace ptplan::load
