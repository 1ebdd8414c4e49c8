#include "ptplan/core/date.hpp"

#include <fmt/format.h>

#include <array>

namespace ptplan {

namespace {

constexpr std::array<std::string_view, 7> k_weekday_ids = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<std::string_view, 7> k_weekday_names = {
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, 12> k_month_names = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};

bool is_leap(int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month)
{
  constexpr std::array<int, 12> k_days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : k_days[static_cast<std::size_t>(month - 1)];
}

// Howard Hinnant's days_from_civil.
int days_from_civil(int y, int m, int d)
{
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Civil
{
  int year, month, day;
};

Civil civil_from_days(int z)
{
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = yoe + era * 400;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp + (mp < 10 ? 3 : -9);
  return {y + (m <= 2 ? 1 : 0), m, d};
}

std::optional<int> digits(std::string_view text)
{
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  return value;
}

} // namespace

std::optional<Weekday> parse_weekday(std::string_view text)
{
  for (std::size_t i = 0; i < k_weekday_ids.size(); ++i) {
    if (k_weekday_ids[i] == text) {
      return static_cast<Weekday>(i);
    }
  }
  return std::nullopt;
}

std::string_view weekday_id(Weekday day)
{
  return k_weekday_ids[static_cast<std::size_t>(day)];
}

std::string_view weekday_name(Weekday day)
{
  return k_weekday_names[static_cast<std::size_t>(day)];
}

std::optional<Date> Date::parse(std::string_view text)
{
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  const auto year = digits(text.substr(0, 4));
  const auto month = digits(text.substr(5, 2));
  const auto day = digits(text.substr(8, 2));
  if (!year || !month || !day || *year < 1900 || *month < 1 || *month > 12 || *day < 1 || *day > days_in_month(*year, *month)) {
    return std::nullopt;
  }
  return from_ymd(*year, *month, *day);
}

Date Date::from_ymd(int year, int month, int day)
{
  return Date(days_from_civil(year, month, day));
}

Weekday Date::weekday() const
{
  // 1970-01-01 was a Thursday.
  const int index = ((m_days % 7) + 7 + 3) % 7;
  return static_cast<Weekday>(index);
}

std::string Date::iso() const
{
  const Civil c = civil_from_days(m_days);
  return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
}

std::string Date::display() const
{
  const Civil c = civil_from_days(m_days);
  return fmt::format("{} {} {}", c.day, k_month_names[static_cast<std::size_t>(c.month - 1)], c.year);
}

int Date::year() const
{
  return civil_from_days(m_days).year;
}

int Date::month() const
{
  return civil_from_days(m_days).month;
}

int Date::day() const
{
  return civil_from_days(m_days).day;
}

} // namespace ptplan
