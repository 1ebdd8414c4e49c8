#pragma once

#include "ptplan/model/knowledge.hpp"
#include "ptplan/model/plan.hpp"

#include <kainjow/mustache.hpp>

namespace ptplan::render {

// The values a plan template can use (templates/README.md lists them). Text
// is raw here; the template's escape makes it safe for its format.
kainjow::mustache::data plan_view(const model::Plan& plan, const model::Knowledge& knowledge);

// The values a referral template can use.
kainjow::mustache::data referral_view(
  const model::Referral& referral, const model::Profile& profile, const model::Knowledge& knowledge);

} // namespace ptplan::render
