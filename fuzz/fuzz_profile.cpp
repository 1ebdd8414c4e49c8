// libFuzzer target: any bytes as a profile. Must never crash, hang or leak;
// either a profile or file:line:column errors.
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/profile_loader.hpp"

#include "builtin.hpp"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const auto& knowledge = fuzz::builtin_knowledge();
  ptplan::Diagnostics diagnostics;
  const ptplan::SourceFile source{"fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size)};
  const auto profile = ptplan::load::load_profile(source, knowledge.vocabulary, diagnostics);
  if (!profile && diagnostics.empty()) {
    std::abort(); // a rejection must say why
  }
  for (const auto& item : diagnostics.items()) {
    if (item.where.file != "fuzz.yaml" || item.message.empty()) {
      std::abort();
    }
  }
  return 0;
}
