#include "ptplan/render/dose_words.hpp"

#include "ptplan/core/words.hpp"

#include <fmt/format.h>

namespace ptplan::render {

namespace {

using model::DoseField;

std::string times(int count)
{
  if (count == 1) {
    return "once";
  }
  if (count == 2) {
    return "twice";
  }
  return fmt::format("{} times", count);
}

std::string duration(int seconds)
{
  if (seconds >= 120 && seconds % 60 == 0) {
    return fmt::format("{} minutes", seconds / 60);
  }
  return seconds == 1 ? std::string("1 second") : fmt::format("{} seconds", seconds);
}

} // namespace

std::string dose_in_words(const model::Dosage& dose, std::string_view first_side)
{
  std::vector<std::string> sentences;
  const bool each_side = dose.side == "each";
  const int minutes = dose.value_or(DoseField::minutes, 0);
  const int hold = dose.value_or(DoseField::hold_seconds, 0);
  const int reps = dose.value_or(DoseField::reps, 0);
  const int sets = dose.value_or(DoseField::sets, 0);
  if (minutes > 0) {
    sentences.push_back(fmt::format("Do this for {} minute{}.", minutes, minutes == 1 ? "" : "s"));
  } else {
    if (hold > 0) {
      sentences.push_back(fmt::format("Hold for {}.", duration(hold)));
    }
    if (reps > 0) {
      const std::string side = each_side ? " on each side" : "";
      sentences.push_back(
        hold > 0 ? fmt::format("Do this {}{}.", times(reps), side) : fmt::format("Do it {}{}.", times(reps), side));
    } else if (each_side) {
      sentences.push_back("Do both sides.");
    }
    if (each_side && !first_side.empty()) {
      sentences.push_back(fmt::format("Start with your {} side.", first_side));
    }
    if (sets > 1) {
      sentences.push_back(fmt::format("Rest for a short while, then do it all again. Do {} rounds in all.", sets));
    }
  }
  const int per_day = dose.value_or(DoseField::times_per_day, 1);
  if (per_day > 1) {
    sentences.push_back(fmt::format("Do this {} a day.", times(per_day)));
  }
  std::string out;
  for (const auto& sentence : sentences) {
    out += (out.empty() ? "" : " ") + sentence;
  }
  return out;
}

std::string longer_bout_in_words(int minutes, const std::vector<Weekday>& days)
{
  return fmt::format("On {}, do it for {} minutes.", days_in_words(days), minutes);
}

std::string days_in_words(const std::vector<Weekday>& days)
{
  if (days.size() == 7) {
    return "every day";
  }
  std::vector<std::string> names;
  for (const auto day : days) {
    names.emplace_back(weekday_name(day));
  }
  return list_in_words(names);
}

} // namespace ptplan::render
