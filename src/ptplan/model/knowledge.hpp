#pragma once

#include "ptplan/model/exercise.hpp"
#include "ptplan/model/messages.hpp"
#include "ptplan/model/movement_cues.hpp"
#include "ptplan/model/rule.hpp"
#include "ptplan/model/vocabulary.hpp"

#include <map>
#include <string>

namespace ptplan::model {

// Everything the engine knows: vocabulary, exercises and rules, plus the
// image files that exercises refer to (path -> bytes) and the phrase table
// `ptplan check` holds the exercises' text against.
struct Knowledge
{
  Vocabulary vocabulary;
  Catalog catalog;
  RuleSet rules;
  MovementCues cues;
  std::map<std::string, std::string> images;
  // The language of the patient text: null for the catalog's own English,
  // else the translations it was localized with (i18n/localize).
  std::shared_ptr<const Messages> messages;

  // Sets the catalog and lists its ids in the vocabulary, so that profiles
  // can name exercises (the progress log) with a did-you-mean.
  void set_catalog(Catalog exercises)
  {
    catalog = std::move(exercises);
    vocabulary.exercises = Terms();
    for (const auto& exercise : catalog.exercises()) {
      vocabulary.exercises.add(exercise.id, exercise.name);
    }
  }

  // Sets the rules and lists their ids in the vocabulary, so that profiles
  // can name them (`choices.allow`) with a did-you-mean.
  void set_rules(RuleSet set)
  {
    rules = std::move(set);
    vocabulary.rules = Terms();
    for (const auto& rule : rules.rules) {
      vocabulary.rules.add(rule.id, rule.description);
    }
  }
};

} // namespace ptplan::model
