#include "ptplan/load/file.hpp"

#include "ptplan/core/write_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <fcntl.h>
#include <iostream>
#include <linux/openat2.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ptplan::load {

namespace {

constexpr int k_poll_ms = 100;

// For input whose size is known only once it passes the limit (a pipe).
// The same words as the YAML reader's "the input is N bytes; ...".
std::string too_big(std::size_t max_bytes)
{
  return fmt::format("the input is more than {} bytes; the limit is {} bytes", max_bytes, max_bytes);
}

// Closes a descriptor when it goes out of scope.
class Descriptor
{
public:
  explicit Descriptor(int fd) : m_fd(fd) {}
  ~Descriptor()
  {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return m_fd; }

private:
  int m_fd;
};

// Waits until `fd` has data or an end, for ever when `stop` is null; false
// when `stop` was set first.
bool wait_readable(int fd, const std::atomic<bool>* stop)
{
  while (true) {
    if (stop != nullptr && stop->load()) {
      return false;
    }
    pollfd entry{fd, POLLIN, 0};
    const int ready = ::poll(&entry, 1, stop == nullptr ? -1 : k_poll_ms);
    if (ready > 0) {
      return true;
    }
    if (ready < 0 && errno != EINTR) {
      return true; // let read() report it
    }
  }
}

// Reads `fd` to its end. A regular file is read straight; anything else
// (opened without blocking) is waited on with poll.
std::optional<std::string> read_descriptor(
  int fd, bool regular, const std::string& name, Diagnostics& diagnostics, std::size_t max_bytes, const std::atomic<bool>* stop)
{
  std::string text;
  char buffer[65536];
  while (true) {
    if (!regular && !wait_readable(fd, stop)) {
      diagnostics.error({name, 0, 0}, "reading was interrupted");
      return std::nullopt;
    }
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got == 0) {
      return text;
    }
    if (got < 0) {
      if (errno == EINTR || errno == EAGAIN) {
        continue;
      }
      diagnostics.error({name, 0, 0}, fmt::format("cannot read the file: {}", error_words(errno)));
      return std::nullopt;
    }
    text.append(buffer, static_cast<std::size_t>(got));
    if (text.size() > max_bytes) {
      diagnostics.error({name, 0, 0}, too_big(max_bytes));
      return std::nullopt;
    }
  }
}

// Opens `relative` inside the folder `folder_fd` the way the kernel keeps
// it inside: openat2 with RESOLVE_BENEATH fails (EXDEV) on any step out,
// through "..", an absolute link or a link out. -1 and errno ENOSYS where
// the kernel or a sandbox has no openat2.
int open_beneath(int folder_fd, const std::string& relative)
{
  open_how how{};
  how.flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC;
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
  return static_cast<int>(::syscall(SYS_openat2, folder_fd, relative.c_str(), &how, sizeof how));
}

// Whether `path` resolves (links followed) to somewhere inside `folder`.
bool resolves_inside(const std::filesystem::path& folder, const std::filesystem::path& path)
{
  std::error_code error;
  const auto root = std::filesystem::canonical(folder, error);
  if (error) {
    return false;
  }
  const auto target = std::filesystem::canonical(path, error);
  if (error) {
    return false;
  }
  const auto relative = target.lexically_relative(root);
  return !relative.empty() && *relative.begin() != "..";
}

} // namespace

std::optional<std::string> read_stream(std::istream& in, const std::string& name, Diagnostics& diagnostics, std::size_t max_bytes)
{
  std::string text;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_bytes) {
      diagnostics.error({name, 0, 0}, too_big(max_bytes));
      return std::nullopt;
    }
  }
  if (in.bad()) {
    diagnostics.error({name, 0, 0}, "could not be read");
    return std::nullopt;
  }
  return text;
}

