#include "ptplan/cli/render_outcome.hpp"

#include "ptplan/load/file.hpp"
#include "ptplan/load/profile_loader.hpp"
#include "ptplan/render/json.hpp"
#include "ptplan/render/text_wrap.hpp"
#include "ptplan/render/view.hpp"

namespace ptplan::cli {

std::optional<std::string> render_outcome(const engine::Outcome& outcome, const model::Profile& profile, const Context& context,
  render::Format format, Diagnostics& diagnostics)
{
  const std::string format_name(render::format_name(format));
  if (const auto* plan = std::get_if<model::Plan>(&outcome)) {
    if (format == render::Format::json) {
      return render::plan_json(*plan);
    }
    auto text = render::render_template(
      context.templates, "plan." + format_name, format, render::plan_view(*plan, context.knowledge), diagnostics);
    if (text && format == render::Format::text) {
      return render::wrap_text(*text, render::k_default_width);
    }
    return text;
  }
  const auto& referral = std::get<model::Referral>(outcome);
  if (format == render::Format::json) {
    return render::referral_json(referral, profile);
  }
  auto text = render::render_template(context.templates, "referral." + format_name, format,
    render::referral_view(referral, profile, context.knowledge), diagnostics);
  if (text && format == render::Format::text) {
    return render::wrap_text(*text, render::k_default_width);
  }
  return text;
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
