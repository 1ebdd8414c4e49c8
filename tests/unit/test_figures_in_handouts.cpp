// Every exercise on every example patient's HTML handout shows its figure,
// with its caption printed under it, drawn for the patient's side.

#include "ptplan/draw/figure.hpp"
#include "ptplan/engine/planner.hpp"
#include "ptplan/load/profile_loader.hpp"
#include "ptplan/render/data_uri.hpp"
#include "ptplan/render/escape.hpp"
#include "ptplan/render/exercise_views.hpp"
#include "ptplan/render/outcome_renderer.hpp"

#include "support.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

using namespace ptplan;

namespace {

std::string read_text(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace

TEST_CASE("handouts: every exercise in every example HTML handout has its figure and caption")
{
  const auto& knowledge = test::builtin_knowledge();
  const std::filesystem::path folder = std::filesystem::path(PTPLAN_SOURCE_DIR) / "examples" / "patients";
  std::vector<std::filesystem::path> profiles;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() == ".yaml") {
      profiles.push_back(entry.path());
    }
  }
  std::sort(profiles.begin(), profiles.end());
  REQUIRE(profiles.size() >= 10);
  int plans = 0;
  int figures = 0;
  for (const auto& path : profiles) {
    CAPTURE(path.filename().string());
    const std::string yaml = read_text(path);
    std::smatch week_match;
    const int week = std::regex_search(yaml, week_match, std::regex("# handout-week: ([0-9]+)")) ? std::stoi(week_match[1]) : 1;
    const model::Profile profile = test::profile_from(yaml, path.filename().string());
    const auto outcome = engine::make_plan(knowledge, profile, week);
    const auto* plan = std::get_if<model::Plan>(&outcome);
    if (!plan) {
      continue; // a referral notice has no exercises
    }
    ++plans;
    Diagnostics diagnostics;
    render::OutcomeRenderer renderer(render::builtin_templates(), knowledge, {render::Format::html}, diagnostics, {});
    REQUIRE(renderer.ok());
    const auto html = renderer.render(outcome, profile, render::Format::html, diagnostics);
    REQUIRE_MESSAGE(html.has_value(), diagnostics.format());
    const draw::Side side = draw::side_of(model::word_of(profile.side));
    for (std::size_t i = 0; i < plan->exercises.size(); ++i) {
      const model::Exercise& exercise = *plan->exercises[i].exercise;
      CAPTURE(exercise.id);
      const std::string heading = "<h3>" + std::to_string(i + 1) + ". " + render::escape_html(exercise.name) + "</h3>";
      const auto start = html->find(heading);
      REQUIRE(start != std::string::npos);
      const auto end = html->find("</article>", start);
      const std::string block = html->substr(start, end - start);
      const std::string uri = render::svg_data_uri(draw::figure_svg(exercise, side));
      CHECK(block.find("<img src=\"" + uri + "\"") != std::string::npos);
      CHECK(
        block.find("<figcaption>" + render::escape_html(draw::figure_caption(exercise)) + "</figcaption>") != std::string::npos);
      ++figures;
    }
  }
  CHECK(plans >= 8);
  CHECK(figures >= 40);
}

TEST_CASE("exercise views: the figure is drawn for the patient's side, each side kept apart")
{
  const auto& knowledge = test::builtin_knowledge();
  render::ExerciseViews views(knowledge);
  const model::Exercise* bridge = knowledge.catalog.find("single-leg-bridge");
  REQUIRE(bridge != nullptr);
  auto value = [&](draw::Side side, const std::string& name) {
    const auto* found = views.planned(*bridge, side).get(name);
    REQUIRE(found != nullptr);
    return found->string_value();
  };
  const std::string right = value(draw::Side::right, "image_uri");
  const std::string left = value(draw::Side::left, "image_uri");
  CHECK(right == render::svg_data_uri(draw::figure_svg(*bridge, draw::Side::right)));
  CHECK(left == render::svg_data_uri(draw::figure_svg(*bridge, draw::Side::left)));
  CHECK(left != right);
  CHECK(value(draw::Side::right, "image_uri") == right); // from the cache, still the right side
  CHECK(value(draw::Side::left, "caption") == bridge->pose->caption);
}

TEST_CASE("exercise views: a drawing in the catalog wins over the drawn figure")
{
  model::Knowledge knowledge = test::builtin_knowledge();
  std::vector<model::Exercise> exercises = knowledge.catalog.exercises();
  for (auto& exercise : exercises) {
    if (exercise.id == "glute-bridge") {
      exercise.image = "images/glute-bridge.svg";
    }
  }
  knowledge.set_catalog(model::Catalog(std::move(exercises)));
  knowledge.images["images/glute-bridge.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
  render::ExerciseViews views(knowledge);
  const auto* uri = views.planned(*knowledge.catalog.find("glute-bridge"), draw::Side::left).get("image_uri");
  REQUIRE(uri != nullptr);
  CHECK(uri->string_value() == render::image_data_uri("images/glute-bridge.svg", knowledge.images["images/glute-bridge.svg"]));
}
