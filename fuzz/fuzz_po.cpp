// libFuzzer target: any bytes as a translation file (load/po_loader: the
// gettext .po reader, its escapes, plurals and header). Must never crash,
// hang or leak; a refusal names its line and says why, an accepted file
// reports nothing, and the same bytes read the same way twice.
#include "ptplan/load/po_loader.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

bool read(const std::string& text, ptplan::model::Messages& messages, ptplan::Diagnostics& diagnostics)
{
  messages.language = "es";
  return ptplan::load::read_po(ptplan::SourceFile{"lang/es/fuzz.po", text}, messages, diagnostics);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string text(reinterpret_cast<const char*>(data), size);
  ptplan::model::Messages messages;
  ptplan::Diagnostics diagnostics;
  const bool ok = read(text, messages, diagnostics);
  if (ok != diagnostics.empty()) {
    std::abort(); // an accepted file reports nothing; a refused one says why
  }
  for (const auto& item : diagnostics.items()) {
    if (item.message.empty() || item.where.file != "lang/es/fuzz.po" || item.where.line < 0 || item.where.column < 0) {
      std::abort();
    }
  }
  for (const auto& [key, entry] : messages.entries) {
    if (entry.forms.empty()) {
      std::abort(); // a translation has at least one text
    }
  }
  ptplan::model::Messages again;
  ptplan::Diagnostics again_diagnostics;
  if (read(text, again, again_diagnostics) != ok || again.entries.size() != messages.entries.size()) {
    std::abort();
  }
  return 0;
}
