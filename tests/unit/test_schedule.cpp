// The week: which days each exercise is done, clinic days and the week table
// (engine/schedule.hpp; CLINICAL.md s.2 frequencies).

#include "ptplan/engine/schedule.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using ptplan::Date;
using ptplan::Weekday;
using ptplan::engine::build_week;
using ptplan::engine::clinic_days;
using ptplan::engine::days_for;
using ptplan::model::Dosage;
using ptplan::model::DoseField;
using ptplan::model::Exercise;
using ptplan::model::PlannedExercise;
using W = ptplan::Weekday;

namespace {

const std::vector<Weekday> k_all_days = {W::mon, W::tue, W::wed, W::thu, W::fri, W::sat, W::sun};

Exercise exercise(std::string id, std::string category)
{
  Exercise e;
  e.id = std::move(id);
  e.category = *ptplan::model::enum_from_word<ptplan::model::Category>(category);
  return e;
}

Dosage days_a_week(int days)
{
  Dosage d;
  d.set(DoseField::days_per_week, days);
  return d;
}

bool consecutive(Weekday a, Weekday b)
{
  const int d = std::abs(static_cast<int>(a) - static_cast<int>(b));
  return d == 1 || d == 6; // Sunday and Monday are neighbours
}

bool any_consecutive(const std::vector<Weekday>& days)
{
  for (std::size_t i = 0; i < days.size(); ++i) {
    for (std::size_t j = i + 1; j < days.size(); ++j) {
      if (consecutive(days[i], days[j])) {
        return true;
      }
    }
  }
  return false;
}

bool within(const std::vector<Weekday>& days, const std::vector<Weekday>& available)
{
  return std::all_of(
    days.begin(), days.end(), [&](Weekday d) { return std::find(available.begin(), available.end(), d) != available.end(); });
}

bool has_duplicates(std::vector<Weekday> days)
{
  std::sort(days.begin(), days.end());
  return std::adjacent_find(days.begin(), days.end()) != days.end();
}

} // namespace

TEST_CASE("schedule: strength days are never consecutive, Sunday to Monday included")
{
  std::string category;
  SUBCASE("strength")
  {
    category = "strength";
  }
  SUBCASE("functional")
  {
    category = "functional";
  }
  CAPTURE(category);
  const Exercise e = exercise("bridge", category);
  // every day available: 3 spread days
  {
    const auto days = days_for(e, days_a_week(3), k_all_days);
    CHECK(days.size() == 3);
    CHECK_FALSE(any_consecutive(days));
    CHECK_FALSE(has_duplicates(days));
  }
  // Monday and Sunday only: they are neighbours, so one day
  {
    const auto days = days_for(e, days_a_week(3), {W::mon, W::sun});
    REQUIRE(days.size() == 1);
    CHECK((days[0] == W::mon || days[0] == W::sun));
  }
  // Monday, Tuesday and Sunday: only Tuesday and Sunday are apart
  {
    const auto days = days_for(e, days_a_week(3), {W::mon, W::tue, W::sun});
    CHECK(days == std::vector<Weekday>{W::tue, W::sun});
  }
  // Monday, Wednesday, Friday and Saturday: 3 days, never Friday with Saturday
  {
    const auto days = days_for(e, days_a_week(3), {W::mon, W::wed, W::fri, W::sat});
    CHECK(days.size() == 3);
    CHECK_FALSE(any_consecutive(days));
    CHECK(within(days, {W::mon, W::wed, W::fri, W::sat}));
  }
  // Saturday and Sunday: one day
  {
    const auto days = days_for(e, days_a_week(2), {W::sat, W::sun});
    CHECK(days.size() == 1);
  }
  // two days asked for, two given
  {
    const auto days = days_for(e, days_a_week(2), k_all_days);
    CHECK(days.size() == 2);
    CHECK_FALSE(any_consecutive(days));
  }
}

TEST_CASE("schedule: strength work is at most 3 days a week")
{
  const Exercise e = exercise("bridge", "strength");
  for (const int asked : {3, 4, 5, 7}) {
    CAPTURE(asked);
    const auto days = days_for(e, days_a_week(asked), k_all_days);
    CHECK(days.size() == 3);
    CHECK_FALSE(any_consecutive(days));
  }
}

