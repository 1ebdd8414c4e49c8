#include "ptplan/yaml/limits.hpp"

namespace ptplan::yaml {

Limits catalog_limits()
{
  Limits limits;
  limits.max_bytes = 4 * 1024 * 1024;
  limits.max_items = 20000;
  limits.max_nodes = 1000000;
  return limits;
}

} // namespace ptplan::yaml
