#pragma once

// Shared by the newer test files: the built-in knowledge, loaded once, and
// profiles read from YAML text (a test fails at once when one does not load).

#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/profile_loader.hpp"
#include "ptplan/model/knowledge.hpp"

#include <doctest/doctest.h>

#include <string>

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

} // namespace ptplan::test
