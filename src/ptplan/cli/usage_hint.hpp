#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace ptplan::cli {

// For a command line CLI11 refused, the first unknown command or option in
// it, worded with a did-you-mean when one is close ("unknown option
// --fromat for ptplan plan; did you mean --format?"), or nothing when the
// problem is another one.
std::optional<std::string> unknown_word_message(const CLI::App& app, int argc, const char* const* argv);

} // namespace ptplan::cli
