#include "ptplan/batch/folder_lock.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/file.h>
#include <unistd.h>

namespace ptplan::batch {

std::optional<FolderLock> FolderLock::acquire(const std::string& folder, std::string& error)
{
  const std::string path = (std::filesystem::path(folder) / k_lock_file_name).string();
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) {
    error = fmt::format("{}: cannot create the lock file: {}", path, std::strerror(errno));
    return std::nullopt;
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int saved = errno;
    ::close(fd);
    error = saved == EWOULDBLOCK
              ? fmt::format("{}: another ptplan batch is writing to this folder; wait for it or use another --out-dir", folder)
              : fmt::format("{}: cannot lock: {}", path, std::strerror(saved));
    return std::nullopt;
  }
  return FolderLock(fd);
}

FolderLock::~FolderLock()
{
  if (m_fd >= 0) {
    ::close(m_fd);
  }
}

} // namespace ptplan::batch
