#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/model/pack.hpp"
#include "ptplan/resources/embedded.hpp"

#include <doctest/doctest.h>

using namespace ptplan;

TEST_CASE("pack: the built-in pack is exactly the built-in YAML, loaded")
{
  Diagnostics diagnostics;
  const auto from_yaml = load::load_knowledge(load::builtin_knowledge_files(), diagnostics);
  REQUIRE(from_yaml.has_value());
  std::string_view embedded;
  for (const auto& file : resources::embedded_files()) {
    if (file.path == "exercises.pack") {
      embedded = file.content;
    }
  }
  REQUIRE(!embedded.empty());
  CHECK(model::pack_knowledge(*from_yaml) == embedded);
}

TEST_CASE("pack: unpacking gives back what was packed")
{
  Diagnostics diagnostics;
  const auto knowledge = load::builtin_knowledge(diagnostics);
  REQUIRE(knowledge.has_value());
  const std::string bytes = model::pack_knowledge(*knowledge);
  const auto again = model::unpack_knowledge(bytes);
  REQUIRE(again.has_value());
  CHECK(model::pack_knowledge(*again) == bytes);
  CHECK(again->catalog.exercises().size() == knowledge->catalog.exercises().size());
  CHECK(again->rules.rules.size() == knowledge->rules.rules.size());
  REQUIRE(again->catalog.find("walking") != nullptr);
  CHECK(again->catalog.find("walking")->where.file == "<built-in>/exercises/catalog/aerobic/walking.yaml");
}

TEST_CASE("pack: corrupt or truncated bytes are refused, never read past the end")
{
  Diagnostics diagnostics;
  const auto knowledge = load::builtin_knowledge(diagnostics);
  REQUIRE(knowledge.has_value());
  const std::string bytes = model::pack_knowledge(*knowledge);
  CHECK_FALSE(model::unpack_knowledge("").has_value());
  CHECK_FALSE(model::unpack_knowledge("not a pack").has_value());
  for (const std::size_t cut : {std::size_t{8}, std::size_t{100}, bytes.size() / 2, bytes.size() - 1}) {
    CAPTURE(cut);
    CHECK_FALSE(model::unpack_knowledge(std::string_view(bytes).substr(0, cut)).has_value());
  }
  std::string longer = bytes + "x";
  CHECK_FALSE(model::unpack_knowledge(longer).has_value());
}
