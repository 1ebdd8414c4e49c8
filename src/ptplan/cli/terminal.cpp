#include "ptplan/cli/terminal.hpp"

#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace ptplan::cli {

namespace {

bool g_quiet = false;

constexpr std::string_view k_red = "\033[1;31m";
constexpr std::string_view k_magenta = "\033[1;35m";
constexpr std::string_view k_reset = "\033[0m";

// Colours the first " error:" or " warning:" in one line.
void paint_line(std::string_view line, std::string& out)
{
  for (const auto& [word, colour] :
    {std::pair{std::string_view("error:"), k_red}, std::pair{std::string_view("warning:"), k_magenta}}) {
    const std::size_t at = line.find(word);
    const bool after_location = at != std::string_view::npos && (at == 0 || line[at - 1] == ' ');
    if (after_location) {
      out += line.substr(0, at);
      out += colour;
      out += word;
      out += k_reset;
      out += line.substr(at + word.size());
      return;
    }
  }
  out += line;
}

} // namespace

bool colour_stderr()
{
  static const bool colour = [] {
    const char* no_color = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    return no_color == nullptr && ::isatty(STDERR_FILENO) == 1 && (term == nullptr || std::strcmp(term, "dumb") != 0);
  }();
  return colour;
}

void set_quiet(bool quiet)
{
  g_quiet = quiet;
}

bool quiet()
{
  return g_quiet;
}

std::string paint(std::string_view text, bool colour)
{
  if (!colour) {
    return std::string(text);
  }
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    paint_line(text.substr(start, end - start), out);
    start = end;
  }
  return out;
}

} // namespace ptplan::cli
