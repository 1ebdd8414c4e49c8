#pragma once

#include "ptplan/batch/runner.hpp"

#include <cstdio>
#include <map>
#include <string>

namespace ptplan::batch {

// Writes summary.json as results arrive, in input order, so a batch keeps
// only the few results that are out of order in memory, whatever its size.
// The file appears (renamed from a temporary) only when finish() succeeds.
class SummaryWriter
{
public:
  SummaryWriter(std::string path, const Options& options);
  ~SummaryWriter();
  SummaryWriter(const SummaryWriter&) = delete;
  SummaryWriter& operator=(const SummaryWriter&) = delete;

  // Takes the result of input `index` (0-based); writes every result that
  // is now next in order, and prints its errors to stderr.
  void add(std::size_t index, ItemResult result);
  // Closes the list with the counts; false (and `error`) if it could not be
  // written.
  bool finish(bool interrupted, std::string& error);

  std::size_t count(std::string_view status) const;
  std::size_t total() const { return m_written; }

private:
  void write(const ItemResult& result);

  std::string m_path;
  std::string m_temp;
  std::FILE* m_file = nullptr;
  bool m_failed = false;
  std::map<std::size_t, ItemResult> m_pending;
  std::size_t m_next = 0;
  std::size_t m_written = 0;
  std::map<std::string, std::size_t, std::less<>> m_counts;
};

} // namespace ptplan::batch
