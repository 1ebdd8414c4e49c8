#pragma once

#include "ptplan/engine/review.hpp"
#include "ptplan/model/knowledge.hpp"
#include "ptplan/model/profile.hpp"
#include "ptplan/render/escape.hpp"

#include <string>

namespace ptplan::render {

// The course review for the therapist, in Markdown (tables), plain text
// (aligned columns) or JSON. Patient-written text (names) is escaped for
// the format. HTML is not offered: this is a working summary, not a handout.
std::string review_report(
  const engine::CourseReview& review, const model::Profile& profile, const model::Knowledge& knowledge, Format format);

} // namespace ptplan::render
