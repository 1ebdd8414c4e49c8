#pragma once

#include "ptplan/draw/figure.hpp"
#include "ptplan/model/exercise.hpp"
#include "ptplan/model/knowledge.hpp"

#include <kainjow/mustache.hpp>

#include <array>
#include <unordered_map>
#include <vector>

namespace ptplan::render {

// The parts of an exercise's view that are the same in every plan for a
// side of the body (name, category, purpose, steps, safety, and the figure:
// the catalog's drawing, else the one drawn from its pose for that side),
// built the first time the exercise is shown and copied after that, so a
// batch draws and encodes each figure once instead of once per plan. Not
// shared between threads: make one per worker, for one knowledge base.

// The "steps" list of an exercise view: {number, text} for each step.
kainjow::mustache::data steps_view(const std::vector<std::string>& steps);

class ExerciseViews
{
public:
  explicit ExerciseViews(const model::Knowledge& knowledge) : m_knowledge(knowledge) {}

  const model::Knowledge& knowledge() const { return m_knowledge; }

  // An item of the plan's "exercises" list, without its plan-specific values
  // ("number", "dose", "days", "minutes", "why", "has_change", "change", "has_therapist_note", "therapist_note"); the
  // figure shows the working limbs on `side`.
  const kainjow::mustache::data& planned(const model::Exercise& exercise, draw::Side side);

  // An item of the "self_care" list.
  const kainjow::mustache::data& self_care(const model::Exercise& exercise);

private:
  const model::Knowledge& m_knowledge;
  std::array<std::unordered_map<const model::Exercise*, kainjow::mustache::data>, 2> m_planned; // by side
  std::unordered_map<const model::Exercise*, kainjow::mustache::data> m_self_care;
};

} // namespace ptplan::render
