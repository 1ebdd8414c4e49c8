#include "ptplan/i18n/template_text.hpp"

namespace ptplan::i18n {

namespace {

constexpr std::string_view k_open = "{{#t}}";
constexpr std::string_view k_close = "{{/t}}";

template <typename Each>
void each_phrase(std::string_view source, Each&& each)
{
  std::size_t at = 0;
  while (true) {
    const std::size_t open = source.find(k_open, at);
    if (open == std::string_view::npos) {
      each(at, source.size(), std::string_view(), false);
      return;
    }
    const std::size_t start = open + k_open.size();
    const std::size_t close = source.find(k_close, start);
    if (close == std::string_view::npos) { // left as written: parsing the template reports it
      each(at, source.size(), std::string_view(), false);
      return;
    }
    each(at, open, source.substr(start, close - start), true);
    at = close + k_close.size();
  }
}

} // namespace

std::vector<TemplatePhrase> template_phrases(std::string_view source)
{
  std::vector<TemplatePhrase> out;
  int line = 1;
  std::size_t line_start = 0;
  std::size_t counted = 0;
  each_phrase(source, [&](std::size_t, std::size_t open, std::string_view english, bool marked) {
    if (!marked) {
      return;
    }
    for (; counted < open; ++counted) {
      if (source[counted] == '\n') {
        ++line;
        line_start = counted + 1;
      }
    }
    out.push_back({std::string(english), line, static_cast<int>(open - line_start) + 1});
  });
  return out;
}

std::string localize_template(std::string_view source, const Text& text)
{
  std::string out;
  out.reserve(source.size() + source.size() / 8);
  each_phrase(source, [&](std::size_t from, std::size_t open, std::string_view english, bool marked) {
    out.append(source.substr(from, open - from));
    if (!marked) {
      return;
    }
    const model::Messages* messages = text.messages();
    const std::string* translated = messages ? messages->translation(k_template_context, english) : nullptr;
    out.append(translated ? std::string_view(*translated) : english);
  });
  return out;
}

} // namespace ptplan::i18n
