#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/model/dosage.hpp"
#include "ptplan/model/pose.hpp"

#include <cassert>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "ptplan/model/category.hpp"

namespace ptplan::model {

// One catalog entry (exercises/README.md describes every field).
struct Exercise
{
  std::string id;
  std::string name;
  Category category = Category::stretch;
  std::string position;
  bool floor = false;
  std::vector<std::string> equipment;
  std::vector<std::string> movements;
  std::vector<std::string> muscle_groups;
  std::vector<std::string> conditions;
  std::string bias = "neutral";
  int level = 1;
  std::string regression; // empty when none
  std::string progression;
  std::vector<std::string> variants;
  Dosage dosage;
  std::string purpose;
  std::vector<std::string> steps;
  std::string safety;
  bool clinic_only = false;
  std::string image;        // "images/NAME.svg" or ".png" in the catalog folder; empty when none
  std::string source;       // the guideline or reference the entry rests on; empty when none
  std::optional<Pose> pose; // how the figure is drawn when there is no image
  Location where;
  Location image_where; // of the `image` value, for errors about the file
  // Where the patient text starts, for errors about what it says.
  Location purpose_where;
  std::vector<Location> step_where; // one per step
  Location safety_where;
  // In a catalog added with --catalog-add: takes the place of the exercise
  // with the same id below it (else a taken id is an error).
  bool replaces = false;
  Location replaces_where;
};

// The exercises, sorted by id for deterministic iteration.
class Catalog
{
public:
  explicit Catalog(std::vector<Exercise> exercises = {});
  const std::vector<Exercise>& exercises() const { return m_exercises; }
  // For changing the exercises' text in place (i18n/localize): the list
  // itself must not change, the index points into it.
  std::vector<Exercise>& exercises_mutable() { return m_exercises; }
  const Exercise* find(const std::string& id) const;
  // The position in exercises() of an exercise of this catalog, for tables
  // indexed by exercise. The exercise must be one of this catalog's own
  // (checked in debug builds).
  std::size_t index_of(const Exercise& exercise) const
  {
    assert(!std::less<const Exercise*>()(&exercise, m_exercises.data())
           && std::less<const Exercise*>()(&exercise, m_exercises.data() + m_exercises.size()));
    return static_cast<std::size_t>(&exercise - m_exercises.data());
  }

private:
  std::vector<Exercise> m_exercises;
  std::unordered_map<std::string, std::size_t> m_index;
};

} // namespace ptplan::model
