#include "ptplan/render/pdf/html_tree.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <algorithm>
#include <climits>
#include <mutex>

namespace ptplan::render::pdf {

namespace {

std::string_view chars(const xmlChar* text)
{
  return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

std::string lower(std::string_view text)
{
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::vector<std::string> split_classes(std::string_view list)
{
  std::vector<std::string> classes;
  std::size_t start = 0;
  while (start < list.size()) {
    const std::size_t end = std::min(list.find_first_of(" \t\n\r\f", start), list.size());
    if (end > start) {
      classes.emplace_back(list.substr(start, end - start));
    }
    start = end + 1;
  }
  return classes;
}

bool dropped(std::string_view tag)
{
  return tag == "script" || tag == "style" || tag == "template" || tag == "noscript" || tag == "head";
}

void convert_children(const xmlNode* parent, HtmlNode& into);

HtmlNode convert_element(const xmlNode* node)
{
  HtmlNode element;
  element.tag = lower(chars(node->name));
  for (const xmlAttr* attribute = node->properties; attribute; attribute = attribute->next) {
    xmlChar* value = xmlNodeGetContent(reinterpret_cast<const xmlNode*>(attribute));
    std::string name = lower(chars(attribute->name));
    if (name == "class") {
      element.classes = split_classes(chars(value));
    } else {
      element.attributes.emplace_back(std::move(name), std::string(chars(value)));
    }
    xmlFree(value);
  }
  convert_children(node, element);
  return element;
}

void convert_children(const xmlNode* parent, HtmlNode& into)
{
  for (const xmlNode* child = parent->children; child; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      HtmlNode text;
      text.text = std::string(chars(child->content));
      into.children.push_back(std::move(text));
    } else if (child->type == XML_ELEMENT_NODE && !dropped(lower(chars(child->name)))) {
      into.children.push_back(convert_element(child));
    }
  }
}

const xmlNode* find_element(const xmlNode* node, std::string_view tag)
{
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) {
      continue;
    }
    if (lower(chars(node->name)) == tag) {
      return node;
    }
    if (const xmlNode* found = find_element(node->children, tag)) {
      return found;
    }
  }
  return nullptr;
}

std::string text_of(const xmlNode* node)
{
  xmlChar* content = xmlNodeGetContent(node);
  std::string text(chars(content));
  xmlFree(content);
  return text;
}

} // namespace

bool HtmlNode::has_class(std::string_view name) const
{
  return std::find(classes.begin(), classes.end(), name) != classes.end();
}

std::string_view HtmlNode::attribute(std::string_view name) const
{
  for (const auto& [key, value] : attributes) {
    if (key == name) {
      return value;
    }
  }
  return {};
}

HtmlDocument parse_html(std::string_view html)
{
  // libxml2 must be initialised once, before threads use it.
  static std::once_flag initialised;
  std::call_once(initialised, [] { xmlInitParser(); });

  HtmlDocument document;
  document.body.tag = "body";
  const int size = static_cast<int>(std::min<std::size_t>(html.size(), INT_MAX));
  htmlDocPtr tree = htmlReadMemory(
    html.data(), size, nullptr, "UTF-8", HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (!tree) {
    return document;
  }
  const xmlNode* root = xmlDocGetRootElement(tree);
  if (root) {
    xmlChar* language = xmlGetProp(root, reinterpret_cast<const xmlChar*>("lang"));
    document.language = std::string(chars(language));
    xmlFree(language);
    if (const xmlNode* title = find_element(root, "title")) {
      document.title = text_of(title);
    }
    if (const xmlNode* body = find_element(root, "body")) {
      document.body = convert_element(body);
    }
  }
  xmlFreeDoc(tree);
  return document;
}

} // namespace ptplan::render::pdf
