#include "ptplan/core/date.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>

using ptplan::Date;
using ptplan::Weekday;

TEST_CASE("Date::parse accepts real calendar days")
{
  SUBCASE("an ordinary day")
  {
    const auto date = Date::parse("2026-12-07");
    REQUIRE(date.has_value());
    CHECK(date->iso() == "2026-12-07");
    CHECK(date->display() == "7 December 2026");
    CHECK(date->weekday() == Weekday::mon);
    CHECK(date->days_since_epoch() == 20794);
  }
  SUBCASE("29 February in a leap year")
  {
    const auto date = Date::parse("2024-02-29");
    REQUIRE(date.has_value());
    CHECK(date->iso() == "2024-02-29");
    CHECK(date->display() == "29 February 2024");
    CHECK(date->weekday() == Weekday::thu);
  }
  SUBCASE("29 February in a year divisible by 400")
  {
    const auto date = Date::parse("2000-02-29");
    REQUIRE(date.has_value());
    CHECK(date->weekday() == Weekday::tue);
  }
  SUBCASE("the last day of a 31-day month and of the year")
  {
    REQUIRE(Date::parse("2026-01-31").has_value());
    const auto date = Date::parse("2026-12-31");
    REQUIRE(date.has_value());
    CHECK(date->display() == "31 December 2026");
  }
  SUBCASE("the earliest year accepted")
  {
    const auto date = Date::parse("1900-01-01");
    REQUIRE(date.has_value());
    CHECK(date->weekday() == Weekday::mon);
    CHECK(date->days_since_epoch() == -25567);
  }
}

TEST_CASE("Date::parse refuses days that do not exist and malformed text")
{
  SUBCASE("days past the end of the month")
  {
    CHECK_FALSE(Date::parse("2026-02-30").has_value());
    CHECK_FALSE(Date::parse("2026-02-29").has_value()); // not a leap year
    CHECK_FALSE(Date::parse("1900-02-29").has_value()); // divisible by 100, not by 400
    CHECK_FALSE(Date::parse("2026-04-31").has_value());
    CHECK_FALSE(Date::parse("2026-01-32").has_value());
  }
  SUBCASE("month or day zero or too large")
  {
    CHECK_FALSE(Date::parse("2026-00-10").has_value());
    CHECK_FALSE(Date::parse("2026-13-01").has_value());
    CHECK_FALSE(Date::parse("2026-01-00").has_value());
  }
  SUBCASE("years before 1900")
  {
    CHECK_FALSE(Date::parse("1899-12-31").has_value());
    CHECK_FALSE(Date::parse("0000-01-01").has_value());
  }
  SUBCASE("other layouts")
  {
    CHECK_FALSE(Date::parse("").has_value());
    CHECK_FALSE(Date::parse("2026-1-07").has_value());
    CHECK_FALSE(Date::parse("26-12-07").has_value());
    CHECK_FALSE(Date::parse("2026/12/07").has_value());
    CHECK_FALSE(Date::parse("07-12-2026").has_value());
    CHECK_FALSE(Date::parse("2026-12-07 ").has_value());
    CHECK_FALSE(Date::parse(" 2026-12-07").has_value());
    CHECK_FALSE(Date::parse("2026-12-07T10:00").has_value());
    CHECK_FALSE(Date::parse("+026-12-07").has_value());
    CHECK_FALSE(Date::parse("2026-+2-07").has_value());
    CHECK_FALSE(Date::parse("2026-12-0a").has_value());
    CHECK_FALSE(Date::parse("today").has_value());
  }
}

TEST_CASE("Date weekday, iso and display around the epoch")
{
  const Date epoch = Date::from_ymd(1970, 1, 1);
  CHECK(epoch.days_since_epoch() == 0);
  CHECK(epoch.weekday() == Weekday::thu);
  CHECK(epoch.iso() == "1970-01-01");

  const Date before = epoch.plus_days(-1);
  CHECK(before.iso() == "1969-12-31");
  CHECK(before.weekday() == Weekday::wed);
  CHECK(before.display() == "31 December 1969");

  SUBCASE("a full week of weekdays from a Monday")
  {
    const Date monday = Date::from_ymd(2026, 12, 7);
    const Weekday expected[] = {Weekday::mon, Weekday::tue, Weekday::wed, Weekday::thu, Weekday::fri, Weekday::sat, Weekday::sun};
    for (int i = 0; i < 7; ++i) {
      CHECK(monday.plus_days(i).weekday() == expected[i]);
    }
    CHECK(monday.plus_days(7).weekday() == Weekday::mon);
  }
}

TEST_CASE("Date arithmetic crosses months, leap days and years")
{
  const Date leap_eve = Date::from_ymd(2024, 2, 28);
  CHECK(leap_eve.plus_days(1).iso() == "2024-02-29");
  CHECK(leap_eve.plus_days(2).iso() == "2024-03-01");
  CHECK(Date::from_ymd(2026, 2, 28).plus_days(1).iso() == "2026-03-01");
  CHECK(Date::from_ymd(2026, 12, 31).plus_days(1).iso() == "2027-01-01");
  CHECK(Date::from_ymd(2026, 12, 7).plus_days(42).display() == "18 January 2027");

  CHECK(Date::from_ymd(2027, 1, 1) - Date::from_ymd(2026, 1, 1) == 365);
  CHECK(Date::from_ymd(2025, 1, 1) - Date::from_ymd(2024, 1, 1) == 366);
  CHECK(Date::from_ymd(2026, 1, 1) - Date::from_ymd(2026, 1, 8) == -7);

  const auto parsed = Date::parse("2026-03-01");
  REQUIRE(parsed.has_value());
  CHECK(*parsed == Date::from_ymd(2026, 3, 1));
  CHECK(*parsed < Date::from_ymd(2026, 3, 2));
  CHECK(*parsed > Date::from_ymd(2026, 2, 28));
}

TEST_CASE("display names every month in full")
{
  const char* const months[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
  for (int month = 1; month <= 12; ++month) {
    CHECK(Date::from_ymd(2026, month, 5).display() == "5 " + std::string(months[month - 1]) + " 2026");
  }
}

TEST_CASE("weekday ids and names")
{
  SUBCASE("parse_weekday takes the three-letter ids only")
  {
    REQUIRE(ptplan::parse_weekday("mon").has_value());
    CHECK(*ptplan::parse_weekday("mon") == Weekday::mon);
    REQUIRE(ptplan::parse_weekday("sun").has_value());
    CHECK(*ptplan::parse_weekday("sun") == Weekday::sun);
    CHECK_FALSE(ptplan::parse_weekday("Mon").has_value());
    CHECK_FALSE(ptplan::parse_weekday("monday").has_value());
    CHECK_FALSE(ptplan::parse_weekday("").has_value());
    CHECK_FALSE(ptplan::parse_weekday("mo").has_value());
  }
  SUBCASE("ids and names round-trip")
  {
    CHECK(ptplan::weekday_id(Weekday::wed) == "wed");
    CHECK(ptplan::weekday_name(Weekday::wed) == "Wednesday");
    CHECK(ptplan::weekday_name(Weekday::sun) == "Sunday");
    for (const char* id : {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}) {
      const auto day = ptplan::parse_weekday(id);
      REQUIRE(day.has_value());
      CHECK(ptplan::weekday_id(*day) == id);
    }
  }
}
