#pragma once

// Shared by the newer test files: the built-in knowledge, loaded once, and
// profiles read from YAML text (a test fails at once when one does not load).

#include "ptplan/engine/planner.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/profile_loader.hpp"
#include "ptplan/model/knowledge.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

namespace ptplan::test {

inline const model::Knowledge& builtin_knowledge()
{
  static const model::Knowledge knowledge = [] {
    Diagnostics diagnostics;
    auto loaded = load::load_knowledge(load::builtin_knowledge_files(), diagnostics);
    REQUIRE_MESSAGE(loaded.has_value(), diagnostics.format());
    return std::move(*loaded);
  }();
  return knowledge;
}

inline model::Profile profile_from(const std::string& yaml, const std::string& name = "profile.yaml")
{
  Diagnostics diagnostics;
  auto profile = load::load_profile(SourceFile{name, yaml}, builtin_knowledge().vocabulary, diagnostics);
  REQUIRE_MESSAGE(profile.has_value(), diagnostics.format());
  return std::move(*profile);
}

// The errors a profile gives, formatted as the command line prints them.
inline std::string profile_errors(const std::string& yaml, const std::string& name = "p.yaml")
{
  Diagnostics diagnostics;
  const auto profile = load::load_profile(SourceFile{name, yaml}, builtin_knowledge().vocabulary, diagnostics);
  return profile ? std::string() : diagnostics.format();
}

// The plan for one week; the test fails at once on a referral.
inline model::Plan plan_for(const model::Profile& profile, int week)
{
  auto outcome = engine::make_plan(builtin_knowledge(), profile, week);
  REQUIRE_MESSAGE(std::holds_alternative<model::Plan>(outcome), "expected a plan for week " << week);
  return std::get<model::Plan>(std::move(outcome));
}

// The text of a file in the source tree (examples/patients/NAME.yaml, ...).
inline std::string source_text(const std::string& relative)
{
  std::ifstream in(std::filesystem::path(PTPLAN_SOURCE_DIR) / relative, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << relative);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The example patients shipped in examples/patients/, by file name.
inline std::vector<std::string> example_patients()
{
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(PTPLAN_SOURCE_DIR) / "examples/patients")) {
    if (entry.path().extension() == ".yaml") {
      names.push_back(entry.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

inline model::Profile example_profile(const std::string& file)
{
  return profile_from(source_text("examples/patients/" + file), file);
}

} // namespace ptplan::test
