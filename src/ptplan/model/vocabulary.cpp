#include "ptplan/model/vocabulary.hpp"

#include <algorithm>

namespace ptplan::model {

void Terms::add(std::string id, std::string label)
{
  m_ids.push_back(std::move(id));
  m_labels.push_back(std::move(label));
}

bool Terms::contains(std::string_view id) const
{
  return std::find(m_ids.begin(), m_ids.end(), id) != m_ids.end();
}

std::string Terms::label(std::string_view id) const
{
  const auto found = std::find(m_ids.begin(), m_ids.end(), id);
  if (found == m_ids.end()) {
    return std::string(id);
  }
  return m_labels[static_cast<std::size_t>(found - m_ids.begin())];
}

} // namespace ptplan::model
