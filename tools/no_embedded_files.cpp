// The pack tool runs before the built-in files exist: it has none.
#include "ptplan/resources/embedded.hpp"

namespace ptplan::resources {

const std::vector<EmbeddedFile>& embedded_files()
{
  static const std::vector<EmbeddedFile> k_none;
  return k_none;
}

} // namespace ptplan::resources
