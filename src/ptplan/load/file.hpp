#pragma once

#include "ptplan/core/diagnostics.hpp"

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <istream>
#include <optional>
#include <streambuf>
#include <string>

namespace ptplan::load {

// The largest profile (yaml::Limits::max_bytes, 1 MiB) and the largest
// catalog file (yaml::catalog_limits(), 4 MiB): a larger file is refused
// before it is read, with the YAML reader's message.
inline constexpr std::size_t k_max_file_bytes = 1024 * 1024;
inline constexpr std::size_t k_max_catalog_file_bytes = 4 * 1024 * 1024;

// Reads a whole file, refusing folders and anything larger than `max_bytes`
// ("the input is N bytes; the limit is M bytes", naming the file). "-" reads standard input. Opening never
// blocks; a FIFO or a device is read as it comes, and when `stop` is given
// the read gives up (with an error) once it is set, checking it at least
// every 100 ms while waiting.
std::optional<std::string> read_file(const std::filesystem::path& path, Diagnostics& diagnostics,
  std::size_t max_bytes = k_max_file_bytes, const std::atomic<bool>* stop = nullptr);

// Reads a file found inside `folder` (a catalog or templates folder): only
// a regular file, and only when neither it nor any link on its way leads
// outside `folder` (a link to /etc/shadow would print it in a handout).
// Never blocks.
std::optional<std::string> read_folder_file(const std::filesystem::path& folder, const std::filesystem::path& path,
  Diagnostics& diagnostics, std::size_t max_bytes = k_max_catalog_file_bytes);

// Reads at most `max_bytes` from a stream; empty optional (and an error) past that.
std::optional<std::string> read_stream(
  std::istream& in, const std::string& name, Diagnostics& diagnostics, std::size_t max_bytes);

// A stream buffer over a file descriptor (standard input for `batch -`)
// that ends the input once `stop` is set, checking it at least every
// 100 ms while no data comes: a signal ends a batch that reads a pipe or a
// terminal left open. interrupted() tells such an end from the real one.
class InterruptibleInput : public std::streambuf
{
public:
  InterruptibleInput(int fd, const std::atomic<bool>& stop) : m_fd(fd), m_stop(stop) {}
  bool interrupted() const { return m_interrupted; }

protected:
  int_type underflow() override;

private:
  int m_fd;
  const std::atomic<bool>& m_stop;
  bool m_interrupted = false;
  char m_buffer[65536];
};

} // namespace ptplan::load
