#pragma once

#include "ptplan/core/date.hpp"
#include "ptplan/core/sides.hpp"
#include "ptplan/i18n/text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ptplan::i18n {

// The words of a language for the calendar, lists and sides.
std::string_view weekday_name(const Text& text, Weekday day);  // "Monday", "lunes"
std::string_view weekday_short(const Text& text, Weekday day); // "Mon", "lun"
std::string_view month_name(const Text& text, int month);      // 1 -> "January"
std::string date_long(const Text& text, const Date& date);     // "7 December 2026", "lunes 7 de diciembre de 2026"
std::string date_short(const Text& text, const Date& date);    // "7 Dec", "7 dic"

// "A, B and C", "A, B y C".
std::string list_in_words(const Text& text, const std::vector<std::string>& items);

// "every day", or the days as a list.
std::string days_in_words(const Text& text, const std::vector<Weekday>& days);

// The words for the profile's side ("left", "right", "both" or empty).
Sides sides_for(const Text& text, std::string_view profile_side);

} // namespace ptplan::i18n
