#include "ptplan/batch/summary_writer.hpp"

#include "ptplan/engine/planner.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace ptplan::batch {

namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& json, int indent)
{
  return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

} // namespace

SummaryWriter::SummaryWriter(std::string path, const Options& options) : m_path(std::move(path))
{
  m_temp = m_path + ".tmp-XXXXXX";
  const int fd = ::mkstemp(m_temp.data());
  if (fd >= 0) {
    ::fchmod(fd, 0644);
  }
  m_file = fd >= 0 ? ::fdopen(fd, "w") : nullptr;
  if (!m_file) {
    m_failed = true;
    return;
  }
  Json formats = Json::array();
  for (const auto format : options.formats) {
    formats.push_back(std::string(render::format_name(format)));
  }
  // --week next: each profile's own week, after its last log entry.
  const std::string week = options.week == engine::k_next_week ? std::string("\"next\"") : std::to_string(options.week);
  fmt::print(m_file, "{{\n  \"week\": {},\n  \"formats\": {},\n  \"items\": [", week, dump(formats, -1));
}

SummaryWriter::~SummaryWriter()
{
  if (m_file) {
    std::fclose(m_file);
    ::unlink(m_temp.c_str());
  }
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
  ++m_counts[item.status];
  for (const auto& line : item.errors) {
    fmt::print(stderr, "{}\n", line);
  }
  Json entry;
  entry["input"] = item.input;
  entry["document"] = item.document ? Json(*item.document) : Json(nullptr);
  entry["status"] = item.status;
  entry["outputs"] = item.outputs;
  entry["errors"] = item.errors;
  if (m_file && !m_failed) {
    std::string text = dump(entry, 2);
    // Indent the object to sit inside "items".
    std::string indented;
    for (const char c : text) {
      indented += c;
      if (c == '\n') {
        indented += "    ";
      }
    }
    m_failed = std::fputs(fmt::format("{}\n    {}", m_written == 0 ? "" : ",", indented).c_str(), m_file) < 0;
  }
  ++m_written;
}

std::size_t SummaryWriter::count(std::string_view status) const
{
  const auto found = m_counts.find(status);
  return found == m_counts.end() ? 0 : found->second;
}

bool SummaryWriter::finish(bool interrupted, std::string& error)
{
  if (!m_file) {
    error = fmt::format("{}: cannot create the file: {}", m_path, std::strerror(errno));
    return false;
  }
  const Json counts{{"total", m_written}, {"plan", count("plan")}, {"referral", count("referral")}, {"invalid", count("invalid")},
    {"error", count("error")}};
  if (!m_failed) {
    m_failed = std::fputs(fmt::format("{}],\n  \"counts\": {},\n  \"interrupted\": {}\n}}\n", m_written == 0 ? "" : "\n  ",
                            dump(counts, -1), interrupted ? "true" : "false")
                            .c_str(),
                 m_file)
               < 0;
  }
  const bool closed = std::fclose(m_file) == 0;
  m_file = nullptr;
  if (m_failed || !closed || ::rename(m_temp.c_str(), m_path.c_str()) != 0) {
    error = fmt::format("{}: cannot write: {}", m_path, std::strerror(errno));
    ::unlink(m_temp.c_str());
    return false;
  }
  return true;
}

} // namespace ptplan::batch
