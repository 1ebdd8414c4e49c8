#include "ptplan/engine/screen.hpp"

#include "ptplan/engine/facts.hpp"
#include "ptplan/engine/notes.hpp"

#include <algorithm>

namespace ptplan::engine {

namespace {

int urgency_rank(const std::string& urgency)
{
  if (urgency == "emergency") {
    return 3;
  }
  return urgency == "urgent" ? 2 : 1;
}

bool mentions_flag(const model::Condition& condition, const std::string& flag)
{
  if (condition.fact == "red_flags" && std::find(condition.words.begin(), condition.words.end(), flag) != condition.words.end()) {
    return true;
  }
  return std::any_of(condition.children.begin(), condition.children.end(),
    [&](const model::Condition& child) { return mentions_flag(child, flag); });
}

} // namespace

std::optional<model::Referral> screen(const model::Profile& profile, const Constraints& constraints)
{
  const std::vector<std::string> flags = uncleared_red_flags(profile);
  if (flags.empty() && constraints.referrals.empty()) {
    return std::nullopt;
  }
  model::Referral referral;
  referral.flags = flags;
  referral.urgency = "soon";
  for (const auto* rule : constraints.referrals) {
    referral.rules.push_back(rule);
    referral.reasons.push_back(rule->refer->reason);
    if (urgency_rank(rule->refer->urgency) > urgency_rank(referral.urgency)) {
      referral.urgency = rule->refer->urgency;
    }
  }
  // A flag that no referral rule that fired speaks of is still a danger
  // nobody graded: at least urgent.
  const bool uncovered = std::any_of(flags.begin(), flags.end(), [&](const std::string& flag) {
    return std::none_of(
      referral.rules.begin(), referral.rules.end(), [&](const model::Rule* rule) { return mentions_flag(rule->when, flag); });
  });
  if (uncovered) {
    if (urgency_rank(referral.urgency) < urgency_rank("urgent")) {
      referral.urgency = "urgent";
    }
    referral.reasons.push_back("A warning sign was reported. A doctor needs to check it before you start exercises.");
  }
  // While the patient waits for a doctor, the stop box's emergency signs
  // (cauda equina, a new weak leg, ...) say when not to wait.
  if (referral.urgency != "emergency") {
    for (auto& line : compose_stop_signs(constraints)) {
      if (line.call == "emergency") {
        referral.go_now.push_back(std::move(line));
      }
    }
  }
  return referral;
}

} // namespace ptplan::engine
