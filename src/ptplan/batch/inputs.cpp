#include "ptplan/batch/inputs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace ptplan::batch {

namespace fs = std::filesystem;

std::vector<std::string> expand_inputs(const std::vector<std::string>& arguments)
{
  std::vector<std::string> inputs;
  for (const auto& argument : arguments) {
    std::error_code error;
    if (argument != "-" && fs::is_directory(argument, error)) {
      std::vector<std::string> files;
      for (const auto& entry : fs::directory_iterator(argument, error)) {
        const auto extension = entry.path().extension().string();
        if ((extension == ".yaml" || extension == ".yml") && entry.is_regular_file(error)) {
          files.push_back(entry.path().string());
        }
      }
      std::sort(files.begin(), files.end());
      inputs.insert(inputs.end(), files.begin(), files.end());
    } else {
      inputs.push_back(argument);
    }
  }
  return inputs;
}

std::string stem_of(const std::string& path)
{
  return fs::path(path).stem().string();
}

std::string OutputNames::claim(const std::string& base)
{
  std::string clean;
  for (const char c : base) {
    const bool safe = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    clean += safe ? c : '_';
  }
  if (clean.empty() || clean.front() == '.' || clean == "summary") {
    clean = "profile" + clean;
  }
  std::string name = clean;
  for (int n = 2; m_taken.contains(name); ++n) {
    name = fmt::format("{}-{}", clean, n);
  }
  m_taken.insert(name);
  return name;
}

} // namespace ptplan::batch
