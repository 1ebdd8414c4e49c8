#pragma once

#include <string>
#include <string_view>

namespace ptplan {

// `text` safe to print on a terminal: control characters (C0, DEL, C1),
// bidi and line-separator format characters and bytes that are not UTF-8
// are written out as escapes ("\e", "\x07", "\u202E"), so no input can
// move the cursor, set a window title or reorder what is shown. Everything
// else, Unicode text included, is kept.
std::string printable(std::string_view text);

// printable for text of many lines (explain, catalog show): line breaks
// and tabs are kept, everything else is escaped as printable does.
std::string printable_text(std::string_view text);

} // namespace ptplan
