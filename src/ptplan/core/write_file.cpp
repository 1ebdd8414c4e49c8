#include "ptplan/core/write_file.hpp"

#include "ptplan/core/terminal_text.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
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
    if (written == 0) {
      errno = EIO; // cannot happen for a regular file; never loop for ever
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// What an existing non-regular file is, for a message.
std::string_view kind_of(mode_t mode)
{
  if (S_ISLNK(mode)) {
    return "a symbolic link";
  }
  if (S_ISFIFO(mode)) {
    return "a FIFO (named pipe)";
  }
  if (S_ISCHR(mode) || S_ISBLK(mode)) {
    return "a device";
  }
  if (S_ISSOCK(mode)) {
    return "a socket";
  }
  return "not a regular file";
}

std::string not_regular(const std::string& path, mode_t mode)
{
  if (S_ISDIR(mode)) {
    return fmt::format("{}: is a folder; expected a file name", printable(path));
  }
  return fmt::format(
    "{}: is {}; ptplan writes only regular files, never through a link, device or pipe, and --force does not replace it",
    printable(path), kind_of(mode));
}

std::string cannot_write(const std::string& path, int error)
{
  return fmt::format("{}: cannot write: {}", printable(path), error_words(error));
}

std::string folder_of(const std::string& path)
{
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string(".") : path.substr(0, slash == 0 ? 1 : slash);
}

std::string file_name_of(const std::string& path)
{
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The error for a name that was free when looked at and is taken now, or
// for a folder that cannot hold a new file.
WriteResult create_failed(const std::string& path, int error)
{
  struct stat status = {};
  if (error == EEXIST && ::lstat(path.c_str(), &status) == 0) {
    if (!S_ISREG(status.st_mode)) {
      return {WriteStatus::failed, not_regular(path, status.st_mode)};
    }
    return {WriteStatus::exists, fmt::format("{}: already exists; use --force to overwrite it", printable(path))};
  }
  const std::string folder = folder_of(path);
  if (error == ENOENT || error == ENOTDIR) {
    struct stat folder_status = {};
    if (::stat(folder.c_str(), &folder_status) != 0) {
      return {WriteStatus::failed, fmt::format("{}: the folder {} does not exist", printable(path), printable(folder))};
    }
    if (!S_ISDIR(folder_status.st_mode)) {
      return {WriteStatus::failed, fmt::format("{}: {} is not a folder", printable(path), printable(folder))};
    }
  }
  return {WriteStatus::failed,
    fmt::format("{}: cannot create a file in {}: {}", printable(path), printable(folder), error_words(error))};
}

// Writes the whole of `content` to `fd` and closes it; the errno of the
// first failure, or 0.
int fill_and_close(int fd, std::string_view content)
{
  ::fchmod(fd, 0644); // mkstemp and O_TMPFILE make 0600; outputs are for others to read
  // No fsync: the rename or link is what keeps readers from a half-written
  // file when the process is interrupted, and fsync per file would dominate
  // a batch of thousands.
  int error = write_all(fd, content) ? 0 : errno;
  if (::close(fd) != 0 && error == 0) {
    error = errno;
  }
  return error;
}

// A new file, the usual case in a batch: written with no name and given its
// name only when complete, so the folder gets one entry and no temporary
// name. linkat never replaces anything and never follows a link at the
// new name. Nothing when this way is not open (no O_TMPFILE on this file
// system, no /proc): the temporary file then does the same.
std::optional<WriteResult> create_unnamed(const std::string& path, std::string_view content)
{
#ifdef O_TMPFILE
  const int fd = ::open(folder_of(path).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == ENOENT || errno == ENOTDIR || errno == EACCES || errno == EROFS || errno == ENOSPC || errno == EDQUOT) {
      return create_failed(path, errno);
    }
    return std::nullopt; // EOPNOTSUPP, EISDIR on kernels without O_TMPFILE, ...
  }
  // Keep the descriptor open while linking: /proc/self/fd/N names it.
  ::fchmod(fd, 0644);
  if (!write_all(fd, content)) {
    const int error = errno;
    ::close(fd);
    return WriteResult{WriteStatus::failed, cannot_write(path, error)};
  }
  const std::string self = fmt::format("/proc/self/fd/{}", fd);
  if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, path.c_str(), AT_SYMLINK_FOLLOW) != 0) {
    const int error = errno;
    ::close(fd);
    if (error == EEXIST || error == ENOSPC || error == EDQUOT || error == EROFS) {
      return create_failed(path, error);
    }
    return std::nullopt; // no /proc, or links not allowed here
  }
  if (::close(fd) != 0) {
    const int error = errno;
    ::unlink(path.c_str());
    return WriteResult{WriteStatus::failed, cannot_write(path, error)};
  }
  return WriteResult{};
