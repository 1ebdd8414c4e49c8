#pragma once

#include "ptplan/yaml/limits.hpp"
#include "ptplan/yaml/node.hpp"

#include <optional>
#include <string_view>

namespace ptplan::yaml {

// A quicker reading of the plain documents that nearly every profile is, with
// libyaml, whose scanner is several times cheaper than yaml-cpp's. It gives
// the same Node tree as the yaml-cpp reading (values, quoting, positions),
// but only for a document that is one map of maps, lists and single-line
// scalars (plain without "?" and not starting with "-" or ":", or quoted without
// escapes), without explicit "?" keys, anchors, aliases,
// tags, directives, empty values or duplicate keys, within every limit, and
// without line breaks other than LF and CRLF. Anything else, and any error,
// gives an empty result, and the caller reads the text with yaml-cpp, which
// words every message. `text` is UTF-8 without a byte order mark.
std::optional<Node> parse_plain_document(std::string_view text, int line_offset, const Limits& limits);

} // namespace ptplan::yaml
