// The clinic configuration file (load/config_loader.hpp): values with their
// positions, errors as strict as a profile's, the therapist block filling
// what a profile leaves out.

#include "ptplan/load/config_loader.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace ptplan;

namespace {

const load::ConfigChoices k_choices{{"markdown", "text", "html", "json"}, {"en"}, {"a4", "letter"}, 60, 200};

std::string errors_of(const std::string& yaml)
{
  Diagnostics diagnostics;
  const auto config = load::load_config(SourceFile{"/etc/c/config.yaml", yaml}, k_choices, diagnostics);
  CHECK(config.has_value() == diagnostics.empty());
  return diagnostics.format();
}

} // namespace

TEST_CASE("load_config reads every setting with where it was written")
{
  Diagnostics diagnostics;
  const auto config = load::load_config(
    SourceFile{"/etc/c/config.yaml", "therapist: { name: Sam Okafor, clinic: Riverside PT, phone: \"555 0100\" }\n"
                                     "paper: letter\nwidth: 80\nlanguage: en\nformat: html\n"
                                     "catalog_add: [clinic, /srv/more]\n"},
    k_choices, diagnostics);
  REQUIRE_MESSAGE(config.has_value(), diagnostics.format());
  REQUIRE(config->therapist_clinic);
  CHECK(config->therapist_name->value == "Sam Okafor");
  CHECK(config->therapist_clinic->value == "Riverside PT");
  CHECK(config->therapist_phone->value == "555 0100");
  CHECK(config->paper->value == "letter");
  CHECK(format_location(config->paper->where) == "/etc/c/config.yaml:2:8");
  CHECK(config->width->value == 80);
  CHECK(config->language->value == "en");
  CHECK(config->format->value == "html");
  REQUIRE(config->catalog_add.size() == 2);
  CHECK(config->catalog_add[0].value == "/etc/c/clinic"); // relative to the file's folder
  CHECK(config->catalog_add[1].value == "/srv/more");
}

TEST_CASE("load_config: an empty or comment-only file is an empty configuration")
{
  CHECK(errors_of("").empty());
  CHECK(errors_of("# nothing yet\n\n  # paper: letter\n").empty());
}

TEST_CASE("load_config reports bad values like a profile, with did-you-mean")
{
  CHECK(
    errors_of("paper: leter\n") == "/etc/c/config.yaml:1:8: error: paper: unknown value \"leter\"; did you mean \"letter\"?\n");
  CHECK(errors_of("thrapist: { name: X }\n")
        == "/etc/c/config.yaml:1:1: error: unknown key \"thrapist\"; did you mean \"therapist\"?\n");
  CHECK(errors_of("therapist: { nmae: X }\n")
        == "/etc/c/config.yaml:1:14: error: unknown key \"therapist.nmae\"; did you mean \"name\"?\n");
  CHECK(errors_of("width: 20\n")
        == "/etc/c/config.yaml:1:8: error: width: 20 is out of range; expected a whole number from 60 to 200\n");
  CHECK(errors_of("format: pdf\n").find("format: unknown value \"pdf\"; expected one of: markdown, text, html, json")
        != std::string::npos);
  CHECK(errors_of("language: fr\n").find("language: unknown value \"fr\"") != std::string::npos);
  CHECK(errors_of("catalog_add: /srv\n").find("catalog_add: expected a list of folders") != std::string::npos);
  CHECK(errors_of("- a\n- b\n").find("expected a map") != std::string::npos);
  CHECK(errors_of("paper: a4\npaper: letter\n").find("paper") != std::string::npos); // a duplicate key
}

TEST_CASE("fill_therapist: the profile's own parts win, the config fills the rest")
{
  model::Profile profile;
  profile.therapist.name = "Own Name";
  load::fill_therapist(profile, model::Therapist{"Config Name", "Config Clinic", "555"});
  CHECK(profile.therapist.name == "Own Name");
  CHECK(profile.therapist.clinic == "Config Clinic");
  CHECK(profile.therapist.phone == "555");
}
