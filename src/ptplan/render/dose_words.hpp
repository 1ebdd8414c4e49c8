#pragma once

#include "ptplan/core/date.hpp"
#include "ptplan/model/dosage.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ptplan::render {

// The dose in plain words for a patient: "Hold for 30 seconds. Do this 3
// times on each side." Fields that are empty are left out. "Each side" is
// said only for a dose done one side at a time (`side: each`); for such a
// dose, a `first_side` ("left") adds which side to start with.
std::string dose_in_words(const model::Dosage& dose, std::string_view first_side = {});

// The longer aerobic bout on some days: "On Tuesday and Thursday, do it for
// 12 minutes."
std::string longer_bout_in_words(int minutes, const std::vector<Weekday>& days);

// "Monday, Wednesday and Friday"; "every day" for all seven.
std::string days_in_words(const std::vector<Weekday>& days);

} // namespace ptplan::render
