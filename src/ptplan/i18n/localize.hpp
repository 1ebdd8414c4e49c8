#pragma once

#include "ptplan/model/knowledge.hpp"
#include "ptplan/model/messages.hpp"

#include <memory>
#include <string>
#include <vector>

namespace ptplan::i18n {

// An English text of the knowledge base that a language has no translation
// for: where it is used (its msgctxt: an exercise or rule id, or a
// vocabulary list) and the English.
struct Missing
{
  std::string context;
  std::string english;
  std::string what; // "name", "step 2", "note", ...
  Location where;   // the file the English is in (the exercise's, the rule's note); empty for built-in lists
};

// Every patient-facing English text of the knowledge base, with its context
// in the translation files: exercises (name, purpose, steps, safety, the
// picture's caption; msgctxt the exercise id), rules (referral reasons,
// notes, stop-box lines, change reasons; msgctxt the rule id) and the
// vocabulary words a handout prints (red flags, urgencies; msgctxt the
// list's name). scripts/extract-pot.py writes the same list.
std::vector<Missing> patient_texts(const model::Knowledge& knowledge);

// Puts the language's text in place of the English in `knowledge`, in
// place (no exercise or rule moves, so pointers into it stay valid), and
// sets `knowledge.messages`. A text without a translation stays English and
// is listed in the result.
std::vector<Missing> localize(model::Knowledge& knowledge, std::shared_ptr<const model::Messages> messages);

} // namespace ptplan::i18n
