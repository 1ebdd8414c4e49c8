#include "ptplan/render/exercise_views.hpp"

#include "ptplan/core/sides.hpp"
#include "ptplan/i18n/words.hpp"
#include "ptplan/render/data_uri.hpp"
#include "ptplan/render/mustache_data.hpp"

#include <fmt/format.h>

namespace ptplan::render {

using kainjow::mustache::data;

namespace {

// The cached views name the sides as for a profile without one ({side} is
// right); plan_view puts the patient's own side over them.
std::vector<std::string> default_sides(const std::vector<std::string>& texts, const Sides& sides)
{
  std::vector<std::string> out;
  out.reserve(texts.size());
  for (const auto& text : texts) {
    out.push_back(with_sides(text, sides));
  }
  return out;
}

} // namespace

data steps_view(const std::vector<std::string>& steps)
{
  data list = make_list(steps.size());
  for (std::size_t i = 0; i < steps.size(); ++i) {
    data step;
    put_text(step, "number", std::to_string(i + 1));
    put_text(step, "text", steps[i]);
    append(list, std::move(step));
  }
  return list;
}

const data& ExerciseViews::planned(const model::Exercise& exercise, draw::Side side)
{
  auto& cache = m_planned[side == draw::Side::left ? 1 : 0];
  const auto [found, added] = cache.try_emplace(&exercise);
  if (added) {
    data& item = found->second;
    const model::Vocabulary& vocabulary = m_knowledge.vocabulary;
    const i18n::Text text(m_knowledge.messages.get());
    const Sides sides = i18n::sides_for(text, "");
    put_text(item, "id", exercise.id);
    put_text(item, "name", exercise.name);
    put_text(item, "category", vocabulary.categories.label(std::string(model::word_of(exercise.category))));
    put_text(item, "position", vocabulary.positions.label(exercise.position));
    put_text(item, "purpose", with_sides(exercise.purpose, sides));
    put(item, "steps", steps_view(default_sides(exercise.steps, sides)));
    put_text(item, "safety", with_sides(exercise.safety, sides));
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
    put_text(item, "image_alt", text.format(i18n::Phrase::image_alt, fmt::arg("name", exercise.name)));
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
    const Sides sides = i18n::sides_for(i18n::Text(m_knowledge.messages.get()), "");
    put_text(item, "name", exercise.name);
    put_text(item, "purpose", with_sides(exercise.purpose, sides));
    put(item, "steps", steps_view(default_sides(exercise.steps, sides)));
    put_text(item, "safety", with_sides(exercise.safety, sides));
  }
  return found->second;
}

} // namespace ptplan::render
