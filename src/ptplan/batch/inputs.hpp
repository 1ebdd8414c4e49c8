#pragma once

#include "ptplan/render/escape.hpp"

#include <set>
#include <string>
#include <vector>

namespace ptplan::batch {

// The batch's inputs in a fixed order: each argument in the order given; a
// folder stands for its files whose names end in .yaml or .yml in any case
// (symbolic links too, dangling ones included so that they are reported),
// sorted by name, never in the order the file system lists them; names
// starting with "." (editor lock and backup files) are left out. "-" is the
// standard-input stream. A path that does not exist is kept, to be reported
// as that input's error.
std::vector<std::string> expand_inputs(const std::vector<std::string>& arguments);

// Output names. Each input's name is its file name without the extension
// ("stdin-N" for the Nth document of the stream), reduced to letters,
// digits, "-", "_" and "."; when a name is taken, "-2", "-3", ... is added,
// in input order. So a/x.yaml and b/x.yaml give x and x-2.
class OutputNames
{
public:
  std::string claim(const std::string& base);

private:
  std::set<std::string> m_taken;
};

// "x" for "some/dir/x.yaml".
std::string stem_of(const std::string& path);

// "md", "txt", "html", "json": the extension of an output file.
std::string_view output_extension(render::Format format);

// The output file names the batch will write for `inputs` in `formats`, as
// far as they are known before it runs: every file input's, and the first
// stream document's.
std::vector<std::string> planned_outputs(const std::vector<std::string>& inputs, const std::vector<render::Format>& formats);

} // namespace ptplan::batch