TEST_CASE("schedule: only the patient's available days are used")
{
  const std::vector<Weekday> available = {W::tue, W::thu, W::sat};
  for (const char* category : {"strength", "functional", "aerobic", "stretch", "mobility", "balance"}) {
    CAPTURE(category);
    const auto days = days_for(exercise("x", category), days_a_week(7), available);
    CHECK_FALSE(days.empty());
    CHECK(within(days, available));
    CHECK_FALSE(has_duplicates(days));
  }
}

TEST_CASE("schedule: stretching, mobility and balance get as many days as the dose asks")
{
  for (const char* category : {"stretch", "mobility", "balance"}) {
    CAPTURE(category);
    const Exercise e = exercise("x", category);
    CHECK(days_for(e, days_a_week(7), k_all_days) == k_all_days);
    CHECK(days_for(e, days_a_week(7), {W::mon, W::wed, W::fri, W::sat}) == std::vector<Weekday>{W::mon, W::wed, W::fri, W::sat});
    const auto three = days_for(e, days_a_week(3), k_all_days);
    CHECK(three.size() == 3);
    CHECK_FALSE(any_consecutive(three)); // spread out over seven days
    const auto two = days_for(e, days_a_week(2), k_all_days);
    CHECK(two.size() == 2);
    CHECK_FALSE(any_consecutive(two));
  }
}

TEST_CASE("schedule: aerobic work is up to 5 days and prefers days without strength work")
{
  const Exercise walk = exercise("walking", "aerobic");
  const Exercise bridge = exercise("bridge", "strength");

  SUBCASE("at most 5 days")
  {
    const std::vector<Weekday> five = {W::mon, W::tue, W::wed, W::thu, W::fri};
    CHECK(days_for(walk, days_a_week(7), five).size() == 5);
    CHECK(days_for(walk, days_a_week(5), five).size() == 5);
  }
  SUBCASE("three bouts go on the four days without strength")
  {
    const auto strength = days_for(bridge, days_a_week(3), k_all_days);
    const auto aerobic = days_for(walk, days_a_week(3), k_all_days);
    REQUIRE(strength.size() == 3);
    CHECK(aerobic.size() == 3);
    for (const auto day : aerobic) {
      CAPTURE(static_cast<int>(day));
      CHECK(std::find(strength.begin(), strength.end(), day) == strength.end());
    }
  }
  SUBCASE("five bouts with four free days: the free days only, so no strength day holds the bout back")
  {
    const auto strength = days_for(bridge, days_a_week(3), k_all_days);
    const auto aerobic = days_for(walk, days_a_week(5), k_all_days);
    CHECK(aerobic.size() == 4);
    CHECK_FALSE(has_duplicates(aerobic));
    const auto shared = std::count_if(aerobic.begin(), aerobic.end(),
      [&](Weekday d) { return std::find(strength.begin(), strength.end(), d) != strength.end(); });
    CHECK(shared == 0);
  }
  SUBCASE("five bouts with two free days: both, then the strength days")
  {
    const std::vector<Weekday> five = {W::mon, W::tue, W::wed, W::thu, W::fri};
    const auto strength = days_for(bridge, days_a_week(3), five);
    const auto aerobic = days_for(walk, days_a_week(5), five);
    CHECK(aerobic.size() == 5);
    const auto shared = std::count_if(aerobic.begin(), aerobic.end(),
      [&](Weekday d) { return std::find(strength.begin(), strength.end(), d) != strength.end(); });
    CHECK(shared == 3);
  }
  SUBCASE("four available days: the free one is used first")
  {
    const std::vector<Weekday> available = {W::mon, W::wed, W::fri, W::sat};
    const auto strength = days_for(bridge, days_a_week(3), available);
    const auto aerobic = days_for(walk, days_a_week(1), available);
    REQUIRE(strength.size() == 3);
    REQUIRE(aerobic.size() == 1);
    CHECK(std::find(strength.begin(), strength.end(), aerobic[0]) == strength.end());
    CHECK(within(aerobic, available));
  }
}

