// The command line's edges that need no process: colouring messages
// (cli/terminal.hpp) and the did-you-mean for unknown commands and options
// (cli/usage_hint.hpp).

#include "ptplan/cli/terminal.hpp"
#include "ptplan/cli/usage_hint.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace ptplan::cli;

TEST_CASE("paint colours the error and warning words after the location, and only when asked")
{
  const std::string text = "p.yaml:1:2: error: bad\nptplan: warning: odd\nplain line\n";
  CHECK(paint(text, false) == text);
  CHECK(paint(text, true) == "p.yaml:1:2: \033[1;31merror:\033[0m bad\nptplan: \033[1;35mwarning:\033[0m odd\nplain line\n");
  CHECK(paint("terror: not a word of ours\n", true) == "terror: not a word of ours\n");
}

namespace {

std::optional<std::string> hint_for(std::vector<const char*> args)
{
  CLI::App app{"test"};
  app.name("ptplan");
  app.require_subcommand(1);
  std::string format;
  std::string profile;
  CLI::App* plan = app.add_subcommand("plan", "");
  plan->add_option("PROFILE", profile);
  plan->add_option("--format", format);
  plan->add_flag("--force");
  CLI::App* catalog = app.add_subcommand("catalog", "");
  catalog->require_subcommand(1);
  catalog->add_subcommand("list", "");
  catalog->add_subcommand("show", "");
  args.insert(args.begin(), "ptplan");
  return unknown_word_message(app, static_cast<int>(args.size()), args.data());
}

} // namespace

TEST_CASE("unknown_word_message names the unknown command or option with a did-you-mean")
{
  CHECK(hint_for({"pln"}) == "unknown command \"pln\" for ptplan; did you mean plan?; the commands are: plan, catalog");
  CHECK(hint_for({"plan", "x.yaml", "--fromat", "html"})
        == "unknown option --fromat for ptplan plan; did you mean --format?; run 'ptplan plan --help' for its options");
  CHECK(hint_for({"plan", "x.yaml", "--frmat=html"})->find("did you mean --format?") != std::string::npos);
  CHECK(hint_for({"catalog", "lst"})->find("unknown command \"lst\" for ptplan catalog; did you mean list?") == 0);
  CHECK(hint_for({"plan", "x.yaml", "--zzzzzz"})->find("did you mean") == std::string::npos);
  // A value that looks like an option belongs to the option before it.
  CHECK_FALSE(hint_for({"plan", "--format", "--force"}).has_value());
  CHECK_FALSE(hint_for({"plan", "x.yaml", "--format", "html"}).has_value());
}
