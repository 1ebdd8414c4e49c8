#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/core/source.hpp"
#include "ptplan/model/knowledge.hpp"

namespace ptplan::lint {

// Checks a loaded knowledge base for what loading alone cannot see: patient
// text above grade 8 (naming the hardest sentence), text that names a
// movement the exercise's tags lack (tag_lint.hpp), red flags no referral
// rule covers, exercises no profile can reach (ruled out by a rule that
// always fires, or helping no condition with nothing linking to them).
void lint_knowledge(const model::Knowledge& knowledge, Diagnostics& diagnostics);

// Patient text in a template (the literal text between tags) above grade 8.
void lint_template_readability(const SourceFile& source, Diagnostics& diagnostics);

} // namespace ptplan::lint
