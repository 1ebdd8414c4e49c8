#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/model/knowledge.hpp"

namespace ptplan::lint {

// Checks that the rules' notes can be trusted (exercises/README.md,
// "Notes"): a note that advises what its own rule forbids or another of its
// notes warns against; a warning the rule does not back with a forbid (the
// plan could then hold what the note tells the patient not to do); a note
// that can never be printed because a rule that always fires rules out what
// it advises; exercise ids the catalog lacks; words that speak of a movement
// the note does not declare ("arch your back" with no extension subject);
// `{side}` outside a note's `sided` text, or a `sided` text without it.
void lint_notes(const model::Knowledge& knowledge, Diagnostics& diagnostics);

// Exercise text may hold only the `{side}` and `{other}` tokens.
void lint_side_tokens(const model::Knowledge& knowledge, Diagnostics& diagnostics);

} // namespace ptplan::lint
