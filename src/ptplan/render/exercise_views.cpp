#include "ptplan/render/exercise_views.hpp"

#include "ptplan/render/data_uri.hpp"
#include "ptplan/render/mustache_data.hpp"

#include <fmt/format.h>

namespace ptplan::render {

namespace {

using kainjow::mustache::data;

data steps_of(const model::Exercise& exercise)
{
  data steps = make_list(exercise.steps.size());
  for (std::size_t i = 0; i < exercise.steps.size(); ++i) {
    data step;
    put_text(step, "number", std::to_string(i + 1));
    put_text(step, "text", exercise.steps[i]);
    append(steps, std::move(step));
  }
  return steps;
}

} // namespace

const data& ExerciseViews::planned(const model::Exercise& exercise, draw::Side side)
{
  auto& cache = m_planned[side == draw::Side::left ? 1 : 0];
  const auto [found, added] = cache.try_emplace(&exercise);
  if (added) {
    data& item = found->second;
    const model::Vocabulary& vocabulary = m_knowledge.vocabulary;
    put_text(item, "id", exercise.id);
    put_text(item, "name", exercise.name);
    put_text(item, "category", vocabulary.categories.label(exercise.category));
    put_text(item, "position", vocabulary.positions.label(exercise.position));
    put_text(item, "purpose", exercise.purpose);
    put(item, "steps", steps_of(exercise));
    put_text(item, "safety", exercise.safety);
    // A drawing in the catalog wins over the figure drawn from the pose.
    const auto image = exercise.image.empty() ? m_knowledge.images.end() : m_knowledge.images.find(exercise.image);
    std::string uri;
    if (image != m_knowledge.images.end()) {
      uri = image_data_uri(image->first, image->second);
    } else if (exercise.pose) {
      uri = svg_data_uri(draw::figure_svg(exercise, side));
    }
    const std::string caption = draw::figure_caption(exercise);
    put_flag(item, "has_image", !uri.empty());
    put_text(item, "image_uri", uri);
    put_text(item, "image_alt", fmt::format("Drawing: {}", exercise.name));
    put_flag(item, "has_caption", !uri.empty() && !caption.empty());
    put_text(item, "caption", caption);
  }
  return found->second;
}

const data& ExerciseViews::self_care(const model::Exercise& exercise)
{
  const auto [found, added] = m_self_care.try_emplace(&exercise);
  if (added) {
    data& item = found->second;
    put_text(item, "name", exercise.name);
    put_text(item, "purpose", exercise.purpose);
    put(item, "steps", steps_of(exercise));
    put_text(item, "safety", exercise.safety);
  }
  return found->second;
}

} // namespace ptplan::render
