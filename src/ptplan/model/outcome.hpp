#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ptplan::model {

// One PSFS activity from its first to its latest rating.
struct ActivityChange
{
  std::string activity;
  int baseline = 0;
  int latest = 0;
  bool meaningful = false; // 3 points or more (CLINICAL.md s.7)
};

// One outcome measure across the logged weeks (CLINICAL.md s.7): its first
// and latest scores, the change, and whether the change reaches the
// measure's minimal clinically important difference.
struct OutcomeSummary
{
  // nprs | odi | psfs | tug | chair_stand | hoos12_pain | hoos12_function | hoos12_quality_of_life
  std::string measure;
  std::vector<std::pair<int, double>> series; // week -> score, every week it was scored
  double baseline = 0;
  int baseline_week = 0;
  double latest = 0;
  int latest_week = 0;
  double change = 0;                      // latest - baseline
  bool meaningful = false;                // the change reaches the threshold, in either direction
  std::string direction;                  // better | worse | same
  std::string threshold;                  // "2 points or 30 %"
  std::vector<ActivityChange> activities; // PSFS only
  int unscored_weeks = 0;                 // ODI weeks with more than one section unanswered, HOOS-12 weeks with fewer
                                          // than half the subscale's items answered
  std::string unit;                       // after a score: " s" for TUG, else "" (ODI's % is the renderer's)
  // TUG and chair stand: whether the latest score is in the higher fall-risk
  // range of its norm; empty when no norm applies (the chair-stand norms need
  // sex and an age of 60 to 94).
  std::optional<bool> fall_risk;
  std::string norm; // that norm in words ("12 s or more, CDC STEADI"), or why none applies
};

} // namespace ptplan::model
