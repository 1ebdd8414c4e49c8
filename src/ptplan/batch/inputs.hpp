#pragma once

#include "ptplan/core/diagnostics.hpp"

#include <set>
#include <string>
#include <vector>

namespace ptplan::batch {

// The batch's inputs in a fixed order: each argument in the order given; a
// folder stands for its *.yaml and *.yml files sorted by name (never the
// order the file system lists them in); "-" is the standard-input stream.
// A path that does not exist is kept, to be reported as that input's error.
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

} // namespace ptplan::batch
