#include "ptplan/load/file.hpp"

#include <fmt/format.h>

#include <cstring>
#include <fstream>
#include <iostream>

namespace ptplan::load {

std::optional<std::string> read_stream(std::istream& in, const std::string& name, Diagnostics& diagnostics, std::size_t max_bytes)
{
  std::string text;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_bytes) {
      diagnostics.error({name, 0, 0}, fmt::format("the input is larger than the limit of {} bytes", max_bytes));
      return std::nullopt;
    }
  }
  if (in.bad()) {
    diagnostics.error({name, 0, 0}, "could not be read");
    return std::nullopt;
  }
  return text;
}

std::optional<std::string> read_file(const std::filesystem::path& path, Diagnostics& diagnostics, std::size_t max_bytes)
{
  if (path == "-") {
    return read_stream(std::cin, "<stdin>", diagnostics, max_bytes);
  }
  const std::string name = path.string();
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    diagnostics.error({name, 0, 0}, "is a folder; expected a YAML file");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.error({name, 0, 0}, fmt::format("cannot open the file: {}", std::strerror(errno)));
    return std::nullopt;
  }
  return read_stream(in, name, diagnostics, max_bytes);
}

} // namespace ptplan::load
