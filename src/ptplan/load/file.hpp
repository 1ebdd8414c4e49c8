#pragma once

#include "ptplan/core/diagnostics.hpp"

#include <filesystem>
#include <istream>
#include <optional>
#include <string>

namespace ptplan::load {

// Reads a whole file, refusing folders and anything larger than `max_bytes`
// (the error names the file). "-" reads standard input.
std::optional<std::string> read_file(
  const std::filesystem::path& path, Diagnostics& diagnostics, std::size_t max_bytes = 8 * 1024 * 1024);

// Reads at most `max_bytes` from a stream; empty optional (and an error) past that.
std::optional<std::string> read_stream(
  std::istream& in, const std::string& name, Diagnostics& diagnostics, std::size_t max_bytes);

} // namespace ptplan::load
