#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/core/source.hpp"
#include "ptplan/model/messages.hpp"

namespace ptplan::load {

// Reads one gettext .po file (msgctxt, msgid, msgid_plural, msgstr,
// msgstr[N], continued strings, C escapes, comments) into `messages`. Fuzzy
// entries (`#, fuzzy`) and obsolete ones (`#~`) are not translations and are
// left out, as msgfmt does. The header entry (msgid "") must say UTF-8; its
// Language, when given, must be `messages.language`; its Plural-Forms must
// be one ptplan knows (n != 1, n > 1, or one form). An entry given twice is
// an error. Errors name the file, line and column. Returns false on error.
bool read_po(const SourceFile& file, model::Messages& messages, Diagnostics& diagnostics);

} // namespace ptplan::load
