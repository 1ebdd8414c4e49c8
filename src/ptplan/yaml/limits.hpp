#pragma once

#include <cstddef>

namespace ptplan::yaml {

// Bounds on what one input may hold. Each one has its own error message;
// README "Limits and safety" documents the defaults.
struct Limits
{
  std::size_t max_bytes = 1024 * 1024; // one file or one stream document
  std::size_t max_depth = 32;          // nesting of maps and lists
  std::size_t max_documents = 100000;  // documents in one stream
  std::size_t max_string = 4096;       // characters in one scalar
  std::size_t max_items = 1000;        // entries in one list or map
  std::size_t max_nodes = 50000;       // nodes in one document, aliases expanded
  // Bytes of text (keys and values) in one document, aliases expanded: a
  // few short anchors aliased many times stay under max_nodes and can still
  // fill memory. Without aliases a document holds less text than its file.
  std::size_t max_text_bytes = 2 * 1024 * 1024;
};

// Limits for catalog and rule files, which are larger than profiles.
Limits catalog_limits();

} // namespace ptplan::yaml
