// libFuzzer target: any bytes as a catalog file, a rules file, a vocabulary
// file, a phrase table and an exercise's patient text. Must never crash,
// hang or leak.
#include "ptplan/lint/tag_lint.hpp"
#include "ptplan/load/catalog_loader.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/movement_cues_loader.hpp"
#include "ptplan/load/rules_loader.hpp"
#include "ptplan/load/vocabulary_loader.hpp"

#include "builtin.hpp"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const auto& knowledge = fuzz::builtin_knowledge();
  static const ptplan::lint::CueMatcher cues(knowledge.cues); // the phrase table made ready once, as check does
  const std::string text(reinterpret_cast<const char*>(data), size);
  ptplan::Diagnostics diagnostics;
  std::vector<ptplan::model::Exercise> exercises;
  ptplan::load::load_exercises({"fuzz-exercise.yaml", text}, knowledge.vocabulary, exercises, diagnostics);
  ptplan::load::check_catalog_links(exercises, diagnostics);
  ptplan::load::load_rules({"fuzz-rules.yaml", text}, knowledge.vocabulary, diagnostics);
  ptplan::load::load_vocabulary({"fuzz-vocabulary.yaml", text}, diagnostics);
  ptplan::load::load_movement_cues({"fuzz-cues.yaml", text}, knowledge.vocabulary, diagnostics);
  cues.find(text);
  return 0;
}
