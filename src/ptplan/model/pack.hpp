#pragma once

#include "ptplan/model/knowledge.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ptplan::model {

// A compact binary copy of a knowledge base. The build validates exercises/
// once and packs it, so the binary starts without parsing YAML. Format:
// "PTPK" and a version, then every field in declaration order (integers as
// 8 bytes, strings and lists length-first).
std::string pack_knowledge(const Knowledge& knowledge);

// The knowledge base back; the empty optional for bytes that are not a
// pack of this version (never for the build's own pack).
std::optional<Knowledge> unpack_knowledge(std::string_view bytes);

} // namespace ptplan::model
