#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/core/source.hpp"
#include "ptplan/model/knowledge.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ptplan::load {

// The files of a knowledge base: paths relative to its folder
// ("vocabulary.yaml", "catalog/stretch/x.yaml", "rules.yaml", "images/x.svg").
struct KnowledgeFiles
{
  std::string folder;                                    // where they were read from
  std::vector<std::pair<std::string, SourceFile>> files; // relative path, content
};

// The built-in copy of exercises/, reported as "<built-in>/exercises/...".
KnowledgeFiles builtin_knowledge_files();

// The built-in knowledge base, validated at build time and unpacked without
// parsing YAML (model/pack.hpp). Equal to loading builtin_knowledge_files().
std::optional<model::Knowledge> builtin_knowledge(Diagnostics& diagnostics);

// Every file below `folder` (sorted, so the order on disk never matters).
// Errors (missing folder, unreadable file) go to `diagnostics`.
KnowledgeFiles read_knowledge_folder(const std::filesystem::path& folder, Diagnostics& diagnostics);

// The files of a folder added on top of a knowledge base (--catalog-add):
// catalog/**/*.yaml, an optional rules.yaml and images/.
KnowledgeFiles read_added_folder(const std::filesystem::path& folder, Diagnostics& diagnostics);

// Adds an added folder's exercises and rules to `knowledge`, read with its
// vocabulary. An id already taken is an error unless the entry says
// `replaces: true`, which puts it in the place of the one below (and
// `replaces: true` with nothing to replace is an error). Chains, rule
// references and drawings are checked over the whole. On any error,
// `knowledge` is unchanged and the result is false.
bool add_knowledge(model::Knowledge& knowledge, const KnowledgeFiles& added, Diagnostics& diagnostics);

// Loads vocabulary, catalog and rules, and checks what spans files. An
// entry that says `replaces: true` is an error here.
std::optional<model::Knowledge> load_knowledge(const KnowledgeFiles& files, Diagnostics& diagnostics);

} // namespace ptplan::load
