#include "ptplan/render/outcome_renderer.hpp"

#include "ptplan/render/json.hpp"
#include "ptplan/render/text_wrap.hpp"
#include "ptplan/render/view.hpp"

namespace ptplan::render {

OutcomeRenderer::OutcomeRenderer(const TemplateSet& templates, const model::Knowledge& knowledge,
  const std::vector<Format>& formats, Diagnostics& diagnostics, const PrintOptions& print)
    : m_knowledge(knowledge), m_exercise_views(knowledge), m_print(print)
{
  for (auto format : formats) {
    if (format == Format::json) {
      continue;
    }
    if (format == Format::pdf) {
      if (!m_pdf) {
        m_pdf = std::make_unique<PdfWriter>();
        if (!m_pdf->ok()) {
          diagnostics.error({"ptplan", 0, 0}, m_pdf->error());
          m_ok = false;
        }
      }
      format = Format::html; // the PDF is drawn from the HTML handout
    }
    for (const std::string kind : {"plan", "referral"}) {
      const std::string name = kind + "." + std::string(format_name(format));
      if (m_templates.count(name) > 0) {
        continue;
      }
      const auto found = templates.templates.find(name);
      if (found == templates.templates.end()) {
        diagnostics.error({name + ".mustache", 0, 0}, "no such template");
        m_ok = false;
        continue;
      }
      auto compiled =
        std::make_unique<CompiledTemplate>(found->second, format, diagnostics, name, i18n::Text(knowledge.messages.get()));
      m_ok = m_ok && compiled->ok();
      m_templates[name] = std::move(compiled);
    }
  }
}

std::optional<std::string> OutcomeRenderer::render(
  const model::PlanOrReferral& outcome, const model::Profile& profile, Format format, Diagnostics& diagnostics)
{
  ViewCache cache;
  return render(outcome, profile, format, diagnostics, cache);
}

namespace {

// "Sam Okafor, Riverside PT": who the handout is from.
std::string author_of(const model::Therapist& therapist)
{
  if (therapist.name.empty() || therapist.clinic.empty()) {
    return therapist.name + therapist.clinic;
  }
  return therapist.name + ", " + therapist.clinic;
}

} // namespace

std::optional<std::string> OutcomeRenderer::render(
  const model::PlanOrReferral& outcome, const model::Profile& profile, Format format, Diagnostics& diagnostics, ViewCache& cache)
{
  const auto* plan = std::get_if<model::Plan>(&outcome);
  if (format == Format::json) {
    const std::string_view language = m_knowledge.messages ? std::string_view(m_knowledge.messages->language) : "en";
    return plan ? plan_json(*plan, language) : referral_json(std::get<model::Referral>(outcome), profile, language);
  }
  if (format == Format::html || format == Format::pdf) {
    if (!cache.html) {
      cache.html = render_template(outcome, profile, Format::html, diagnostics, cache);
    }
    if (format == Format::html || !cache.html) {
      return cache.html;
    }
    if (!m_pdf) {
      m_pdf = std::make_unique<PdfWriter>(); // PDF was not one of the formats: report a module failure here
    }
    if (!m_pdf->ok()) {
      diagnostics.error({"ptplan", 0, 0}, m_pdf->error());
      return std::nullopt;
    }
    auto bytes = m_pdf->render(PdfRequest{*cache.html, !plan, m_print.paper, author_of(profile.therapist), m_print.large_print,
      std::string(i18n::Text(m_knowledge.messages.get())(i18n::Phrase::page_of))});
    if (!bytes) {
      diagnostics.error({"<pdf>", 0, 0}, "the PDF could not be drawn (out of memory?)");
    }
    return bytes;
  }
  return render_template(outcome, profile, format, diagnostics, cache);
}

std::optional<std::string> OutcomeRenderer::render_template(
  const model::PlanOrReferral& outcome, const model::Profile& profile, Format format, Diagnostics& diagnostics, ViewCache& cache)
{
  const auto* plan = std::get_if<model::Plan>(&outcome);
  const std::string name = std::string(plan ? "plan." : "referral.") + std::string(format_name(format));
  const auto found = m_templates.find(name);
  if (found == m_templates.end()) {
    diagnostics.error({name + ".mustache", 0, 0}, "no such template");
    return std::nullopt;
  }
  if (!cache.view) {
    cache.view =
      plan ? plan_view(*plan, m_exercise_views) : referral_view(std::get<model::Referral>(outcome), profile, m_knowledge);
    add_print_values(*cache.view, m_print);
  }
  auto text = found->second->render(*cache.view, diagnostics);
  if (text && format == Format::text) {
    return wrap_text(*text, m_print.width);
  }
  return text;
}

} // namespace ptplan::render
