#include "ptplan/model/exercise.hpp"

#include <algorithm>

namespace ptplan::model {

Catalog::Catalog(std::vector<Exercise> exercises) : m_exercises(std::move(exercises))
{
  std::stable_sort(m_exercises.begin(), m_exercises.end(), [](const Exercise& a, const Exercise& b) { return a.id < b.id; });
  for (std::size_t i = 0; i < m_exercises.size(); ++i) {
    m_index.emplace(m_exercises[i].id, i);
  }
}

const Exercise* Catalog::find(const std::string& id) const
{
  const auto found = m_index.find(id);
  return found == m_index.end() ? nullptr : &m_exercises[found->second];
}

} // namespace ptplan::model
