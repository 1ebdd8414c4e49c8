// libFuzzer target: any bytes as a user's plan template, checked under
// every template name and rendered with a real plan in every format. Must
// never crash, hang or leak; a broken template or one that renders past
// the limits is an error with the template's position, never half a
// handout.
#include "ptplan/engine/planner.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/profile_loader.hpp"
#include "ptplan/render/templates.hpp"
#include "ptplan/render/view.hpp"

#include "builtin.hpp"

#include <cstdint>
#include <cstdlib>

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
  ptplan::render::TemplateSet set;
  set.templates["plan.markdown"] = {"fuzz.mustache", std::string(reinterpret_cast<const char*>(data), size)};
  for (const char* name : {"plan.markdown", "plan.html", "plan.text", "referral.html"}) {
    ptplan::Diagnostics diagnostics;
    ptplan::render::check_template(set.templates["plan.markdown"], diagnostics, name);
  }
  for (const auto format : {ptplan::render::Format::markdown, ptplan::render::Format::text, ptplan::render::Format::html}) {
    ptplan::Diagnostics diagnostics;
    const auto text = ptplan::render::render_template(set, "plan.markdown", format, view, diagnostics);
    if (!text && diagnostics.empty()) {
      std::abort();
    }
  }
  return 0;
}
