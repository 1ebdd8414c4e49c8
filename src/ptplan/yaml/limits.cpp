#include "ptplan/yaml/limits.hpp"

namespace ptplan::yaml {

Limits catalog_limits()
{
  Limits limits;
  limits.max_bytes = 4 * 1024 * 1024;
  limits.max_items = 20000;
  // A catalog of a thousand exercises in one file is about 75,000 nodes and
  // 1.5 MB; a node costs about 100 bytes of memory before its text.
  limits.max_nodes = 200000;
  limits.max_text_bytes = 8 * 1024 * 1024;
  return limits;
}

} // namespace ptplan::yaml