#else
  (void)path;
  (void)content;
  return std::nullopt;
#endif
}

// A complete temporary file beside `path`, or an error. mkstemp creates it
// with O_EXCL: a name someone else made, link or not, is never used.
std::optional<std::string> write_temporary(const std::string& path, std::string_view content, WriteResult& failure)
{
  std::string temp = fmt::format("{}/.{}.tmp-XXXXXX", folder_of(path), file_name_of(path));
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    failure = create_failed(path, errno);
    return std::nullopt;
  }
  if (const int error = fill_and_close(fd, content); error != 0) {
    ::unlink(temp.c_str());
    failure = {WriteStatus::failed, cannot_write(path, error)};
    return std::nullopt;
  }
  return temp;
}

// A new file by way of a temporary one: linked to its name (which fails if
// the name was taken meanwhile), or, where the file system has no hard
// links, renamed without replacing anything.
WriteResult create_by_temporary(const std::string& path, std::string_view content)
{
  WriteResult failure;
  const auto temp = write_temporary(path, content, failure);
  if (!temp) {
    return failure;
  }
  int result = ::link(temp->c_str(), path.c_str());
  int error = result == 0 ? 0 : errno;
  if (result != 0 && error != EEXIST && error != ENOSPC && error != EDQUOT) {
    result = ::renameat2(AT_FDCWD, temp->c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE);
    error = result == 0 ? 0 : errno;
    if (result == 0) {
      return {};
    }
  }
  ::unlink(temp->c_str());
  return result == 0 ? WriteResult{} : create_failed(path, error);
}

// Replaces the regular file at `path`: rename swaps the name to the new
// file in one step. rename replaces whatever has the name by then (a link
// put there since the look, say) and never writes through it.
WriteResult replace_file(const std::string& path, std::string_view content)
{
  WriteResult failure;
  const auto temp = write_temporary(path, content, failure);
  if (!temp) {
    return failure;
  }
  if (::rename(temp->c_str(), path.c_str()) != 0) {
    const int error = errno;
    ::unlink(temp->c_str());
    struct stat status = {};
    if (::lstat(path.c_str(), &status) == 0 && !S_ISREG(status.st_mode)) {
      return {WriteStatus::failed, not_regular(path, status.st_mode)};
    }
    return {WriteStatus::failed, cannot_write(path, error)};
  }
  return {};
}

} // namespace

std::string error_words(int error)
{
  std::string words = std::strerror(error);
  if (!words.empty()) {
    words[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(words[0])));
  }
  return words;
}

std::optional<std::string> output_path_problem(const std::string& path)
{
  struct stat status = {};
  if (::lstat(path.c_str(), &status) == 0 && !S_ISREG(status.st_mode)) {
    return not_regular(path, status.st_mode);
  }
  return std::nullopt;
}

WriteResult write_output(const std::string& path, std::string_view content, bool force)
{
  if (path.empty() || path == "-") {
    if (!write_all(STDOUT_FILENO, content)) {
      return {WriteStatus::failed, fmt::format("cannot write to standard output: {}", error_words(errno))};
    }
    return {};
  }
  // lstat, not stat: a link is looked at, never followed.
  struct stat status = {};
  if (::lstat(path.c_str(), &status) != 0) {
    const int error = errno;
    if (error != ENOENT) {
      return create_failed(path, error);
    }
    if (auto created = create_unnamed(path, content)) {
      return std::move(*created);
    }
    return create_by_temporary(path, content);
  }
  if (!S_ISREG(status.st_mode)) {
    return {WriteStatus::failed, not_regular(path, status.st_mode)};
  }
  if (!force) {
    return {WriteStatus::exists, fmt::format("{}: already exists; use --force to overwrite it", printable(path))};
  }
  return replace_file(path, content);
}

} // namespace ptplan
