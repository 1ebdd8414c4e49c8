#pragma once

#include "ptplan/model/knowledge.hpp"
#include "ptplan/model/plan.hpp"

#include <string>

namespace ptplan::render {

// The plan as the JSON object SPEC.md documents, pretty-printed, ending in
// a newline. Keys keep a fixed order.
std::string plan_json(const model::Plan& plan, std::string_view language = "en");

// {"status": "referral", ...} for a referral.
std::string referral_json(const model::Referral& referral, const model::Profile& profile, std::string_view language = "en");

} // namespace ptplan::render
