// libFuzzer target: the whole plan command on any bytes: profile, engine
// for a fuzzed week, and every output format. Must never crash, hang or
// leak, and a plan must never hold an exercise the rules rule out.
#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/facts.hpp"
#include "ptplan/engine/planner.hpp"
#include "ptplan/engine/therapist_choices.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/profile_loader.hpp"
#include "ptplan/render/outcome_renderer.hpp"
#include "ptplan/render/templates.hpp"

#include "builtin.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const auto& knowledge = fuzz::builtin_knowledge();
  static const auto templates = ptplan::render::builtin_templates();
  using ptplan::render::Format;
  static const std::vector<Format> formats = {Format::markdown, Format::text, Format::html, Format::json};
  // One renderer for every input, as a batch keeps one a worker: the
  // templates are compiled once and the exercise views are kept.
  static auto renderer = [&knowledge] {
    ptplan::Diagnostics diagnostics;
    auto made = std::make_unique<ptplan::render::OutcomeRenderer>(templates, knowledge, formats, diagnostics);
    if (!made->ok()) {
      std::abort(); // the built-in templates are checked by the build
    }
    return made;
  }();
  if (size < 1) {
    return 0;
  }
  const int week = 1 + data[0] % 12;
  ptplan::Diagnostics diagnostics;
  const auto profile = ptplan::load::load_profile(
    {"fuzz.yaml", std::string(reinterpret_cast<const char*>(data) + 1, size - 1)}, knowledge.vocabulary, diagnostics);
  if (!profile) {
    return 0;
  }
  if (!ptplan::engine::choice_errors(knowledge, *profile, week).empty()) {
    return 0; // refused, as plan and batch refuse it: a pick the rules forbid
  }
  const auto outcome = ptplan::engine::make_plan(knowledge, *profile, week);
  if (const auto* plan = std::get_if<ptplan::model::Plan>(&outcome)) {
    const auto facts = ptplan::engine::derive_facts(*profile, knowledge.vocabulary, week);
    const auto constraints = ptplan::engine::apply_rules(knowledge.rules, facts);
    for (const auto& planned : plan->exercises) {
      if (!ptplan::engine::check_exercise(*planned.exercise, constraints)) {
        continue;
      }
      // Only the therapist's own pick, allowed against every rule that forbids it.
      const auto forbidding = ptplan::engine::rules_forbidding(*planned.exercise, constraints, facts);
      const bool allowed = planned.chosen_by == ptplan::model::ChosenBy::therapist && !forbidding.empty()
                           && std::all_of(forbidding.begin(), forbidding.end(), [&](const ptplan::engine::Forbidding& f) {
                                return !f.rule->refer && profile->choices.allowed(planned.exercise->id, f.rule->id);
                              });
      if (!allowed) {
        std::abort(); // a ruled-out exercise on a plan
      }
    }
  }
  ptplan::render::OutcomeRenderer::ViewCache cache; // one view for the four formats, as plan makes it
  for (const auto format : formats) {
    if (!renderer->render(outcome, *profile, format, diagnostics, cache)) {
      std::abort();
    }
  }
  return 0;
}
