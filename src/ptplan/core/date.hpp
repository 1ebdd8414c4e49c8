#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ptplan {

enum class Weekday { mon, tue, wed, thu, fri, sat, sun };

inline constexpr int k_days_per_week = 7;

// "mon".."sun"; the empty optional for anything else.
std::optional<Weekday> parse_weekday(std::string_view text);
std::string_view weekday_id(Weekday day);
std::string_view weekday_name(Weekday day); // "Monday"

// A calendar date (proleptic Gregorian), counted in days since 1970-01-01.
class Date
{
public:
  // Parses "YYYY-MM-DD"; the empty optional for malformed text or a day
  // that does not exist (2026-02-30).
  static std::optional<Date> parse(std::string_view text);
  static Date from_ymd(int year, int month, int day);

  int days_since_epoch() const { return m_days; }
  Date plus_days(int days) const { return Date(m_days + days); }
  Weekday weekday() const;
  std::string iso() const;     // 2026-12-07
  std::string display() const; // 7 December 2026
  int year() const;
  int month() const; // 1..12
  int day() const;   // 1..31

  friend int operator-(const Date& a, const Date& b) { return a.m_days - b.m_days; }
  friend auto operator<=>(const Date&, const Date&) = default;

private:
  explicit Date(int days) : m_days(days) {}
  int m_days = 0;
};

} // namespace ptplan
