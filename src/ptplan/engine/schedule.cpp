#include "ptplan/engine/schedule.hpp"

#include "ptplan/core/words.hpp"
#include "ptplan/engine/budget.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>

namespace ptplan::engine {

namespace {

int index_of(Weekday day)
{
  return static_cast<int>(day);
}

std::vector<Weekday> spread(const std::vector<Weekday>& available, std::size_t count)
{
  const std::size_t n = available.size();
  count = std::min(count, n);
  std::vector<Weekday> days;
  for (std::size_t i = 0; i < count; ++i) {
    days.push_back(available[i * n / count]);
  }
  return days;
}

using DayMask = unsigned; // bit d set: Weekday d

constexpr int cyclic_gap(int a, int b)
{
  const int d = a > b ? a - b : b - a;
  return std::min(d, k_days_per_week - d);
}

// The largest set of days inside `available`, at most `cap`, no two of them
// consecutive; among equals the one with the widest smallest gap, then the
// earliest days.
constexpr DayMask best_non_consecutive(DayMask available, unsigned cap)
{
  DayMask best = 0;
  int best_size = 0;
  int best_gap = -1;
  for (DayMask mask = 1; mask < (1u << k_days_per_week); ++mask) {
    if ((mask & ~available) != 0) {
      continue;
    }
    const int size = std::popcount(mask);
    if (static_cast<unsigned>(size) > cap) {
      continue;
    }
    int gap = k_days_per_week;
    for (int a = 0; a < k_days_per_week; ++a) {
      for (int b = a + 1; b < k_days_per_week; ++b) {
        if ((mask >> a & 1u) && (mask >> b & 1u)) {
          gap = std::min(gap, cyclic_gap(a, b));
        }
      }
    }
    if (gap < 2) {
      continue;
    }
    // Earliest: compare the day lists, which for equal sizes is the order of
    // the bit-reversed masks.
    const auto earlier = [](DayMask x, DayMask y) {
      for (int d = 0; d < k_days_per_week; ++d) {
        const bool in_x = x >> d & 1u;
        const bool in_y = y >> d & 1u;
        if (in_x != in_y) {
          return in_x;
        }
      }
      return false;
    };
    if (size > best_size || (size == best_size && gap > best_gap)
        || (size == best_size && gap == best_gap && earlier(mask, best))) {
      best = mask;
      best_size = size;
      best_gap = gap;
    }
  }
  return best;
}

// The answer for every available set and cap, worked out by the compiler:
// the scheduler asks this for every trial during selection, and working the
// table out at start-up cost a single plan a tenth of its time.
std::vector<Weekday> non_consecutive(const std::vector<Weekday>& available, std::size_t cap)
{
  static constexpr auto k_table = [] {
    std::array<std::array<DayMask, 4>, 1u << k_days_per_week> table{};
    for (DayMask mask = 0; mask < (1u << k_days_per_week); ++mask) {
      for (unsigned c = 0; c < 4; ++c) {
        table[mask][c] = best_non_consecutive(mask, c);
      }
    }
    return table;
  }();
  DayMask mask = 0;
  for (const auto day : available) {
    mask |= 1u << index_of(day);
  }
  const DayMask chosen = k_table[mask][std::min<std::size_t>(cap, 3)];
  std::vector<Weekday> days;
  for (int d = 0; d < k_days_per_week; ++d) {
    if (chosen >> d & 1u) {
      days.push_back(static_cast<Weekday>(d));
    }
  }
  return days;
}

// Aerobic bouts and balance work go on the days without strength work
// first, so that the sessions of the week are of similar length and each
// can grow on days with room; then on strength days. With 3 or more free
// days, an aerobic bout stays off the strength days altogether: a longer
// bout on fewer days beats a short one held back by the fullest day.
std::vector<Weekday> light_days(const std::vector<Weekday>& available, std::size_t count, bool aerobic)
{
  constexpr std::size_t k_enough_free_days = 3;
  const std::vector<Weekday> strength = non_consecutive(available, 3);
  std::vector<Weekday> free;
  for (const auto day : available) {
    if (std::find(strength.begin(), strength.end(), day) == strength.end()) {
      free.push_back(day);
    }
  }
  std::vector<Weekday> days = spread(free, count);
  if (days.size() < count && !(aerobic && free.size() >= k_enough_free_days)) {
    const auto more = spread(strength, count - days.size());
    days.insert(days.end(), more.begin(), more.end());
  }
  std::sort(days.begin(), days.end());
  return days;
}

// Two available days in a row leave room for only one strength day.
bool strength_is_split(const std::vector<Weekday>& available)
{
  return available.size() == 2 && non_consecutive(available, 3).size() < 2;
}

// A strength exercise's main muscle group is the first it lists.
bool works_trunk_first(const model::Exercise& exercise)
{
  return !exercise.muscle_groups.empty() && exercise.muscle_groups.front() == "trunk";
}

} // namespace

std::optional<std::string> split_strength_reason(const model::Exercise& exercise, const std::vector<Weekday>& available)
{
  if (!model::is_strength_work(exercise.category) || !strength_is_split(available)) {
    return std::nullopt;
  }
  return fmt::format("strength is split over the two free days in a row: hip and leg work on {}, trunk work on {}, so each "
                     "muscle group rests 48 hours",
    weekday_name(available[0]), weekday_name(available[1]));
}

std::vector<Weekday> days_for(const model::Exercise& exercise, const model::Dosage& dose, const std::vector<Weekday>& available)
{
  const model::Category category = exercise.category;
  if (model::is_strength_work(exercise.category)) {
    if (strength_is_split(available)) {
      return {available[works_trunk_first(exercise) ? 1 : 0]};
    }
    const auto wanted = static_cast<std::size_t>(std::clamp(dose.value_or(model::DoseField::days_per_week, 3), 1, 3));
    return non_consecutive(available, wanted);
  }
  const int wanted = dose.value_or(model::DoseField::days_per_week, 7);
  if (category == model::Category::aerobic) {
    return light_days(available, static_cast<std::size_t>(std::clamp(wanted, 1, 5)), true);
  }
  if (category == model::Category::balance) {
    return light_days(available, static_cast<std::size_t>(std::max(1, wanted)), false);
  }
  return spread(available, static_cast<std::size_t>(std::max(1, wanted)));
}

std::string why_fewer_days(const model::Exercise& exercise, std::size_t wanted, const std::vector<Weekday>& available)
{
  if (model::is_strength_work(exercise.category)) {
    if (strength_is_split(available)) {
      return "the only days free are two in a row, so strength work is split over them and each muscle group rests 48 hours";
    }
    if (wanted > 3 && available.size() >= 3) {
      return "strength work is done at most 3 days a week, never two days in a row, so the muscles rest 48 hours";
    }
    if (available.size() >= wanted) {
      return "strength work is never on two days in a row, so the muscles rest 48 hours";
    }
  }
  if (exercise.category == model::Category::aerobic && wanted > 5 && available.size() >= 5) {
    return "aerobic work is planned on at most 5 days a week";
  }
  if (available.size() < wanted) {
    return "the schedule has " + count_in_words(available.size(), "exercise day", "exercise days");
  }
  return "days with only a minute or two of exercise became rest days";
}

void settle_short_days(std::vector<model::PlannedExercise>& planned, const model::Profile& profile)
{
  constexpr int k_shortest_session = 5; // minutes
  constexpr std::size_t k_fewest_days = 3;
  constexpr std::size_t k_most_aerobic_days = 5;
  const int shortest = std::min(k_shortest_session, std::max(1, profile.schedule.minutes_per_session / 2));
  const auto has = [](const model::PlannedExercise& item, Weekday day) {
    return std::find(item.days.begin(), item.days.end(), day) != item.days.end();
  };
  for (const auto day : profile.schedule.days) {
    const DayBudget budget = budget_of(planned);
    const int minutes = budget.minutes(day);
    if (minutes == 0 || minutes >= shortest) {
      continue;
    }
    const auto aerobic = std::find_if(planned.begin(), planned.end(), [&](const model::PlannedExercise& item) {
      return item.exercise->category == model::Category::aerobic && !has(item, day) && item.days.size() < k_most_aerobic_days
             && minutes + (item.seconds + 59) / 60 <= profile.schedule.minutes_per_session;
    });
    if (aerobic != planned.end()) {
      aerobic->days.push_back(day);
      std::sort(aerobic->days.begin(), aerobic->days.end());
      continue;
    }
    for (auto& item : planned) {
      const model::Category category = item.exercise->category;
      const bool light =
        category == model::Category::stretch || category == model::Category::mobility || category == model::Category::balance;
      if (light && has(item, day) && item.days.size() > k_fewest_days) {
        std::erase(item.days, day);
      }
    }
  }
}

std::vector<Weekday> clinic_days(int visits)
{
  switch (visits) {
  case 1:
    return {Weekday::wed};
  case 2:
    return {Weekday::tue, Weekday::thu};
  case 3:
    return {Weekday::mon, Weekday::wed, Weekday::fri};
  default:
    return {};
  }
}

std::vector<model::DayPlan> build_week(const std::vector<model::PlannedExercise>& exercises,
  const std::vector<Weekday>& available, int clinic_visits, std::optional<Date> week_start)
{
  const int first = week_start ? index_of(week_start->weekday()) : 0;
  const auto visits = clinic_days(clinic_visits);
  std::vector<model::DayPlan> week;
  for (int offset = 0; offset < k_days_per_week; ++offset) {
    model::DayPlan day;
    day.day = static_cast<Weekday>((first + offset) % k_days_per_week);
    if (week_start) {
      day.date = week_start->plus_days(offset);
    }
    day.available = std::find(available.begin(), available.end(), day.day) != available.end();
    day.clinic_visit = std::find(visits.begin(), visits.end(), day.day) != visits.end();
    int seconds = 0;
    for (const auto& planned : exercises) {
      if (std::find(planned.days.begin(), planned.days.end(), day.day) != planned.days.end()) {
        day.exercises.push_back(planned.exercise->id);
        seconds += planned.seconds_on(day.day);
      }
    }
    day.minutes = (seconds + 59) / 60;
    week.push_back(std::move(day));
  }
  return week;
}

} // namespace ptplan::engine
