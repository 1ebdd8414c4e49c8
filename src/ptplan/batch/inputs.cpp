#include "ptplan/batch/inputs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace ptplan::batch {

namespace fs = std::filesystem;

namespace {

bool is_yaml_name(const fs::path& path)
{
  std::string extension = path.extension().string();
  std::transform(
    extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const std::string name = path.filename().string();
  return (extension == ".yaml" || extension == ".yml") && !name.empty() && name.front() != '.';
}

} // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& arguments)
{
  std::vector<std::string> inputs;
  for (const auto& argument : arguments) {
    std::error_code error;
    if (argument != "-" && fs::is_directory(argument, error)) {
      std::vector<std::string> files;
      for (const auto& entry : fs::directory_iterator(argument, error)) {
        std::error_code ignored;
        // A dangling link is kept (its own status is a symlink): it is
        // reported as that input's error, never silently left out.
        if (is_yaml_name(entry.path()) && !entry.is_directory(ignored)) {
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

std::string_view output_extension(render::Format format)
{
  switch (format) {
  case render::Format::markdown:
    return "md";
  case render::Format::text:
    return "txt";
  case render::Format::html:
    return "html";
  case render::Format::json:
    return "json";
  case render::Format::pdf:
    return "pdf";
  }
  return "md";
}

std::vector<std::string> planned_outputs(const std::vector<std::string>& inputs, const std::vector<render::Format>& formats)
{
  OutputNames names;
  std::vector<std::string> files;
  for (const auto& input : inputs) {
    const std::string name = names.claim(input == "-" ? std::string("stdin-1") : stem_of(input));
    for (const auto format : formats) {
      files.push_back(fmt::format("{}.{}", name, output_extension(format)));
    }
  }
  return files;
}

} // namespace ptplan::batch
