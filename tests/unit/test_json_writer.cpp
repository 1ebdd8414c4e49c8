// The fast JSON writer (render/json_writer.hpp) against nlohmann's dump.

#include "ptplan/render/json_writer.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <random>
#include <string>

using Json = nlohmann::ordered_json;
using ptplan::render::write_pretty_json;

namespace {

std::string nlohmann_dump(const Json& json)
{
  return json.dump(2, ' ', false, Json::error_handler_t::replace);
}

} // namespace

TEST_CASE("the JSON writer writes what nlohmann's dump writes")
{
  SUBCASE("values and nesting")
  {
    Json json = Json::object();
    json["status"] = "plan";
    json["empty_object"] = Json::object();
    json["empty_array"] = Json::array();
    json["null"] = nullptr;
    json["yes"] = true;
    json["no"] = false;
    json["numbers"] = Json::array({0, -1, 42, -9223372036854775807LL - 1, 18446744073709551615ULL});
    json["nested"] = Json::array({Json::object({{"a", Json::array({1, Json::array()})}, {"b", Json::object()}}), "x"});
    json["order"] = Json::object({{"z", 1}, {"a", 2}});
    const auto written = write_pretty_json(json);
    REQUIRE(written.has_value());
    CHECK(*written == nlohmann_dump(json));
  }
  SUBCASE("a scalar alone")
  {
    CHECK(write_pretty_json(Json("text")) == nlohmann_dump(Json("text")));
    CHECK(write_pretty_json(Json(7)) == "7");
  }
  SUBCASE("escapes and UTF-8 in keys and values")
  {
    const std::string tricky =
      "quote \" backslash \\ tab \t newline \n cr \r bs \b ff \f nul " + std::string(1, '\0') + " \x01 \x1f del \x7f é ✓ 𝄞 €";
    Json json = Json::object();
    json[tricky] = tricky;
    const auto written = write_pretty_json(json);
    REQUIRE(written.has_value());
    CHECK(*written == nlohmann_dump(json));
  }
  SUBCASE("random text, valid or not")
  {
    std::mt19937 random(4);
    const std::string pieces[] = {"a", " ", "\"", "\\", "\n", "\x01", "\x7f", "é", "✓", "𝄞", "\xc3", "\xe2\x9c", "\xed\xa0\x80",
      "\xf4\x90\x80\x80", "\xc0\xaf", "\xe0\x80\xaf", "\xf0\x8f\xbf\xbf", "\xff", "\x80"};
    for (int round = 0; round < 5000; ++round) {
      std::string text;
      const int length = static_cast<int>(random() % 8);
      for (int i = 0; i < length; ++i) {
        text += pieces[random() % std::size(pieces)];
      }
      const Json json = Json::array({text});
      const auto written = write_pretty_json(json);
      if (written) {
        CHECK(*written == nlohmann_dump(json));
      } else {
        // Declined only for text that is not UTF-8, which nlohmann repairs.
        CHECK_THROWS_AS(json.dump(2, ' ', false, Json::error_handler_t::strict), Json::type_error);
      }
    }
  }
  SUBCASE("invalid UTF-8 and floats are left to nlohmann")
  {
    CHECK_FALSE(write_pretty_json(Json("\xff")).has_value());
    CHECK_FALSE(write_pretty_json(Json::array({"ok", "\xe2\x9c"})).has_value());
    CHECK_FALSE(write_pretty_json(Json::object({{"x", 1.5}})).has_value());
  }
}
