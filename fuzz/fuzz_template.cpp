// libFuzzer target: a byte choosing the template's name (its value modulo
// 6: plan.markdown, plan.html, plan.text, referral.html, referral.markdown,
// referral.text) and what is done with it (0-5: rendered with a real plan in
// its format, as plan --templates does; 6-11: checked under its name, as
// check --templates does), then any bytes as that template. Must never
// crash, hang or leak; a broken template or one that renders past the
// limits is an error with the template's position, never half a handout.
// One name and one use an input: parsing the template is most of the time,
// and rendering checks the template as check does.
// Rendering runs under an eighth of plan's limits (render/templates.hpp):
// the same errors, at an eighth of the work for the inputs that reach them,
// which fill a long run's corpus; a real handout renders well within them
// (tests/unit/test_template_limits.cpp).
#include "ptplan/engine/planner.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/profile_loader.hpp"
#include "ptplan/render/templates.hpp"
#include "ptplan/render/view.hpp"

#include "builtin.hpp"

#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <utility>

namespace {

const char* const k_profile = R"yaml(patient: { name: "Fuzz <b>*Test*</b>", age: 70 }
conditions: [hip-osteoarthritis, sciatica]
pain: { current: 5 }
precautions: [fall-risk]
goals: ["# heading", "[link](http://x)"]
plan: { start: 2026-12-07, weeks: 6 }
therapist: { name: Sam, phone: "555 0100" }
)yaml";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const auto& knowledge = fuzz::builtin_knowledge();
  static const auto profile = [&knowledge] {
    ptplan::Diagnostics diagnostics;
    auto loaded = ptplan::load::load_profile({"p.yaml", k_profile}, knowledge.vocabulary, diagnostics);
    if (!loaded) {
      std::abort();
    }
    return std::move(*loaded);
  }();
  static const auto outcome = ptplan::engine::make_plan(knowledge, profile, 1);
  // The view (with its drawings) is made once: the template is what varies.
  static const auto view = ptplan::render::plan_view(std::get<ptplan::model::Plan>(outcome), knowledge);
  if (size == 0) {
    return 0;
  }
  using ptplan::render::Format;
  static const std::pair<const char*, Format> k_names[] = {{"plan.markdown", Format::markdown}, {"plan.html", Format::html},
    {"plan.text", Format::text}, {"referral.html", Format::html}, {"referral.markdown", Format::markdown},
    {"referral.text", Format::text}};
  const auto& [name, format] = k_names[data[0] % std::size(k_names)];
  ptplan::render::TemplateSet set;
  set.templates[name] = {"fuzz.mustache", std::string(reinterpret_cast<const char*>(data + 1), size - 1)};
  ptplan::Diagnostics diagnostics;
  if ((data[0] / std::size(k_names)) % 2 == 1) {
    if (!ptplan::render::check_template(set.templates[name], diagnostics, name) && diagnostics.empty()) {
      std::abort(); // refused without a reason
    }
    return 0;
  }
  static constexpr ptplan::render::RenderLimits k_limits{
    ptplan::render::k_max_output_bytes / 8, ptplan::render::k_max_section_passes / 8};
  const auto text = ptplan::render::render_template(set, name, format, view, diagnostics, k_limits);
  if (!text && diagnostics.empty()) {
    std::abort();
  }
  return 0;
}
