#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ptplan::model {

// One list of identifiers from vocabulary.yaml, in file order, each with the
// plain words a handout uses for it.
class Terms
{
public:
  void add(std::string id, std::string label);
  bool contains(std::string_view id) const;
  // The label, or the id itself when it has none.
  std::string label(std::string_view id) const;
  const std::vector<std::string>& ids() const { return m_ids; }
  const std::vector<std::string>& labels() const { return m_labels; }
  // Labels in another language, in the order of ids().
  void set_labels(std::vector<std::string> labels) { m_labels = std::move(labels); }

private:
  std::vector<std::string> m_ids;
  std::vector<std::string> m_labels;
};

// Every identifier that profiles, exercises and rules may use (CLINICAL.md s.8).
struct Vocabulary
{
  Terms conditions;
  Terms precautions;
  Terms limitations;
  Terms red_flags;
  Terms categories;
  Terms positions;
  Terms movements;
  Terms equipment;
  Terms muscle_groups;
  Terms biases;
  Terms urgencies;
  Terms activities;     // what a patient may have to avoid or wants back first (profile `avoid`, `priorities`)
  Terms walking_aids;   // closed: model::WalkingAid
  Terms weight_bearing; // closed: model::WeightBearing
  Terms languages;      // the languages the knowledge base carries ("en" when vocabulary.yaml lists none)
  Terms exercises;      // catalog ids and names: filled when the catalog is loaded, not from vocabulary.yaml
  Terms rules;          // rule ids and descriptions: filled when the rules are loaded
  std::vector<std::string> default_equipment;
};

} // namespace ptplan::model
