// Time-based progression along exercise chains (engine/progression.hpp).

#include "ptplan/engine/progression.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using ptplan::engine::Constraints;
using ptplan::engine::Exclusion;
using ptplan::engine::Exclusions;
using ptplan::engine::k_weeks_per_level;
using ptplan::engine::progress;
using ptplan::engine::Progressed;
using ptplan::model::Catalog;
using ptplan::model::Exercise;

namespace {

Exercise link(std::string id, std::string category, int level, std::string regression, std::string progression)
{
  Exercise e;
  e.id = std::move(id);
  e.name = e.id;
  e.category = std::move(category);
  e.position = "standing";
  e.equipment = {"none"};
  e.level = level;
  e.regression = std::move(regression);
  e.progression = std::move(progression);
  return e;
}

Catalog chain_catalog()
{
  return Catalog({
    link("bridge-1", "strength", 1, "", "bridge-2"),
    link("bridge-2", "strength", 2, "bridge-1", "bridge-3"),
    link("bridge-3", "strength", 3, "bridge-2", ""),
    link("walk-1", "aerobic", 1, "", "walk-2"),
    link("walk-2", "aerobic", 2, "walk-1", ""),
    link("dangling", "stretch", 1, "", "not-in-catalog"),
  });
}

const Exercise& find(const Catalog& catalog, const std::string& id)
{
  const Exercise* e = catalog.find(id);
  REQUIRE_MESSAGE(e != nullptr, id);
  return *e;
}

} // namespace

TEST_CASE("progression: three weeks per level")
{
  CHECK(k_weeks_per_level == 3);
}

TEST_CASE("progression: week 1 is the chosen exercise unchanged")
{
  const Catalog catalog = chain_catalog();
  const Constraints constraints;
  const Exclusions exclusions;
  for (const char* id : {"bridge-1", "bridge-2", "walk-1", "dangling"}) {
    CAPTURE(id);
    const Exercise& start = find(catalog, id);
    const Progressed p = progress(start, 1, catalog, constraints, exclusions);
    CHECK(p.exercise == &start);
    CHECK(p.dose_steps == 0);
    CHECK(p.why.empty());
  }
}

TEST_CASE("progression: the dose rises each week before the chain moves")
{
  const Catalog catalog = chain_catalog();
  const Constraints constraints;
  const Exclusions exclusions;
  const Exercise& start = find(catalog, "bridge-1");

  const Progressed week2 = progress(start, 2, catalog, constraints, exclusions);
  CHECK(week2.exercise == &start);
  CHECK(week2.dose_steps == 1);
  CHECK_FALSE(week2.why.empty());

  const Progressed week3 = progress(start, 3, catalog, constraints, exclusions);
  CHECK(week3.exercise == &start);
  CHECK(week3.dose_steps == 2);
}

TEST_CASE("progression: the chain moves one step every 3 weeks")
{
  const Catalog catalog = chain_catalog();
  const Constraints constraints;
  const Exclusions exclusions;
  const Exercise& start = find(catalog, "bridge-1");

  struct Case
  {
    int week;
    const char* expected;
  };
  // Weeks 1-3 on level 1, 4-6 on level 2, 7 on: level 3, the end of the chain.
  const Case cases[] = {{3, "bridge-1"}, {4, "bridge-2"}, {6, "bridge-2"}, {7, "bridge-3"}, {10, "bridge-3"}, {20, "bridge-3"}};
  for (const auto& c : cases) {
    CAPTURE(c.week);
    const Progressed p = progress(start, c.week, catalog, constraints, exclusions);
    REQUIRE(p.exercise != nullptr);
    CHECK(p.exercise->id == c.expected);
    CHECK(p.dose_steps >= 0);
    CHECK_FALSE(p.why.empty());
  }
  SUBCASE("a later start moves from where it started")
  {
    const Progressed p = progress(find(catalog, "bridge-2"), 4, catalog, constraints, exclusions);
    REQUIRE(p.exercise != nullptr);
    CHECK(p.exercise->id == "bridge-3");
  }
}

TEST_CASE("progression: the chain moves only to exercises that are allowed")
{
  const Catalog catalog = chain_catalog();
  const Constraints constraints;
  const Exercise& start = find(catalog, "bridge-1");

  SUBCASE("the next step is ruled out: hold, and keep raising the dose")
  {
    Exclusions exclusions;
    exclusions.emplace("bridge-2", Exclusion{"no-floor", "done on the floor"});
    for (const int week : {4, 7, 10}) {
      CAPTURE(week);
      const Progressed p = progress(start, week, catalog, constraints, exclusions);
      CHECK(p.exercise == &start);
      CHECK(p.dose_steps == week - 1);
    }
  }
  SUBCASE("the step after next is ruled out: stop one short")
  {
    Exclusions exclusions;
    exclusions.emplace("bridge-3", Exclusion{"osteoporosis", "movement impact is ruled out"});
    const Progressed p = progress(start, 10, catalog, constraints, exclusions);
    REQUIRE(p.exercise != nullptr);
    CHECK(p.exercise->id == "bridge-2");
  }
  SUBCASE("a progression that is not in the catalog holds the exercise")
  {
    const Exclusions exclusions;
    const Exercise& dangling = find(catalog, "dangling");
    const Progressed p = progress(dangling, 7, catalog, constraints, exclusions);
    CHECK(p.exercise == &dangling);
    CHECK(p.dose_steps == 6);
  }
}

TEST_CASE("progression: progress_chain false holds the exercise and raises the dose every other week")
{
  const Catalog catalog = chain_catalog();
  Constraints constraints;
  constraints.progress_chain = false;
  const Exclusions exclusions;
  const Exercise& start = find(catalog, "bridge-1");

  for (const int week : {4, 7, 13}) {
    CAPTURE(week);
    const Progressed p = progress(start, week, catalog, constraints, exclusions);
    CHECK(p.exercise == &start);
    CHECK_FALSE(p.why.empty());
  }
  // Every other week: 4 weeks elapsed by week 5, 2 rises; 6 by week 7, 3.
  CHECK(progress(start, 5, catalog, constraints, exclusions).dose_steps == 2);
  CHECK(progress(start, 7, catalog, constraints, exclusions).dose_steps == 3);
  CHECK(progress(start, 13, catalog, constraints, exclusions).dose_steps == 6);
  CHECK(progress(start, 1, catalog, constraints, exclusions).dose_steps == 0);
}

TEST_CASE("progression: aerobic minutes rise every week, also while the chain is held")
{
  const Catalog catalog = chain_catalog();
  const Exclusions exclusions;
  const Exercise& walk = find(catalog, "walk-1");
  Constraints constraints;
  std::vector<int> weeks = {2, 3};
  SUBCASE("chain allowed (weeks before any move)") {}
  SUBCASE("chain held: not every other week, every week")
  {
    constraints.progress_chain = false;
    weeks = {2, 3, 5, 8};
  }
  for (const int week : weeks) {
    CAPTURE(week);
    const Progressed p = progress(walk, week, catalog, constraints, exclusions);
    CHECK(p.exercise == &walk);
    CHECK(p.dose_steps == week - 1);
    CHECK_FALSE(p.why.empty());
  }
}
