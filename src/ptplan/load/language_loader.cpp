#include "ptplan/load/language_loader.hpp"

#include "ptplan/load/po_loader.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ptplan::load {

namespace {

constexpr std::string_view k_lang_folder = "lang/";

bool lower(char c)
{
  return c >= 'a' && c <= 'z';
}

} // namespace

bool is_language_code(std::string_view code)
{
  const std::size_t dash = code.find('-');
  const std::string_view base = code.substr(0, dash);
  if (base.size() < 2 || base.size() > 3 || !std::all_of(base.begin(), base.end(), lower)) {
    return false;
  }
  if (dash == std::string_view::npos) {
    return true;
  }
  const std::string_view region = code.substr(dash + 1);
  return region.size() == 2 && std::all_of(region.begin(), region.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_builtin_language(const model::Messages* messages)
{
  for (const auto& [code, builtin] : builtin_languages()) {
    if (builtin.get() == messages) {
      return true;
    }
  }
  return false;
}

bool read_languages(const KnowledgeFiles& files, model::Languages& into, Diagnostics& diagnostics)
{
  std::map<std::string, model::Messages, std::less<>> read;
  bool ok = true;
  for (const auto& [path, file] : files.files) {
    if (!path.starts_with(k_lang_folder) || !path.ends_with(".po")) {
      continue;
    }
    const std::string_view rest = std::string_view(path).substr(k_lang_folder.size());
    const std::size_t slash = rest.find('/');
    const std::string code(rest.substr(0, slash));
    if (slash == std::string_view::npos || rest.find('/', slash + 1) != std::string_view::npos) {
      diagnostics.error({file.name, 0, 0}, "a translation belongs in lang/<language code>/NAME.po");
      ok = false;
      continue;
    }
    if (!is_language_code(code)) {
      diagnostics.error({file.name, 0, 0},
        fmt::format("\"{}\" is not a language code; expected two or three lowercase letters (es, pt, pt-BR)", code));
      ok = false;
      continue;
    }
    if (code == "en") {
      diagnostics.error({file.name, 0, 0}, "English is the catalog's own text and takes no translation");
      ok = false;
      continue;
    }
    auto [at, inserted] = read.try_emplace(code);
    if (inserted) {
      if (const auto found = into.find(code); found != into.end()) {
        at->second = *found->second; // the languages below: added to
      }
      at->second.language = code;
    }
    model::Messages one;
    one.language = code;
    if (!read_po(file, one, diagnostics)) {
      ok = false;
      continue;
    }
    at->second.plural = one.plural;
    for (auto& [key, entry] : one.entries) {
      const auto [found, fresh] = at->second.entries.try_emplace(key, entry);
      if (fresh) {
        continue;
      }
      if (!found->second.where.file.starts_with(files.folder)) {
        found->second = std::move(entry); // a folder on top translates anew what is below it
        continue;
      }
      const std::size_t bar = key.find('\x04');
      diagnostics.error(entry.where, fmt::format("msgctxt \"{}\" msgid \"{}\" is translated twice in \"{}\"; the first is at {}",
                                       key.substr(0, bar), key.substr(bar + 1), code, format_location(found->second.where)));
      ok = false;
    }
  }
  if (!ok) {
    return false;
  }
  for (auto& [code, messages] : read) {
    into[code] = std::make_shared<const model::Messages>(std::move(messages));
  }
  return true;
}

const model::Languages& builtin_languages()
{
  static const model::Languages k_languages = [] {
    model::Languages languages;
    Diagnostics ignored; // checked at build time by ptplan_pack
    read_languages(builtin_knowledge_files(), languages, ignored);
    return languages;
  }();
  return k_languages;
}

} // namespace ptplan::load
