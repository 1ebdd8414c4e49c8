#include "ptplan/core/write_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <optional>
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

// A new file, the usual case in a batch: written with no name and given its
// name only when complete, so the folder gets one entry instead of a
// temporary one renamed. Linking fails when the name is taken, so nothing is
// overwritten. Returns nothing when this way is not open (no O_TMPFILE on
// this file system, no /proc, the name exists, the folder is missing): the
// general way then decides, and words any error.
std::optional<WriteResult> write_new(const std::string& path, std::string_view content)
{
#ifdef O_TMPFILE
  const std::size_t slash = path.rfind('/');
  const std::string folder = slash == std::string::npos ? std::string(".") : path.substr(0, slash == 0 ? 1 : slash);
  const int fd = ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0) {
    return std::nullopt;
  }
  ::fchmod(fd, 0644); // as the general way does
  if (!write_all(fd, content)) {
    const int saved = errno;
    ::close(fd);
    return WriteResult{WriteStatus::failed, fmt::format("{}: cannot write: {}", path, std::strerror(saved))};
  }
  const std::string self = fmt::format("/proc/self/fd/{}", fd);
  if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, path.c_str(), AT_SYMLINK_FOLLOW) != 0) {
    ::close(fd);
    return std::nullopt;
  }
  if (::close(fd) != 0) {
    const int saved = errno;
    ::unlink(path.c_str());
    return WriteResult{WriteStatus::failed, fmt::format("{}: cannot write: {}", path, std::strerror(saved))};
  }
  return WriteResult{};
#else
  (void)path;
  (void)content;
  return std::nullopt;
#endif
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
  if (!force) {
    if (auto written = write_new(path, content)) {
      return std::move(*written);
    }
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
