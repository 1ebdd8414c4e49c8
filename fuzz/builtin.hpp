#pragma once

// The built-in knowledge base and templates, loaded once per fuzz process.
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/render/templates.hpp"

#include <cstdlib>

namespace fuzz {

inline const ptplan::model::Knowledge& builtin_knowledge()
{
  static const auto knowledge = [] {
    ptplan::Diagnostics diagnostics;
    auto loaded = ptplan::load::builtin_knowledge(diagnostics);
    if (!loaded) {
      std::abort(); // the build validated it: this never happens
    }
    return std::move(*loaded);
  }();
  return knowledge;
}

} // namespace fuzz
