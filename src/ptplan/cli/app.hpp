#pragma once

namespace ptplan::cli {

// Parses the command line and runs the chosen command: the single error
// boundary. Returns the process exit status.
int run_app(int argc, char** argv);

} // namespace ptplan::cli
