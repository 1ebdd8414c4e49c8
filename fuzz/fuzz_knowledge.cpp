// libFuzzer target: a byte choosing what the rest is read as (a catalog
// file, a rules file, a vocabulary file, a phrase table, or an exercise's
// patient text for the movement-cue lint), then any bytes as that. Must
// never crash, hang or leak. One kind an input, not all of them: each
// loader parses the YAML again, and a file of one kind is noise to the
// others.
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
  if (size == 0) {
    return 0;
  }
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  ptplan::Diagnostics diagnostics;
  switch (data[0] % 5) {
  case 0: {
    std::vector<ptplan::model::Exercise> exercises;
    ptplan::load::load_exercises({"fuzz-exercise.yaml", text}, knowledge.vocabulary, exercises, diagnostics);
    ptplan::load::check_catalog_links(exercises, diagnostics);
    break;
  }
  case 1:
    ptplan::load::load_rules({"fuzz-rules.yaml", text}, knowledge.vocabulary, diagnostics);
    break;
  case 2:
    ptplan::load::load_vocabulary({"fuzz-vocabulary.yaml", text}, diagnostics);
    break;
  case 3:
    ptplan::load::load_movement_cues({"fuzz-cues.yaml", text}, knowledge.vocabulary, diagnostics);
    break;
  default:
    cues.find(text);
    break;
  }
  return 0;
}
