#include "ptplan/batch/summary_writer.hpp"

#include "ptplan/engine/planner.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace ptplan::batch {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t k_flush_bytes = 64 * 1024;

std::string dump(const Json& json, int indent)
{
  return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string folder_of(const std::string& path)
{
  const auto parent = std::filesystem::path(path).parent_path();
  return parent.empty() ? std::string(".") : parent.string();
}

// "summary.json.tmp-XXXXXX" from an older ptplan, or ".NAME.tmp-XXXXXX" from
// write_output and this writer.
bool is_temporary_name(const std::string& name)
{
  const std::size_t at = name.rfind(".tmp-");
  if (at == std::string::npos || name.size() != at + 5 + 6) {
    return false;
  }
  return name.front() == '.' || name.rfind("summary.json", 0) == 0;
}

} // namespace

SummaryWriter::SummaryWriter(std::string path, const Options& options, bool echo) : m_path(std::move(path)), m_echo(echo)
{
#ifdef O_TMPFILE
  m_fd = ::open(folder_of(m_path).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
#endif
  if (m_fd < 0) {
    // No O_TMPFILE on this file system: a named temporary, which the next
    // batch removes if this one is killed.
    m_temp = (std::filesystem::path(folder_of(m_path)) / ".summary.json.tmp-XXXXXX").string();
    m_fd = ::mkstemp(m_temp.data());
  }
  if (m_fd < 0) {
    m_errno = errno;
    m_failed = true;
    return;
  }
  ::fchmod(m_fd, 0644);
  Json formats = Json::array();
  for (const auto format : options.formats) {
    formats.push_back(std::string(render::format_name(format)));
  }
  // --week next: each profile's own week, after its last log entry.
  const std::string week = options.week == engine::k_next_week ? std::string("\"next\"") : std::to_string(options.week);
  put(fmt::format("{{\n  \"week\": {},\n  \"formats\": {},\n  \"resume\": {},\n  \"items\": [", week, dump(formats, -1),
    options.resume ? "true" : "false"));
}

SummaryWriter::~SummaryWriter()
{
  if (m_fd >= 0) {
    ::close(m_fd); // never linked in: nothing is left behind
    if (!m_temp.empty()) {
      ::unlink(m_temp.c_str());
    }
  }
}

bool SummaryWriter::put(const std::string& text)
{
  m_buffer += text;
  return m_buffer.size() < k_flush_bytes ? !m_failed : flush();
}

bool SummaryWriter::flush()
{
  std::string_view rest = m_buffer;
  while (!rest.empty() && !m_failed) {
    const ssize_t written = ::write(m_fd, rest.data(), rest.size());
    if (written < 0) {
      if (errno == EINTR) {
        continue;
      }
      m_errno = errno;
      m_failed = true;
      break;
    }
    rest.remove_prefix(static_cast<std::size_t>(written));
  }
  m_buffer.clear();
  return !m_failed;
}

void SummaryWriter::add(std::size_t index, ItemResult result)
{
  m_pending.emplace(index, std::move(result));
  for (auto it = m_pending.find(m_next); it != m_pending.end(); it = m_pending.find(m_next)) {
    write(it->second);
    m_pending.erase(it);
    ++m_next;
  }
}

void SummaryWriter::write(const ItemResult& item)
{
  ++m_counts[static_cast<std::size_t>(item.status)];
  m_warnings += item.warnings.size();
  m_skipped += item.skipped ? 1 : 0;
  if (m_echo) {
    for (const auto& line : item.errors) {
      fmt::print(stderr, "{}\n", line);
    }
    const std::string name = item.document ? fmt::format("<stdin>#{}", *item.document) : item.input;
    for (const auto& warning : item.warnings) {
      fmt::print(stderr, "{}: warning: {}\n", name, warning);
    }
  }
  Json entry;
  entry["input"] = item.input;
  entry["document"] = item.document ? Json(*item.document) : Json(nullptr);
  entry["status"] = status_name(item.status);
  entry["skipped"] = item.skipped;
  entry["outputs"] = item.outputs;
  entry["warnings"] = item.warnings;
  entry["errors"] = item.errors;
  std::string text = dump(entry, 2);
  // Indent the object to sit inside "items".
  std::string indented;
  for (const char c : text) {
    indented += c;
    if (c == '\n') {
      indented += "    ";
    }
  }
  put(fmt::format("{}\n    {}", m_written == 0 ? "" : ",", indented));
  ++m_written;
}

bool SummaryWriter::finish(bool interrupted, std::string& error)
{
  Json counts{{"total", m_written}};
  for (const Status status : k_statuses) {
    counts[std::string(status_name(status))] = count(status);
  }
  counts["skipped"] = m_skipped;
  counts["warnings"] = m_warnings;
  put(fmt::format("{}],\n  \"counts\": {},\n  \"interrupted\": {}\n}}\n", m_written == 0 ? "" : "\n  ", dump(counts, -1),
    interrupted ? "true" : "false"));
  if (m_fd < 0 || !flush()) {
    error = fmt::format("{}: cannot write: {}", m_path, std::strerror(m_errno));
    return false;
  }
  // Linked in under a temporary name, then renamed over an older summary:
  // readers see the old file or the new one, never half of one.
  std::string temp = m_temp;
  bool ok = true;
  int saved = 0;
  if (temp.empty()) {
    temp = (std::filesystem::path(folder_of(m_path)) / fmt::format(".summary.json.tmp-{:06}", ::getpid() % 1000000)).string();
    ::unlink(temp.c_str()); // a stale one: the caller holds the folder's lock
    const std::string self = fmt::format("/proc/self/fd/{}", m_fd);
    ok = ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) == 0;
    saved = errno;
  }
  ok = (::close(m_fd) == 0) && ok;
  m_fd = -1;
  if (ok && ::rename(temp.c_str(), m_path.c_str()) != 0) {
    saved = errno;
    ok = false;
  }
  if (!ok) {
    ::unlink(temp.c_str());
    error = fmt::format("{}: cannot write: {}", m_path, std::strerror(saved));
  }
  return ok;
}

std::size_t remove_stale_temporaries(const std::string& folder)
{
  std::size_t removed = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    std::error_code ignored;
    if (is_temporary_name(entry.path().filename().string()) && entry.is_regular_file(ignored) && !entry.is_symlink(ignored)) {
      removed += std::filesystem::remove(entry.path(), ignored) ? 1 : 0;
    }
  }
  return removed;
}

} // namespace ptplan::batch
