#include "ptplan/core/encoding.hpp"

#include <fmt/format.h>

namespace ptplan {

bool check_encoding(const SourceFile& source, std::string_view text, int line_offset, Diagnostics& diagnostics)
{
  if (text.size() >= 2
      && ((static_cast<unsigned char>(text[0]) == 0xFF && static_cast<unsigned char>(text[1]) == 0xFE)
          || (static_cast<unsigned char>(text[0]) == 0xFE && static_cast<unsigned char>(text[1]) == 0xFF))) {
    diagnostics.error({source.name, 1 + line_offset, 1}, "the file is UTF-16; save it as UTF-8");
    return false;
  }
  int line = 1;
  int column = 1;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = 1;
    if (byte == '\n') {
      ++line;
      column = 1;
      ++i;
      continue;
    }
    // C0 controls other than tab and CR, DEL, and C1 controls other than NEL.
    bool control = (byte < 0x20 && byte != '\t' && byte != '\r') || byte == 0x7F;
    unsigned code = byte;
    if (byte >= 0x80) {
      // The range of the second byte also rules out overlong forms, UTF-16
      // surrogates and code points past U+10FFFF.
      unsigned low = 0x80;
      unsigned high = 0xBF;
      if ((byte & 0xE0) == 0xC0 && byte >= 0xC2) {
        length = 2;
      } else if ((byte & 0xF0) == 0xE0) {
        length = 3;
        low = byte == 0xE0 ? 0xA0 : 0x80;
        high = byte == 0xED ? 0x9F : 0xBF;
      } else if ((byte & 0xF8) == 0xF0 && byte <= 0xF4) {
        length = 4;
        low = byte == 0xF0 ? 0x90 : 0x80;
        high = byte == 0xF4 ? 0x8F : 0xBF;
      } else {
        length = 0;
      }
      bool valid = length != 0 && i + length <= text.size();
      for (std::size_t k = 1; valid && k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        valid = k == 1 ? next >= low && next <= high : (next & 0xC0) == 0x80;
      }
      if (!valid) {
        diagnostics.error({source.name, line + line_offset, column}, "this byte is not valid UTF-8; save the file as UTF-8");
        return false;
      }
      const auto second = static_cast<unsigned char>(text[i + 1]);
      if (byte == 0xC2 && second < 0xA0 && second != 0x85) {
        control = true;
        code = second;
      }
    }
    if (control) {
      diagnostics.error(
        {source.name, line + line_offset, column}, fmt::format("control character 0x{:02X} is not allowed; expected text", code));
      return false;
    }
    i += length;
    ++column;
  }
  return true;
}

} // namespace ptplan
