#include "ptplan/cli/usage_hint.hpp"

#include "ptplan/core/diagnostics.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <vector>

namespace ptplan::cli {

namespace {

std::vector<std::string> option_names(const CLI::App& command)
{
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    for (const auto& name : option->get_lnames()) {
      names.push_back("--" + name);
    }
    for (const auto& name : option->get_snames()) {
      names.push_back("-" + name);
    }
  }
  return names;
}

std::vector<std::string> subcommand_names(const CLI::App& command)
{
  std::vector<std::string> names;
  for (const CLI::App* sub : command.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(sub->get_name());
  }
  return names;
}

std::string command_path(const std::vector<const CLI::App*>& chain)
{
  std::string path;
  for (const CLI::App* command : chain) {
    path += (path.empty() ? "" : " ") + command->get_name();
  }
  return path;
}

std::string suggestion(std::string_view word, const std::vector<std::string>& choices)
{
  const std::string close = did_you_mean(word, choices);
  return close.empty() ? std::string() : fmt::format("; did you mean {}?", close);
}

} // namespace

std::optional<std::string> unknown_word_message(const CLI::App& app, int argc, const char* const* argv)
{
  std::vector<const CLI::App*> chain{&app};
  bool positional_seen = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const CLI::App& command = *chain.back();
    if (arg == "--") {
      return std::nullopt;
    }
    if (arg.size() > 1 && arg[0] == '-') {
      const bool is_long = arg.substr(0, 2) == "--";
      const std::string name(is_long ? arg.substr(0, arg.find('=')) : arg.substr(0, 2));
      const CLI::Option* option = command.get_option_no_throw(name);
      if (option == nullptr) {
        const std::string shown(is_long ? name : std::string(arg));
        return fmt::format("unknown option {} for {}{}; run '{} --help' for its options", shown, command_path(chain),
          suggestion(shown, option_names(command)), command_path(chain));
      }
      const bool value_attached = is_long ? arg.find('=') != std::string_view::npos : arg.size() > 2;
      if (option->get_items_expected_max() > 0 && !value_attached) {
        ++i; // its value, which may look like anything
      }
      continue;
    }
    const auto subcommands = subcommand_names(command);
    if (std::find(subcommands.begin(), subcommands.end(), arg) != subcommands.end()) {
      chain.push_back(command.get_subcommand(std::string(arg)));
      positional_seen = false;
      continue;
    }
    // A command that takes subcommands and no arguments of its own: a
    // word that is no subcommand is a mistyped one.
    const auto options = command.get_options();
    const bool takes_arguments =
      std::any_of(options.begin(), options.end(), [](const CLI::Option* option) { return option->get_positional(); });
    if (!subcommands.empty() && !positional_seen && !takes_arguments && command.get_require_subcommand_min() > 0) {
      return fmt::format("unknown command \"{}\" for {}{}; the commands are: {}", arg, command_path(chain),
        suggestion(arg, subcommands), fmt::join(subcommands, ", "));
    }
    positional_seen = true;
  }
  return std::nullopt;
}

} // namespace ptplan::cli