std::optional<std::string> read_file(
  const std::filesystem::path& path, Diagnostics& diagnostics, std::size_t max_bytes, const std::atomic<bool>* stop)
{
  if (path == "-") {
    return read_stream(std::cin, "<stdin>", diagnostics, max_bytes);
  }
  const std::string name = path.string();
  // O_NONBLOCK: opening a FIFO with no writer would otherwise wait for one.
  const Descriptor fd(::open(name.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (fd.get() < 0) {
    if (errno == EISDIR) {
      diagnostics.error({name, 0, 0}, "is a folder; expected a YAML file");
    } else {
      diagnostics.error({name, 0, 0}, fmt::format("cannot open the file: {}", error_words(errno)));
    }
    return std::nullopt;
  }
  struct stat status = {};
  if (::fstat(fd.get(), &status) != 0) {
    diagnostics.error({name, 0, 0}, fmt::format("cannot read the file: {}", error_words(errno)));
    return std::nullopt;
  }
  if (S_ISDIR(status.st_mode)) {
    diagnostics.error({name, 0, 0}, "is a folder; expected a YAML file");
    return std::nullopt;
  }
  if (S_ISREG(status.st_mode) && static_cast<std::size_t>(status.st_size) > max_bytes) {
    diagnostics.error({name, 0, 0}, fmt::format("the input is {} bytes; the limit is {} bytes", status.st_size, max_bytes));
    return std::nullopt;
  }
  return read_descriptor(fd.get(), S_ISREG(status.st_mode), name, diagnostics, max_bytes, stop);
}

std::optional<std::string> read_folder_file(
  const std::filesystem::path& folder, const std::filesystem::path& path, Diagnostics& diagnostics, std::size_t max_bytes)
{
  const std::string name = path.string();
  const std::string outside =
    fmt::format("is a link to a file outside {}; files in a catalog or templates folder must be inside it", folder.string());
  const Descriptor folder_fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (folder_fd.get() < 0) {
    diagnostics.error({folder.string(), 0, 0}, fmt::format("cannot open the folder: {}", error_words(errno)));
    return std::nullopt;
  }
  const std::string relative = path.lexically_relative(folder).string();
  int opened = relative.empty() || relative.rfind("..", 0) == 0 ? -1 : open_beneath(folder_fd.get(), relative);
  if (opened < 0 && (errno == ENOSYS || errno == EPERM)) {
    // No openat2: resolve the links first, then open the file found
    // without following a link at its last step.
    if (!resolves_inside(folder, path)) {
      diagnostics.error({name, 0, 0}, outside);
      return std::nullopt;
    }
    std::error_code error;
    const auto target = std::filesystem::canonical(path, error);
    opened = error ? -1 : ::open(target.c_str(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
  } else if (opened < 0 && (errno == EXDEV || relative.empty() || relative.rfind("..", 0) == 0)) {
    diagnostics.error({name, 0, 0}, outside);
    return std::nullopt;
  }
  const Descriptor fd(opened);
  if (fd.get() < 0) {
    diagnostics.error({name, 0, 0}, fmt::format("cannot open the file: {}", error_words(errno)));
    return std::nullopt;
  }
  struct stat status = {};
  if (::fstat(fd.get(), &status) != 0 || !S_ISREG(status.st_mode)) {
    diagnostics.error({name, 0, 0}, "is not a regular file; a catalog or templates folder holds only files and folders");
    return std::nullopt;
  }
  if (static_cast<std::size_t>(status.st_size) > max_bytes) {
    diagnostics.error({name, 0, 0}, fmt::format("the input is {} bytes; the limit is {} bytes", status.st_size, max_bytes));
    return std::nullopt;
  }
  return read_descriptor(fd.get(), true, name, diagnostics, max_bytes, nullptr);
}

InterruptibleInput::int_type InterruptibleInput::underflow()
{
  while (!m_interrupted) {
    if (!wait_readable(m_fd, &m_stop)) {
      m_interrupted = true;
      break;
    }
    const ssize_t got = ::read(m_fd, m_buffer, sizeof m_buffer);
    if (got > 0) {
      setg(m_buffer, m_buffer, m_buffer + got);
      return traits_type::to_int_type(m_buffer[0]);
    }
    if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
      break;
    }
  }
  return traits_type::eof();
}

} // namespace ptplan::load
