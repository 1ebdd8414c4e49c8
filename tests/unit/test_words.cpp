// Plain-words helpers (core/words.hpp).

#include "ptplan/core/words.hpp"

#include <doctest/doctest.h>

TEST_CASE("list_in_words joins with commas and a final \"and\"")
{
  CHECK(ptplan::list_in_words({}).empty());
  CHECK(ptplan::list_in_words({"Monday"}) == "Monday");
  CHECK(ptplan::list_in_words({"Monday", "Friday"}) == "Monday and Friday");
  CHECK(ptplan::list_in_words({"1", "3", "4"}) == "1, 3 and 4");
}

TEST_CASE("count_in_words takes the singular for one only")
{
  CHECK(ptplan::count_in_words(1, "plan", "plans") == "1 plan");
  CHECK(ptplan::count_in_words(0, "plan", "plans") == "0 plans");
  CHECK(ptplan::count_in_words(12, "exercise day", "exercise days") == "12 exercise days");
}

TEST_CASE("score_text writes whole numbers without a decimal, others with one")
{
  CHECK(ptplan::score_text(6) == "6");
  CHECK(ptplan::score_text(-16) == "-16");
  CHECK(ptplan::score_text(35.6) == "35.6");
  CHECK(ptplan::score_text(5.55) == "5.5"); // one decimal, as the scores are rounded already
}
