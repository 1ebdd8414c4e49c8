#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace ptplan::batch {

// What happened to one batch input, as summary.json and `batch --help` name
// it. The order is the order of seriousness the exit status follows.
enum class Status {
  plan,        // a complete plan was written
  referral,    // a red flag: a referral notice was written
  incomplete,  // a plan was written, but a required part or the minimum number of exercises is missing
  invalid,     // the input could not be read or is not a valid profile
  error,       // an output could not be written
  interrupted, // the batch was interrupted before this input was planned
};

inline constexpr std::array k_statuses = {
  Status::plan, Status::referral, Status::incomplete, Status::invalid, Status::error, Status::interrupted};

// "plan", "referral", ...: the names summary.json uses.
std::string_view status_name(Status status);
// The status with that name, or nothing.
std::optional<Status> parse_status(std::string_view name);

// Exit statuses of `ptplan batch` (README, `batch --help`).
inline constexpr int k_batch_exit_ok = 0;
inline constexpr int k_batch_exit_failed = 1;
inline constexpr int k_batch_exit_usage = 2;
inline constexpr int k_batch_exit_referral = 3;
inline constexpr int k_batch_exit_incomplete = 4;
inline constexpr int k_batch_exit_interrupted = 130;

} // namespace ptplan::batch
