#pragma once

#include "ptplan/batch/runner.hpp"
#include "ptplan/batch/status.hpp"

#include <array>
#include <cstdio>
#include <map>
#include <string>

namespace ptplan::batch {

// Writes summary.json as results arrive, in input order, so a batch keeps
// only the few results that are out of order in memory, whatever its size.
// The file is written with no name (O_TMPFILE) and appears, replacing an
// older summary, only when finish() succeeds: a batch killed on the way
// leaves no temporary file behind.
class SummaryWriter
{
public:
  // `echo`: print each input's errors and warnings to stderr as it is written.
  SummaryWriter(std::string path, const Options& options, bool echo = true);
  ~SummaryWriter();
  SummaryWriter(const SummaryWriter&) = delete;
  SummaryWriter& operator=(const SummaryWriter&) = delete;

  // Takes the result of input `index` (0-based); writes every result that
  // is now next in order, and prints its errors to stderr.
  void add(std::size_t index, ItemResult result);
  // Closes the list with the counts; false (and `error`) if it could not be
  // written.
  bool finish(bool interrupted, std::string& error);

  std::size_t count(Status status) const { return m_counts[static_cast<std::size_t>(status)]; }
  std::size_t total() const { return m_written; }
  std::size_t warnings() const { return m_warnings; }
  std::size_t skipped() const { return m_skipped; }

private:
  void write(const ItemResult& result);
  bool put(const std::string& text);
  bool flush();

  std::string m_path;
  int m_fd = -1;
  std::string m_temp; // a named temporary, when O_TMPFILE is not available
  std::string m_buffer;
  bool m_failed = false;
  int m_errno = 0;
  bool m_echo = true;
  std::map<std::size_t, ItemResult> m_pending;
  std::size_t m_next = 0;
  std::size_t m_written = 0;
  std::size_t m_warnings = 0;
  std::size_t m_skipped = 0;
  std::array<std::size_t, k_statuses.size()> m_counts{};
};

// Deletes the temporary files an earlier batch that was killed left in
// `folder` (".NAME.tmp-XXXXXX" and "summary.json.tmp-XXXXXX"); the caller
// holds the folder's lock, so no running batch owns them. Returns how many.
std::size_t remove_stale_temporaries(const std::string& folder);

} // namespace ptplan::batch
