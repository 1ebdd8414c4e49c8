#include "ptplan/core/write_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace ptplan {

namespace {

bool write_all(int fd, std::string_view content)
{
  while (!content.empty()) {
    const ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) {
        continue;
      }
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

} // namespace

WriteResult write_output(const std::string& path, std::string_view content, bool force)
{
  if (path.empty() || path == "-") {
    if (!write_all(STDOUT_FILENO, content)) {
      return {WriteStatus::failed, fmt::format("cannot write to standard output: {}", std::strerror(errno))};
    }
    return {};
  }
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path target(path);
  // One stat for the checks below: a batch writes thousands of files.
  const fs::file_status status = fs::status(target, error);
  if (fs::is_directory(status)) {
    return {WriteStatus::failed, fmt::format("{}: is a folder; expected a file name", path)};
  }
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // Writing to a device such as /dev/null or /dev/full cannot be atomic:
  // write straight to it and report a failure.
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    const bool ok = fd >= 0 && write_all(fd, content);
    const int saved = errno;
    if (fd >= 0 && ::close(fd) != 0 && ok) {
      return {WriteStatus::failed, fmt::format("{}: cannot write: {}", path, std::strerror(errno))};
    }
    if (!ok) {
      return {WriteStatus::failed, fmt::format("{}: cannot write: {}", path, std::strerror(saved))};
    }
    return {};
  }
  if (fs::exists(status) && !force) {
    return {WriteStatus::exists, fmt::format("{}: already exists; use --force to overwrite it", path)};
  }
  std::string temp = (folder / fmt::format(".{}.tmp-XXXXXX", target.filename().string())).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    // Only now is the folder looked at (a stat a file saved): without it the
    // target cannot exist, so every check above has passed to get here.
    const int create_error = errno;
    if (!fs::is_directory(folder, error)) {
      return {WriteStatus::failed, fmt::format("{}: the folder {} does not exist", path, folder.string())};
    }
    return {
      WriteStatus::failed, fmt::format("{}: cannot create a file in {}: {}", path, folder.string(), std::strerror(create_error))};
  }
  ::fchmod(fd, 0644);
  // No fsync: the rename is what keeps readers from a half-written file
  // when the process is interrupted, and fsync per file would dominate a
  // batch of thousands.
  bool ok = write_all(fd, content);
  const int saved = errno;
  ok = (::close(fd) == 0) && ok;
  if (!ok) {
    ::unlink(temp.c_str());
    return {WriteStatus::failed, fmt::format("{}: cannot write: {}", path, std::strerror(saved ? saved : errno))};
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int rename_error = errno;
    ::unlink(temp.c_str());
    return {WriteStatus::failed, fmt::format("{}: cannot write: {}", path, std::strerror(rename_error))};
  }
  return {};
}

} // namespace ptplan
