#include "ptplan/batch/status.hpp"

namespace ptplan::batch {

std::string_view status_name(Status status)
{
  switch (status) {
  case Status::plan:
    return "plan";
  case Status::referral:
    return "referral";
  case Status::incomplete:
    return "incomplete";
  case Status::invalid:
    return "invalid";
  case Status::error:
    return "error";
  case Status::interrupted:
    return "interrupted";
  }
  return "error";
}

std::optional<Status> parse_status(std::string_view name)
{
  for (const Status status : k_statuses) {
    if (status_name(status) == name) {
      return status;
    }
  }
  return std::nullopt;
}

} // namespace ptplan::batch
