#include "ptplan/cli/app.hpp"

#include "ptplan/cli/batch_command.hpp"
#include "ptplan/cli/catalog_command.hpp"
#include "ptplan/cli/check_command.hpp"
#include "ptplan/cli/config_command.hpp"
#include "ptplan/cli/explain_command.hpp"
#include "ptplan/cli/new_profile_command.hpp"
#include "ptplan/cli/plan_command.hpp"
#include "ptplan/cli/review_command.hpp"
#include "ptplan/cli/schema_command.hpp"
#include "ptplan/cli/usage_hint.hpp"
#include "ptplan/cli/vocabulary_command.hpp"
#include "ptplan/core/terminal_text.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <exception>
#include <new>
#include <sstream>

namespace ptplan::cli {

int run_app(int argc, char** argv)
{
  CLI::App app{"ptplan: personalised home exercise plans for back and hip pain"};
  app.name("ptplan");
  app.require_subcommand(1);
  app.footer("Exit status: 0 success; 1 invalid input; 2 usage error; 3 referral (red flag); batch has its own (see "
             "'ptplan batch --help'). Run 'ptplan COMMAND --help' for each command, 'man ptplan' for the manual.");
  add_version_flag(app);

  PlanOptions plan_options;
  ExplainOptions explain_options;
  CheckOptions check_options;
  CatalogOptions catalog_options;
  BatchOptions batch_options;
  SchemaOptions schema_options;
  ReviewOptions review_options;
  VocabularyOptions vocabulary_options;
  ConfigOptions config_options;
  CLI::App* plan = setup_plan(app, plan_options);
  CLI::App* batch = setup_batch(app, batch_options);
  CLI::App* explain = setup_explain(app, explain_options);
  CLI::App* review = setup_review(app, review_options);
  CLI::App* check = setup_check(app, check_options);
  CLI::App* catalog = setup_catalog(app, catalog_options);
  NewProfileOptions new_profile_options;
  CLI::App* new_profile = setup_new_profile(app, new_profile_options);
  CLI::App* schema = setup_schema(app, schema_options);
  CLI::App* vocabulary = setup_vocabulary(app, vocabulary_options);
  CLI::App* config = setup_config(app, config_options);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) { // --help, --version
      // CLI11 prints what the user typed: through printable_text, so that
      // none of it reaches the terminal as a control sequence.
      std::ostringstream out;
      std::ostringstream err;
      const int status = app.exit(e, out, err);
      std::fputs(printable_text(out.str()).c_str(), stdout);
      std::fputs(printable_text(err.str()).c_str(), stderr);
      return status == 0 ? k_exit_ok : k_exit_usage;
    }
    const auto hint = unknown_word_message(app, argc, argv);
    print_error(hint ? *hint : fmt::format("{} (run 'ptplan COMMAND --help' for the usage)", e.what()));
    return k_exit_usage;
  }

  try {
    if (plan->parsed()) {
      return run_plan(plan_options);
    }
    if (batch->parsed()) {
      return run_batch(batch_options);
    }
    if (explain->parsed()) {
      return run_explain(explain_options);
    }
    if (review->parsed()) {
      return run_review(review_options);
    }
    if (check->parsed()) {
      return run_check(check_options);
    }
    if (catalog->parsed()) {
      return catalog->get_subcommand("show")->parsed() ? run_catalog_show(catalog_options) : run_catalog_list(catalog_options);
    }
    if (schema->parsed()) {
      return run_schema(schema_options);
    }
    if (new_profile->parsed()) {
      return run_new_profile(new_profile_options);
    }
    if (vocabulary->parsed()) {
      return run_vocabulary(vocabulary_options);
    }
    if (config->parsed()) {
      return run_config(config_options);
    }
  } catch (const std::bad_alloc&) {
    print_error("out of memory");
    return k_exit_invalid;
  } catch (const std::exception&) {
    print_error("an internal error stopped the command; please report it with the input that caused it");
    return k_exit_invalid;
  }
  return k_exit_usage;
}

} // namespace ptplan::cli
