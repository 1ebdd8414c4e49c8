#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/core/source.hpp"

#include <string_view>

namespace ptplan {

// Finds the first byte of `text` (part of `source`, starting `line_offset`
// lines in) that is not valid UTF-8, or is a control character other than
// tab and CR; reports its line and column. UTF-16 is named as such.
bool check_encoding(const SourceFile& source, std::string_view text, int line_offset, Diagnostics& diagnostics);

} // namespace ptplan
