#pragma once

#include "ptplan/model/exercise.hpp"
#include "ptplan/model/knowledge.hpp"

#include <kainjow/mustache.hpp>

#include <unordered_map>
#include <vector>

namespace ptplan::render {

// The parts of an exercise's view that are the same in every plan (name,
// category, purpose, steps, safety, drawing), built the first time the
// exercise is shown and copied after that, so a batch encodes each drawing
// once instead of once per plan. Not shared between threads: make one per
// worker, for one knowledge base.
// The "steps" list of an exercise view: {number, text} for each step.
kainjow::mustache::data steps_view(const std::vector<std::string>& steps);

class ExerciseViews
{
public:
  explicit ExerciseViews(const model::Knowledge& knowledge) : m_knowledge(knowledge) {}

  const model::Knowledge& knowledge() const { return m_knowledge; }

  // An item of the plan's "exercises" list, without its plan-specific values
  // ("number", "dose", "days", "minutes", "why", "has_change", "change").
  const kainjow::mustache::data& planned(const model::Exercise& exercise);

  // An item of the "self_care" list.
  const kainjow::mustache::data& self_care(const model::Exercise& exercise);

private:
  const model::Knowledge& m_knowledge;
  std::unordered_map<const model::Exercise*, kainjow::mustache::data> m_planned;
  std::unordered_map<const model::Exercise*, kainjow::mustache::data> m_self_care;
};

} // namespace ptplan::render
