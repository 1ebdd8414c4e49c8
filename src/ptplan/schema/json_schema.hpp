#pragma once

#include "ptplan/model/vocabulary.hpp"

#include <string>

namespace ptplan::schema {

// JSON Schemas (draft 2020-12) for editors and other validators, with the
// vocabulary's words as enums. They describe what ptplan accepts; ptplan's
// own checks stay stricter (real calendar dates, duplicate keys).
std::string profile_schema(const model::Vocabulary& vocabulary);

// A catalog file: one exercise, or a list of them.
std::string catalog_schema(const model::Vocabulary& vocabulary);

} // namespace ptplan::schema
