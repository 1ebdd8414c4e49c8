// Build step: validates exercises/ and packs it (model/pack.hpp) so that the
// ptplan binary starts without parsing YAML. Usage: ptplan_pack DIR OUTPUT.
// Any error in the knowledge base fails the build, with file:line:column.
#include "ptplan/core/write_file.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/language_loader.hpp"
#include "ptplan/model/pack.hpp"

#include <fmt/format.h>

#include <cstdio>

int main(int argc, char** argv)
{
  if (argc != 3) {
    fmt::print(stderr, "usage: ptplan_pack EXERCISES_DIR OUTPUT\n");
    return 2;
  }
  ptplan::Diagnostics diagnostics;
  auto files = ptplan::load::read_knowledge_folder(argv[1], diagnostics);
  for (auto& [relative, source] : files.files) {
    source.name = fmt::format("<built-in>/exercises/{}", relative); // the names users see
  }
  auto knowledge = diagnostics.empty() ? ptplan::load::load_knowledge(files, diagnostics) : std::nullopt;
  // The translations are read at run time (load/language_loader); a broken
  // .po file fails the build here. `ptplan check` holds them to the English.
  ptplan::model::Languages languages;
  if (!ptplan::load::read_languages(files, languages, diagnostics)) {
    knowledge.reset();
  }
  if (!knowledge) {
    std::fputs(diagnostics.format().c_str(), stderr);
    return 1;
  }
  const auto written = ptplan::write_output(argv[2], ptplan::model::pack_knowledge(*knowledge), true);
  if (written.status != ptplan::WriteStatus::ok) {
    fmt::print(stderr, "ptplan_pack: {}\n", written.message);
    return 1;
  }
  return 0;
}
