#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/core/source.hpp"
#include "ptplan/yaml/limits.hpp"
#include "ptplan/yaml/node.hpp"

#include <istream>
#include <memory>
#include <optional>

namespace ptplan::yaml {

// Parses a file that must hold exactly one YAML document. Problems (syntax,
// invalid UTF-8, duplicate keys, tags, limits) go to `diagnostics` with
// their position and the result is empty.
std::optional<Node> parse_document(const SourceFile& source, Diagnostics& diagnostics, const Limits& limits = {});

// parse_document reading every document with yaml-cpp, without the quicker
// libyaml reading of plain ones (yaml/fast_parse.hpp): tests check that the
// two agree.
std::optional<Node> parse_document_with_yaml_cpp(const SourceFile& source, Diagnostics& diagnostics, const Limits& limits = {});

// Reads a multi-document stream one document at a time, so that memory stays
// bounded whatever its length.
class DocumentStream
{
public:
  DocumentStream(std::istream& in, std::string name, Limits limits = {});
  ~DocumentStream();
  DocumentStream(const DocumentStream&) = delete;
  DocumentStream& operator=(const DocumentStream&) = delete;

  // Reads the next document into `document`; false at the end of the
  // stream. A document with errors leaves `document` empty, reports them in
  // `diagnostics`, and the stream goes on with the next one.
  bool next(std::optional<Node>& document, Diagnostics& diagnostics);
  // 1 for the first document.
  std::size_t index() const { return m_index; }

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
  std::size_t m_index = 0;
};

} // namespace ptplan::yaml
