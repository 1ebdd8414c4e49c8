// Writes the figure of every exercise in a knowledge folder as ID.svg (and
// ID.left.svg, drawn for a left side), plus captions.tsv (id, name,
// caption), for scripts/contact-sheet.sh. Usage: ptplan_figures DIR OUT.
#include "ptplan/core/write_file.hpp"
#include "ptplan/draw/figure.hpp"
#include "ptplan/load/knowledge_loader.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

int main(int argc, char** argv)
{
  if (argc != 3) {
    fmt::print(stderr, "usage: ptplan_figures EXERCISES_DIR OUTPUT_DIR\n");
    return 2;
  }
  ptplan::Diagnostics diagnostics;
  auto files = ptplan::load::read_knowledge_folder(argv[1], diagnostics);
  auto knowledge = diagnostics.empty() ? ptplan::load::load_knowledge(files, diagnostics) : std::nullopt;
  if (!knowledge) {
    std::fputs(diagnostics.format().c_str(), stderr);
    return 1;
  }
  const std::filesystem::path out = argv[2];
  std::string captions;
  for (const auto& exercise : knowledge->catalog.exercises()) {
    if (!exercise.pose) {
      continue;
    }
    for (const auto side : {ptplan::draw::Side::right, ptplan::draw::Side::left}) {
      const std::string name = exercise.id + (side == ptplan::draw::Side::left ? ".left.svg" : ".svg");
      const auto written = ptplan::write_output((out / name).string(), ptplan::draw::figure_svg(exercise, side), true);
      if (written.status != ptplan::WriteStatus::ok) {
        fmt::print(stderr, "ptplan_figures: {}\n", written.message);
        return 1;
      }
    }
    captions += fmt::format("{}\t{}\t{}\n", exercise.id, exercise.name, ptplan::draw::figure_caption(exercise));
  }
  const auto written = ptplan::write_output((out / "captions.tsv").string(), captions, true);
  return written.status == ptplan::WriteStatus::ok ? 0 : 1;
}
