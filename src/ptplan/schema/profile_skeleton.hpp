#pragma once

#include "ptplan/model/vocabulary.hpp"

#include <functional>
#include <map>
#include <string>

namespace ptplan::schema {

struct SkeletonOptions
{
  // Write every key, uncommented, hidden ones too: a profile that uses the
  // whole table (for tests).
  bool everything = false;
  // YAML text that replaces a key's example, by table path.
  std::map<std::string, std::string, std::less<>> values;
};

// The annotated profile `ptplan new-profile` prints, built from the profile
// key table (load/profile_keys.cpp) and the vocabulary: each key with its
// example, whether it is required, its range, default and allowed words.
// Optional blocks are commented out. As written it does not load: the
// placeholders (patient.name, the therapist) must be replaced first.
std::string profile_skeleton(const model::Vocabulary& vocabulary, const SkeletonOptions& options = {});

} // namespace ptplan::schema
