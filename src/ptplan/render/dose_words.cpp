#include "ptplan/render/dose_words.hpp"

#include "ptplan/i18n/words.hpp"

namespace ptplan::render {

namespace {

using i18n::Phrase;
using model::DoseField;

std::string times(int count, const i18n::Text& text)
{
  if (count == 1) {
    return std::string(text(Phrase::dose_once));
  }
  if (count == 2) {
    return std::string(text(Phrase::dose_twice));
  }
  return text.format_count(Phrase::dose_times, count);
}

std::string duration(int seconds, const i18n::Text& text)
{
  if (seconds >= 120 && seconds % 60 == 0) {
    return text.format_count(Phrase::dose_minutes_long, seconds / 60);
  }
  return text.format_count(Phrase::dose_seconds, seconds);
}

} // namespace

std::string dose_in_words(const model::Dosage& dose, std::string_view first_side, const i18n::Text& text)
{
  std::vector<std::string> sentences;
  const bool each_side = dose.side == "each";
  const int minutes = dose.value_or(DoseField::minutes, 0);
  const int hold = dose.value_or(DoseField::hold_seconds, 0);
  const int reps = dose.value_or(DoseField::reps, 0);
  const int sets = dose.value_or(DoseField::sets, 0);
  if (minutes > 0) {
    sentences.push_back(text.format_count(Phrase::dose_for_minutes, minutes));
  } else {
    if (hold > 0) {
      sentences.push_back(text.format(Phrase::dose_hold, fmt::arg("duration", duration(hold, text))));
    }
    if (reps > 0) {
      const Phrase phrase = hold > 0 ? (each_side ? Phrase::dose_do_this_each_side : Phrase::dose_do_this)
                                     : (each_side ? Phrase::dose_do_it_each_side : Phrase::dose_do_it);
      sentences.push_back(text.format(phrase, fmt::arg("times", times(reps, text))));
    } else if (each_side) {
      sentences.emplace_back(text(Phrase::dose_both_sides));
    }
    if (each_side && !first_side.empty()) {
      sentences.push_back(text.format(Phrase::dose_start_side, fmt::arg("side", first_side)));
    }
    if (sets > 1) {
      sentences.push_back(text.format(Phrase::dose_rounds, fmt::arg("count", sets)));
    }
  }
  const int per_day = dose.value_or(DoseField::times_per_day, 1);
  if (per_day > 1) {
    sentences.push_back(text.format(Phrase::dose_a_day, fmt::arg("times", times(per_day, text))));
  }
  std::string out;
  for (const auto& sentence : sentences) {
    out += (out.empty() ? "" : " ") + sentence;
  }
  return out;
}

std::string longer_bout_in_words(int minutes, const std::vector<Weekday>& days, const i18n::Text& text)
{
  return text.format(Phrase::dose_longer_bout, fmt::arg("days", i18n::days_in_words(text, days)), fmt::arg("minutes", minutes));
}

} // namespace ptplan::render
