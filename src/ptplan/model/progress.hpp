#pragma once

#include "ptplan/core/diagnostics.hpp"

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ptplan::model {

// How one exercise went in a logged week (SPEC.md "Progress log").
struct ExerciseReport
{
  std::string id;
  std::optional<int> pain; // worst pain during it, 0..10
  std::string difficulty;  // easy | right | hard, or empty
  std::string symptoms;    // peripheralising | centralising | unchanged, or empty
  Location where;
};

inline constexpr std::size_t k_odi_sections = 10;
inline constexpr std::size_t k_hoos12_items = 4; // per subscale

// One HOOS-12 subscale: items scored 0 (none) to 4 (extreme); an empty
// optional is an unanswered item.
using Hoos12Items = std::array<std::optional<int>, k_hoos12_items>;

// HOOS-12 (hip disability and osteoarthritis outcome score, 12 items):
// whichever subscales were asked that week.
struct Hoos12Answers
{
  std::optional<Hoos12Items> pain;
  std::optional<Hoos12Items> function;
  std::optional<Hoos12Items> quality_of_life;
};

// Outcome measures taken that week (CLINICAL.md s.7).
struct OutcomeAnswers
{
  std::optional<int> nprs;
  // Oswestry section scores 0..5; an empty optional is an unanswered section.
  std::optional<std::array<std::optional<int>, k_odi_sections>> odi;
  std::vector<std::pair<std::string, int>> psfs; // activity -> 0..10, in file order
  std::optional<double> tug;                     // Timed Up and Go, seconds, to a tenth
  std::optional<int> chair_stand;                // 30-second chair stand: full stands
  std::optional<Hoos12Answers> hoos12;
};

// One week of the progress log.
struct WeekReport
{
  int week = 1;
  int sessions_done = 0;
  int pain_during = 0;
  std::string pain_next_day; // better | same | worse
  std::string symptoms;      // peripheralising | centralising | unchanged, or empty
  std::vector<ExerciseReport> exercises;
  OutcomeAnswers outcomes;
  Location where;

  const ExerciseReport* find(std::string_view id) const
  {
    for (const auto& report : exercises) {
      if (report.id == id) {
        return &report;
      }
    }
    return nullptr;
  }
};

} // namespace ptplan::model
