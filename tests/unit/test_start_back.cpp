// STarT Back scoring (CLINICAL.md s.7; Hill 2008).

#include "ptplan/engine/start_back.hpp"

#include <doctest/doctest.h>

#include <array>
#include <string>

using ptplan::engine::score_start_back;
using ptplan::engine::StartBackScore;
using ptplan::model::StartBackAnswers;

namespace {

StartBackAnswers answers(std::array<int, 8> items, std::string bothersome)
{
  StartBackAnswers a;
  a.items = items;
  a.bothersome = std::move(bothersome);
  return a;
}

} // namespace

TEST_CASE("start_back: nothing agreed scores 0, low risk")
{
  const StartBackScore s = score_start_back(answers({0, 0, 0, 0, 0, 0, 0, 0}, "not-at-all"));
  CHECK(s.total == 0);
  CHECK(s.psychosocial == 0);
  CHECK(s.risk == "low");
}

TEST_CASE("start_back: everything agreed scores 9 and 5, high risk")
{
  const StartBackScore s = score_start_back(answers({1, 1, 1, 1, 1, 1, 1, 1}, "extremely"));
  CHECK(s.total == 9);
  CHECK(s.psychosocial == 5);
  CHECK(s.risk == "high");
}

TEST_CASE("start_back: item 9 counts only for very much or extremely")
{
  struct Case
  {
    const char* word;
    int point;
  };
  const Case cases[] = {{"not-at-all", 0}, {"slightly", 0}, {"moderately", 0}, {"very-much", 1}, {"extremely", 1}};
  for (const auto& c : cases) {
    CAPTURE(c.word);
    const StartBackScore s = score_start_back(answers({0, 0, 0, 0, 0, 0, 0, 0}, c.word));
    CHECK(s.total == c.point);
    CHECK(s.psychosocial == c.point); // item 9 is in the subscale
  }
}

TEST_CASE("start_back: the psychosocial subscale is items 5-9 only")
{
  SUBCASE("items 1-4 count in the total, not the subscale")
  {
    const StartBackScore s = score_start_back(answers({1, 1, 1, 1, 0, 0, 0, 0}, "not-at-all"));
    CHECK(s.total == 4);
    CHECK(s.psychosocial == 0);
  }
  SUBCASE("each of items 5-8 counts in both")
  {
    for (std::size_t item = 4; item < 8; ++item) {
      CAPTURE(item + 1);
      std::array<int, 8> items{};
      items[item] = 1;
      const StartBackScore s = score_start_back(answers(items, "not-at-all"));
      CHECK(s.total == 1);
      CHECK(s.psychosocial == 1);
    }
  }
  SUBCASE("each of items 1-4 counts in the total only")
  {
    for (std::size_t item = 0; item < 4; ++item) {
      CAPTURE(item + 1);
      std::array<int, 8> items{};
      items[item] = 1;
      const StartBackScore s = score_start_back(answers(items, "not-at-all"));
      CHECK(s.total == 1);
      CHECK(s.psychosocial == 0);
    }
  }
}

TEST_CASE("start_back: risk boundaries")
{
  SUBCASE("subscale 3, total 3: low")
  {
    const StartBackScore s = score_start_back(answers({0, 0, 0, 0, 1, 1, 1, 0}, "moderately"));
    CHECK(s.total == 3);
    CHECK(s.psychosocial == 3);
    CHECK(s.risk == "low");
  }
  SUBCASE("subscale 3, total 4: medium")
  {
    const StartBackScore s = score_start_back(answers({1, 0, 0, 0, 1, 1, 1, 0}, "slightly"));
    CHECK(s.total == 4);
    CHECK(s.psychosocial == 3);
    CHECK(s.risk == "medium");
  }
  SUBCASE("subscale 3, total 7: still medium")
  {
    const StartBackScore s = score_start_back(answers({1, 1, 1, 1, 1, 1, 0, 1}, "moderately"));
    CHECK(s.total == 7);
    CHECK(s.psychosocial == 3);
    CHECK(s.risk == "medium");
  }
  SUBCASE("subscale 4 from items 5-8, total 4: high")
  {
    const StartBackScore s = score_start_back(answers({0, 0, 0, 0, 1, 1, 1, 1}, "not-at-all"));
    CHECK(s.total == 4);
    CHECK(s.psychosocial == 4);
    CHECK(s.risk == "high");
  }
  SUBCASE("subscale 4 with item 9 (very much), total 4: high")
  {
    const StartBackScore s = score_start_back(answers({0, 0, 0, 0, 1, 0, 1, 1}, "very-much"));
    CHECK(s.total == 4);
    CHECK(s.psychosocial == 4);
    CHECK(s.risk == "high");
  }
  SUBCASE("the same answers with item 9 moderately: subscale 3, total 3, low")
  {
    const StartBackScore s = score_start_back(answers({0, 0, 0, 0, 1, 0, 1, 1}, "moderately"));
    CHECK(s.total == 3);
    CHECK(s.psychosocial == 3);
    CHECK(s.risk == "low");
  }
  SUBCASE("total 3 with subscale 0: low")
  {
    const StartBackScore s = score_start_back(answers({1, 1, 1, 0, 0, 0, 0, 0}, "slightly"));
    CHECK(s.total == 3);
    CHECK(s.psychosocial == 0);
    CHECK(s.risk == "low");
  }
  SUBCASE("the example profile in SPEC.md: [1,0,1,1,0,0,1,0,very-much]")
  {
    // Items 1, 3, 4, 7 and 9: total 5; subscale items 7 and 9: 2 -> medium.
    const StartBackScore s = score_start_back(answers({1, 0, 1, 1, 0, 0, 1, 0}, "very-much"));
    CHECK(s.total == 5);
    CHECK(s.psychosocial == 2);
    CHECK(s.risk == "medium");
  }
}
