// The dose and days in plain words (render/dose_words.hpp; CLINICAL.md s.9).

#include "ptplan/i18n/words.hpp"
#include "ptplan/render/dose_words.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

using ptplan::Weekday;
using ptplan::model::Dosage;
using ptplan::model::DoseField;
namespace {
std::string days_in_words(const std::vector<ptplan::Weekday>& days)
{
  return ptplan::i18n::days_in_words(ptplan::i18n::Text(), days);
}
} // namespace
using ptplan::render::dose_in_words;
using W = ptplan::Weekday;

namespace {

Dosage dose(
  std::optional<int> sets, std::optional<int> reps, std::optional<int> hold, std::optional<int> minutes, std::string side)
{
  Dosage d;
  d.set(DoseField::sets, sets);
  d.set(DoseField::reps, reps);
  d.set(DoseField::hold_seconds, hold);
  d.set(DoseField::minutes, minutes);
  d.side = std::move(side);
  return d;
}

bool contains(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("dose words: the header's and CLINICAL.md's sentences")
{
  // render/dose_words.hpp
  CHECK(dose_in_words(dose(1, 3, 30, std::nullopt, "each")) == "Hold for 30 seconds. Do this 3 times on each side.");
  // CLINICAL.md s.9: both sides at once, or no side, have no side words.
  CHECK(dose_in_words(dose(1, 3, 30, std::nullopt, "both")) == "Hold for 30 seconds. Do this 3 times.");
  CHECK(dose_in_words(dose(1, 3, 30, std::nullopt, "")) == "Hold for 30 seconds. Do this 3 times.");
}

TEST_CASE("dose words: empty fields are left out")
{
  SUBCASE("nothing at all")
  {
    CHECK(dose_in_words(Dosage{}) == "");
  }
  SUBCASE("a hold without a count")
  {
    CHECK(dose_in_words(dose(std::nullopt, std::nullopt, 20, std::nullopt, "")) == "Hold for 20 seconds.");
  }
  SUBCASE("one set says nothing more than no sets")
  {
    CHECK(dose_in_words(dose(1, 3, 30, std::nullopt, "each")) == dose_in_words(dose(std::nullopt, 3, 30, std::nullopt, "each")));
    CHECK(dose_in_words(dose(1, 10, std::nullopt, std::nullopt, "both"))
          == dose_in_words(dose(std::nullopt, 10, std::nullopt, std::nullopt, "both")));
  }
  SUBCASE("once a day says nothing more than no times a day")
  {
    Dosage once = dose(1, 3, 30, std::nullopt, "each");
    once.set(DoseField::times_per_day, 1);
    CHECK(dose_in_words(once) == "Hold for 30 seconds. Do this 3 times on each side.");
  }
  SUBCASE("days a week are not part of the dose sentence (the days are listed)")
  {
    Dosage weekly = dose(1, 3, 30, std::nullopt, "each");
    weekly.set(DoseField::days_per_week, 7);
    CHECK(dose_in_words(weekly) == "Hold for 30 seconds. Do this 3 times on each side.");
  }
}

TEST_CASE("dose words: counts and units read as plain English")
{
  SUBCASE("one second, no plural")
  {
    CHECK(dose_in_words(dose(std::nullopt, std::nullopt, 1, std::nullopt, "")) == "Hold for 1 second.");
  }
  SUBCASE("a single repetition is not '1 times'")
  {
    const std::string words = dose_in_words(dose(1, 1, 30, std::nullopt, "each"));
    CHECK(contains(words, "Hold for 30 seconds."));
    CHECK_FALSE(contains(words, "1 times"));
    CHECK(contains(words, "on each side"));
  }
  SUBCASE("repetitions without a hold")
  {
    const std::string words = dose_in_words(dose(1, 10, std::nullopt, std::nullopt, "both"));
    CHECK(contains(words, "10 times"));
    CHECK_FALSE(contains(words, "Hold"));
    CHECK_FALSE(contains(words, "side"));
  }
  SUBCASE("more than one set is said")
  {
    const std::string words = dose_in_words(dose(2, 10, std::nullopt, std::nullopt, "both"));
    CHECK(contains(words, "10 times"));
    CHECK(contains(words, "2"));
    CHECK(words != dose_in_words(dose(1, 10, std::nullopt, std::nullopt, "both")));
  }
  SUBCASE("minutes for aerobic and self-care, no hold or count words")
  {
    const std::string words = dose_in_words(dose(std::nullopt, std::nullopt, std::nullopt, 10, "both"));
    CHECK(contains(words, "10 minutes"));
    CHECK_FALSE(contains(words, "Hold"));
    CHECK_FALSE(contains(words, "times"));
  }
  SUBCASE("twice a day is said")
  {
    Dosage d = dose(1, 3, 30, std::nullopt, "each");
    d.set(DoseField::times_per_day, 2);
    const std::string words = dose_in_words(d);
    CHECK(words.rfind("Hold for 30 seconds. Do this 3 times on each side.", 0) == 0);
    CHECK(words != "Hold for 30 seconds. Do this 3 times on each side.");
    CHECK(contains(words, "a day"));
  }
}

TEST_CASE("days in words")
{
  CHECK(days_in_words({W::mon, W::wed, W::fri}) == "Monday, Wednesday and Friday");
  CHECK(days_in_words({W::mon, W::tue, W::wed, W::thu, W::fri, W::sat, W::sun}) == "every day");
  CHECK(days_in_words({W::tue, W::thu}) == "Tuesday and Thursday");
  CHECK(days_in_words({W::sun}) == "Sunday");
  CHECK(days_in_words({W::mon, W::tue, W::wed, W::thu, W::fri, W::sat})
        == "Monday, Tuesday, Wednesday, Thursday, Friday and Saturday");
}
