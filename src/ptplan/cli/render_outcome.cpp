#include "ptplan/cli/render_outcome.hpp"

#include "ptplan/cli/language.hpp"
#include "ptplan/load/config_loader.hpp"
#include "ptplan/load/file.hpp"
#include "ptplan/load/profile_loader.hpp"
#include "ptplan/render/outcome_renderer.hpp"

namespace ptplan::cli {

std::optional<std::string> render_outcome(const model::PlanOrReferral& outcome, const model::Profile& profile,
  const Context& context, render::Format format, Diagnostics& diagnostics, const render::PrintOptions& print)
{
  render::OutcomeRenderer renderer(context.templates, context.knowledge, {format}, diagnostics, print);
  if (!renderer.ok()) {
    return std::nullopt;
  }
  return renderer.render(outcome, profile, format, diagnostics);
}

std::unique_ptr<CommandInput> load_command_input(const CommonOptions& options, const std::string& profile_path)
{
  auto context = load_context(options);
  if (!context) {
    return nullptr;
  }
  Diagnostics diagnostics;
  auto profile = read_profile_file(profile_path, context->knowledge.vocabulary, diagnostics);
  if (!profile) {
    print_diagnostics(diagnostics);
    return nullptr;
  }
  load::fill_therapist(*profile, therapist_defaults(context->settings.config));
  const std::string language = language_for(options, *profile);
  if (!known_language(*context, language)) {
    return nullptr;
  }
  if (language != "en") {
    std::vector<std::string> warnings;
    context->knowledge = localized_knowledge(context->knowledge, *context, language, warnings);
    for (const auto& warning : warnings) {
      print_warning(warning);
    }
  }
  return std::make_unique<CommandInput>(CommandInput{std::move(*context), std::move(*profile)});
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
