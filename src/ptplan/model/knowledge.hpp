#pragma once

#include "ptplan/model/exercise.hpp"
#include "ptplan/model/rule.hpp"
#include "ptplan/model/vocabulary.hpp"

#include <map>
#include <string>

namespace ptplan::model {

// Everything the engine knows: vocabulary, exercises and rules, plus the
// image files that exercises refer to (path -> bytes).
struct Knowledge
{
  Vocabulary vocabulary;
  Catalog catalog;
  RuleSet rules;
  std::map<std::string, std::string> images;
};

} // namespace ptplan::model
