#pragma once

#include "ptplan/core/date.hpp"
#include "ptplan/i18n/text.hpp"
#include "ptplan/model/dosage.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ptplan::render {

// The dose in plain words for a patient: "Hold for 30 seconds. Do this 3
// times on each side." Fields that are empty are left out. "Each side" is
// said only for a dose done one side at a time (`side: each`); for such a
// dose, a `first_side` (the language's masculine word: "left", "izquierdo")
// adds which side to start with. In the language of `text`.
std::string dose_in_words(const model::Dosage& dose, std::string_view first_side = {}, const i18n::Text& text = {});

// The longer aerobic bout on some days: "On Tuesday and Thursday, do it for
// 12 minutes."
std::string longer_bout_in_words(int minutes, const std::vector<Weekday>& days, const i18n::Text& text = {});

} // namespace ptplan::render
