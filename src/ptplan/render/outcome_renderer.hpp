#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/engine/planner.hpp"
#include "ptplan/model/knowledge.hpp"
#include "ptplan/render/escape.hpp"
#include "ptplan/render/exercise_views.hpp"
#include "ptplan/render/pdf_writer.hpp"
#include "ptplan/render/print_options.hpp"
#include "ptplan/render/templates.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ptplan::render {

// Renders plans and referral notices in a fixed set of formats, with the
// templates parsed once. A PDF is drawn from the HTML handout, so it says
// what the HTML says. Not shared between threads: make one per worker.
class OutcomeRenderer
{
public:
  // Template errors are reported in `diagnostics`; check ok(). `print` sets
  // the paper of HTML handouts and the line width of text ones.
  OutcomeRenderer(const TemplateSet& templates, const model::Knowledge& knowledge, const std::vector<Format>& formats,
    Diagnostics& diagnostics, const PrintOptions& print = {});
  bool ok() const { return m_ok; }

  std::optional<std::string> render(
    const model::PlanOrReferral& outcome, const model::Profile& profile, Format format, Diagnostics& diagnostics);

  // The Mustache view of one outcome, the same for every template format:
  // pass one to each render of that outcome so it is built only once (and
  // the HTML, which the PDF is drawn from).
  struct ViewCache
  {
    std::optional<kainjow::mustache::data> view;
    std::optional<std::string> html;
  };
  std::optional<std::string> render(const model::PlanOrReferral& outcome, const model::Profile& profile, Format format,
    Diagnostics& diagnostics, ViewCache& cache);

private:
  std::optional<std::string> render_template(const model::PlanOrReferral& outcome, const model::Profile& profile, Format format,
    Diagnostics& diagnostics, ViewCache& cache);

  const model::Knowledge& m_knowledge;
  ExerciseViews m_exercise_views;
  PrintOptions m_print;
  std::map<std::string, std::unique_ptr<CompiledTemplate>> m_templates; // "plan.markdown", ...
  std::unique_ptr<PdfWriter> m_pdf;                                     // made with the renderer when PDF is a format
  bool m_ok = true;
};

} // namespace ptplan::render
