#pragma once

#include <optional>
#include <string>

namespace ptplan::batch {

// An exclusive lock on a batch's output folder (flock on DIR/.ptplan-batch.lock),
// held until destroyed, so that two batches never write into one folder. The
// lock file stays; the kernel drops the lock when the process ends, however
// it ends, so a killed batch never leaves the folder locked.
class FolderLock
{
public:
  // The lock, or nothing (and `error`) when another batch holds it or the
  // lock file cannot be made. Never waits.
  static std::optional<FolderLock> acquire(const std::string& folder, std::string& error);

  FolderLock(FolderLock&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
  FolderLock& operator=(FolderLock&&) = delete;
  FolderLock(const FolderLock&) = delete;
  ~FolderLock();

private:
  explicit FolderLock(int fd) : m_fd(fd) {}
  int m_fd = -1;
};

inline constexpr const char* k_lock_file_name = ".ptplan-batch.lock";

} // namespace ptplan::batch
