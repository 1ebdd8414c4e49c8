#include "ptplan/cli/render_outcome.hpp"

#include "ptplan/load/file.hpp"
#include "ptplan/load/profile_loader.hpp"
#include "ptplan/render/outcome_renderer.hpp"

namespace ptplan::cli {

std::optional<std::string> render_outcome(const engine::Outcome& outcome, const model::Profile& profile, const Context& context,
  render::Format format, Diagnostics& diagnostics)
{
  render::OutcomeRenderer renderer(context.templates, context.knowledge, {format}, diagnostics);
  if (!renderer.ok()) {
    return std::nullopt;
  }
  return renderer.render(outcome, profile, format, diagnostics);
}

std::optional<model::Profile> read_profile_file(
  const std::string& path, const model::Vocabulary& vocabulary, Diagnostics& diagnostics)
{
  auto text = load::read_file(path, diagnostics);
  if (!text) {
    return std::nullopt;
  }
  return load::load_profile(SourceFile{path == "-" ? std::string("<stdin>") : path, std::move(*text)}, vocabulary, diagnostics);
}

} // namespace ptplan::cli
