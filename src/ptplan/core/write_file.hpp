#pragma once

#include <string>
#include <string_view>

namespace ptplan {

enum class WriteStatus { ok, exists, failed };

struct WriteResult
{
  WriteStatus status = WriteStatus::ok;
  std::string message; // for exists and failed
};

// Writes `content` to `path` atomically: an unnamed file linked in when
// complete, or a temporary file in the same folder renamed over the target,
// so a reader never sees half a file and a failure leaves nothing behind. An existing file is kept unless
// `force`. An empty path or "-" writes to standard output.
WriteResult write_output(const std::string& path, std::string_view content, bool force);

} // namespace ptplan
