#pragma once

#include <string>

namespace ptplan {

// The text of one input and the name it is reported under ("profile.yaml",
// "<stdin>", "<built-in>/exercises/rules.yaml"). Loaders take these, never
// paths, so that they need no disk.
struct SourceFile
{
  std::string name;
  std::string text;
};

} // namespace ptplan
