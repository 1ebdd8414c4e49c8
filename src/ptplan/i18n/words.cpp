#include "ptplan/i18n/words.hpp"

#include <array>

namespace ptplan::i18n {

namespace {

constexpr std::array k_weekdays = {
  Phrase::monday, Phrase::tuesday, Phrase::wednesday, Phrase::thursday, Phrase::friday, Phrase::saturday, Phrase::sunday};
constexpr std::array k_weekdays_short = {Phrase::monday_short, Phrase::tuesday_short, Phrase::wednesday_short,
  Phrase::thursday_short, Phrase::friday_short, Phrase::saturday_short, Phrase::sunday_short};
constexpr std::array k_months = {Phrase::january, Phrase::february, Phrase::march, Phrase::april, Phrase::may, Phrase::june,
  Phrase::july, Phrase::august, Phrase::september, Phrase::october, Phrase::november, Phrase::december};

// The first `count` characters (not bytes) of UTF-8 text.
std::string_view first_characters(std::string_view text, std::size_t count)
{
  std::size_t i = 0;
  for (std::size_t seen = 0; i < text.size() && seen < count; ++seen) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) {
      ++i;
    }
  }
  return text.substr(0, i);
}

} // namespace

std::string_view weekday_name(const Text& text, Weekday day)
{
  return text(k_weekdays[static_cast<std::size_t>(day)]);
}

std::string_view weekday_short(const Text& text, Weekday day)
{
  return text(k_weekdays_short[static_cast<std::size_t>(day)]);
}

std::string_view month_name(const Text& text, int month)
{
  return text(k_months[static_cast<std::size_t>(month - 1)]);
}

std::string date_long(const Text& text, const Date& date)
{
  return text.format(Phrase::date_long, fmt::arg("weekday", weekday_name(text, date.weekday())), fmt::arg("day", date.day()),
    fmt::arg("month", month_name(text, date.month())), fmt::arg("year", date.year()));
}

std::string date_short(const Text& text, const Date& date)
{
  return text.format(
    Phrase::date_short, fmt::arg("day", date.day()), fmt::arg("month3", first_characters(month_name(text, date.month()), 3)));
}

std::string list_in_words(const Text& text, const std::vector<std::string>& items)
{
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      out += i + 1 == items.size() ? text(Phrase::list_and) : text(Phrase::list_comma);
    }
    out += items[i];
  }
  return out;
}

std::string days_in_words(const Text& text, const std::vector<Weekday>& days)
{
  if (days.size() == 7) {
    return std::string(text(Phrase::every_day));
  }
  std::vector<std::string> names;
  names.reserve(days.size());
  for (const auto day : days) {
    names.emplace_back(weekday_name(text, day));
  }
  return list_in_words(text, names);
}

Sides sides_for(const Text& text, std::string_view profile_side)
{
  const std::string right(text(Phrase::side_right));
  const std::string left(text(Phrase::side_left));
  const std::string right_m(text(Phrase::side_right_m));
  const std::string left_m(text(Phrase::side_left_m));
  if (profile_side == "left") {
    return {left, right, true, left_m, right_m};
  }
  return {right, left, profile_side == "right", right_m, left_m};
}

} // namespace ptplan::i18n
