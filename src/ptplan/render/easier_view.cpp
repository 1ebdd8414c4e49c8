#include "ptplan/render/easier_view.hpp"

#include "ptplan/render/exercise_views.hpp"
#include "ptplan/render/mustache_data.hpp"

#include <algorithm>

namespace ptplan::render {

namespace {

// Catalog chains are short; this bounds a walk through a broken one.
constexpr int k_max_steps_down = 8;

bool ruled_out(const model::Plan& plan, const std::string& id)
{
  return std::any_of(plan.excluded.begin(), plan.excluded.end(), [&](const model::Exclusion& e) { return e.id == id; });
}

const model::Exercise* easier_version(const model::Exercise& exercise, const model::Plan& plan, const model::Catalog& catalog)
{
  const model::Exercise* step = &exercise;
  for (int i = 0; i < k_max_steps_down && !step->regression.empty(); ++i) {
    step = catalog.find(step->regression);
    if (!step || step == &exercise) {
      return nullptr;
    }
    if (!ruled_out(plan, step->id)) {
      return step;
    }
  }
  return nullptr;
}

} // namespace

void put_easier_version(kainjow::mustache::data& item, const model::Exercise& exercise, const model::Plan& plan,
  const model::Catalog& catalog, const Sides& sides)
{
  const model::Exercise* easier = easier_version(exercise, plan, catalog);
  put_flag(item, "has_easier", easier != nullptr);
  put_text(item, "easier_name", easier ? easier->name : std::string());
  const auto on_plan = easier ? std::find_if(plan.exercises.begin(), plan.exercises.end(),
                         [&](const model::PlannedExercise& p) { return p.exercise == easier; })
                              : plan.exercises.end();
  const bool shown = on_plan != plan.exercises.end();
  put_flag(item, "easier_on_plan", shown);
  put_text(item, "easier_number", shown ? std::to_string(on_plan - plan.exercises.begin() + 1) : std::string());
  std::vector<std::string> steps;
  if (easier && !shown) {
    for (const auto& step : easier->steps) {
      steps.push_back(with_sides(step, sides));
    }
  }
  put(item, "easier_steps", steps_view(steps));
}

} // namespace ptplan::render