TEST_CASE("schedule: clinic visit days")
{
  CHECK(clinic_days(0).empty());
  CHECK(clinic_days(1) == std::vector<Weekday>{W::wed});
  CHECK(clinic_days(2) == std::vector<Weekday>{W::tue, W::thu});
  CHECK(clinic_days(3) == std::vector<Weekday>{W::mon, W::wed, W::fri});
}

namespace {

struct WeekFixture
{
  Exercise bridge = exercise("glute-bridge", "strength");
  Exercise walk = exercise("walking", "aerobic");
  std::vector<PlannedExercise> planned;

  WeekFixture()
  {
    PlannedExercise b;
    b.exercise = &bridge;
    b.days = {W::mon, W::wed, W::fri};
    b.seconds = 120;
    PlannedExercise w;
    w.exercise = &walk;
    w.days = {W::tue, W::wed, W::sat};
    w.seconds = 600;
    planned = {b, w};
  }
};

} // namespace

TEST_CASE("schedule: an undated week runs Monday to Sunday")
{
  const WeekFixture f;
  const auto week = build_week(f.planned, {W::mon, W::tue, W::wed, W::fri, W::sat}, 0, std::nullopt);
  REQUIRE(week.size() == 7);
  for (std::size_t i = 0; i < week.size(); ++i) {
    CAPTURE(i);
    CHECK(week[i].day == k_all_days[i]);
    CHECK_FALSE(week[i].date.has_value());
    CHECK_FALSE(week[i].clinic_visit);
  }
  CHECK(week[0].exercises == std::vector<std::string>{"glute-bridge"});
  CHECK(week[0].minutes == 2);
  CHECK(week[1].exercises == std::vector<std::string>{"walking"});
  CHECK(week[1].minutes == 10);
  CHECK(week[2].exercises == std::vector<std::string>{"glute-bridge", "walking"}); // plan order
  CHECK(week[2].minutes == 12);
  CHECK(week[3].exercises.empty());
  CHECK(week[3].minutes == 0);
  CHECK_FALSE(week[3].available);
  CHECK(week[4].available);
  CHECK_FALSE(week[6].available);
}

TEST_CASE("schedule: a dated week starts on the plan's start weekday, with dates")
{
  const WeekFixture f;
  const auto start = Date::from_ymd(2026, 12, 9); // a Wednesday
  REQUIRE(start.weekday() == W::wed);
  const auto week = build_week(f.planned, k_all_days, 2, start);
  REQUIRE(week.size() == 7);
  const std::vector<Weekday> order = {W::wed, W::thu, W::fri, W::sat, W::sun, W::mon, W::tue};
  const std::vector<std::string> dates = {
    "2026-12-09", "2026-12-10", "2026-12-11", "2026-12-12", "2026-12-13", "2026-12-14", "2026-12-15"};
  for (std::size_t i = 0; i < week.size(); ++i) {
    CAPTURE(i);
    CHECK(week[i].day == order[i]);
    REQUIRE(week[i].date.has_value());
    CHECK(week[i].date->iso() == dates[i]);
    CHECK(week[i].date->weekday() == week[i].day);
    // Two visits a week: Tuesday and Thursday.
    CHECK(week[i].clinic_visit == (order[i] == W::tue || order[i] == W::thu));
  }
  CHECK(week[0].exercises == std::vector<std::string>{"glute-bridge", "walking"});
  CHECK(week[5].exercises == std::vector<std::string>{"glute-bridge"}); // Monday 14th
  CHECK(week[6].exercises == std::vector<std::string>{"walking"});      // Tuesday 15th
}

TEST_CASE("schedule: a week starting on Monday keeps the calendar order")
{
  const WeekFixture f;
  const auto week = build_week(f.planned, k_all_days, 3, Date::from_ymd(2026, 12, 7));
  REQUIRE(week.size() == 7);
  CHECK(week[0].day == W::mon);
  REQUIRE(week[6].date.has_value());
  CHECK(week[6].day == W::sun);
  CHECK(week[6].date->iso() == "2026-12-13");
  int visits = 0;
  for (const auto& day : week) {
    visits += day.clinic_visit ? 1 : 0;
  }
  CHECK(visits == 3);
  CHECK(week[0].clinic_visit);
  CHECK(week[2].clinic_visit);
  CHECK(week[4].clinic_visit);
}
