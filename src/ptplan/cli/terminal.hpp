#pragma once

#include <string>
#include <string_view>

namespace ptplan::cli {

// Whether messages on standard error are coloured: only when it is a
// terminal, NO_COLOR is not set (to anything, https://no-color.org) and
// TERM is not "dumb". Decided once per process.
bool colour_stderr();

// --quiet: warnings and summaries are not printed; errors always are.
void set_quiet(bool quiet);
bool quiet();

// `text` with each line's "error:" and "warning:" after the location in
// bold red and bold magenta, when `colour` holds; unchanged otherwise.
std::string paint(std::string_view text, bool colour);

} // namespace ptplan::cli
