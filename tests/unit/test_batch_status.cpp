// Batch statuses (batch/status.hpp): one table names them for summary.json,
// and every name reads back as its status.

#include "ptplan/batch/status.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace ptplan::batch;

TEST_CASE("every batch status has one name that parses back to it")
{
  std::set<std::string> names;
  for (const Status status : k_statuses) {
    const std::string name(status_name(status));
    CHECK(names.insert(name).second);
    REQUIRE(parse_status(name).has_value());
    CHECK(*parse_status(name) == status);
  }
  CHECK(names == std::set<std::string>{"plan", "referral", "incomplete", "invalid", "error", "interrupted"});
  CHECK_FALSE(parse_status("skipped").has_value());
  CHECK_FALSE(parse_status("Plan").has_value());
}

TEST_CASE("batch exit statuses are distinct and match the documented numbers")
{
  CHECK(k_batch_exit_ok == 0);
  CHECK(k_batch_exit_failed == 1);
  CHECK(k_batch_exit_usage == 2);
  CHECK(k_batch_exit_referral == 3);
  CHECK(k_batch_exit_incomplete == 4);
  CHECK(k_batch_exit_interrupted == 130);
}
