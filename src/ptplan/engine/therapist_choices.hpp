#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/facts.hpp"
#include "ptplan/engine/select.hpp"
#include "ptplan/model/knowledge.hpp"
#include "ptplan/model/plan.hpp"
#include "ptplan/model/profile.hpp"

#include <string>
#include <vector>

namespace ptplan::engine {

// The therapist decides, the rules check (README, "Therapist choices"): what
// the profile's `choices:` do to a week's plan, and the checks that refuse
// a pick the rules forbid.

// A rule that fired this week and forbids an exercise, with what of the
// exercise it forbids ("movement hip-flexion-past-90", "position prone").
struct Forbidding
{
  const model::Rule* rule = nullptr;
  std::vector<std::string> what;
};

// Every rule of `constraints` that forbids `exercise`, in rule-file order.
std::vector<Forbidding> rules_forbidding(const model::Exercise& exercise, const Constraints& constraints, const Facts& facts);

// The rules the therapist allowed for an included exercise this week, with
// their reasons; empty when it needed none.
std::vector<model::Override> overrides_for(
  const model::Exercise& exercise, const model::Profile& profile, const Constraints& constraints, const Facts& facts);

// The week's exclusions with the choices applied: every `exclude` is added
// (rule "choices.exclude"), and an `include` whose every forbidding rule has
// a matching `allow` is taken off. Nothing else: a pick the rules still
// forbid stays excluded (check_choices refuses such a profile before it is
// planned).
void apply_choices(const model::Profile& profile, const model::Catalog& catalog, const Constraints& constraints,
  const Facts& facts, Exclusions& exclusions);

// The therapist's dose for an exercise, when `choices.dose` gives one: the
// exercise's own dose with the given fields replaced. The rules' dose
// bounds do not apply to it (dose_warnings says when it is outside them).
std::optional<model::Dosage> therapist_dose(const model::Exercise& exercise, const model::Profile& profile);

// Checks the choices against the rules for weeks 1 to `week` (the profile
// is known to be free of red flags): an include a rule forbids without a
// matching allow, an include that needs equipment the patient lacks or is
// a clinic treatment, an allow for a red-flag rule, and picks that alone
// take longer than minutes_per_session are errors at the choice's
// position. Doses outside CLINICAL.md s.2 bounds and allow entries that do
// nothing are warnings.
void check_choices(const model::Knowledge& knowledge, const model::Profile& profile, int week, Diagnostics& errors,
  std::vector<std::string>& warnings);

// After the week is scheduled: each therapist dose whose days_per_week the
// week does not give (the schedule is shorter, strength rests 48 hours,
// aerobic work stops at 5 days), as a warning naming the days it got and
// why. Empty when every such dose got its days.
std::vector<std::string> dose_days_warnings(const std::vector<model::PlannedExercise>& planned, const model::Profile& profile);

} // namespace ptplan::engine
