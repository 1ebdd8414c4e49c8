#include "ptplan/engine/screen.hpp"

#include "ptplan/engine/facts.hpp"

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
  if (referral.rules.empty()) {
    referral.urgency = "urgent";
    referral.reasons.push_back("A warning sign was reported. A doctor needs to check it before you start exercises.");
  }
  return referral;
}

} // namespace ptplan::engine
