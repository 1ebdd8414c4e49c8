#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ptplan {

enum class WriteStatus { ok, exists, failed };

struct WriteResult
{
  WriteStatus status = WriteStatus::ok;
  std::string message; // for exists and failed
};

// Writes `content` to `path` atomically: a new file appears whole under its
// name (an unnamed file linked in, or a temporary file linked or renamed
// into place), so a reader never sees half a file and a failure leaves
// nothing behind. An existing regular file is kept unless `force`, which
// replaces it by renaming over it. Anything else at `path` (a symbolic link,
// even a dangling one, a FIFO, a device, a socket, a folder) is an error,
// forced or not: the path itself is never opened, so nothing is written
// through it and nothing blocks. An empty path or "-" writes to standard
// output. Errors name the path and the cause in words.
WriteResult write_output(const std::string& path, std::string_view content, bool force);

// Why `path` cannot be an output file (something other than a regular file
// is there), or nothing when it is free or a regular file. Never follows a
// link or opens the path.
std::optional<std::string> output_path_problem(const std::string& path);

// The C library's description of an errno value, starting in lower case
// ("no space left on device").
std::string error_words(int error);

} // namespace ptplan
