// The fast JSON writer (render/json_writer.hpp) against nlohmann's dump.

#include "ptplan/render/json_writer.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <optional>
#include <random>
#include <string>
#include <vector>

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

TEST_CASE("the JSON stream writes what nlohmann's dump writes of the same document")
{
  using ptplan::render::JsonStream;
  SUBCASE("nesting, empty containers and every kind of value")
  {
    JsonStream out;
    out.begin_object();
    out.member("status", "plan");
    out.key("empty_object");
    out.begin_object();
    out.end_object();
    out.key("empty_array");
    out.begin_array();
    out.end_array();
    out.member("none", nullptr);
    out.member("absent", std::optional<int>());
    out.member("present", std::optional<int>(3));
    out.member("no_text", std::optional<std::string>());
    out.member("yes", true);
    out.member("number", -42);
    out.member("list", std::vector<std::string>{"a", "b \"quoted\""});
    out.member("no_list", std::vector<std::string>{});
    out.key("nested");
    out.begin_array();
    out.begin_object();
    out.key("deeper");
    out.begin_array();
    out.begin_array();
    out.value("x");
    out.end_array();
    out.begin_array();
    out.end_array();
    out.end_array();
    out.end_object();
    out.value(7);
    out.end_array();
    out.end_object();

    Json expected = Json::object();
    expected["status"] = "plan";
    expected["empty_object"] = Json::object();
    expected["empty_array"] = Json::array();
    expected["none"] = nullptr;
    expected["absent"] = nullptr;
    expected["present"] = 3;
    expected["no_text"] = nullptr;
    expected["yes"] = true;
    expected["number"] = -42;
    expected["list"] = Json::array({"a", "b \"quoted\""});
    expected["no_list"] = Json::array();
    expected["nested"] = Json::array({Json::object({{"deeper", Json::array({Json::array({"x"}), Json::array()})}}), 7});
    CHECK(out.take() == nlohmann_dump(expected) + "\n");
  }
  SUBCASE("a subtree at any depth, floats and all")
  {
    const Json tree = Json::array({Json::object({{"score", 35.6}, {"week", 2}, {"series", Json::array({1.5, 0.0})}})});
    const Json ints = Json::object({{"a", Json::array({1, 2})}});
    JsonStream out;
    out.begin_object();
    out.key("level");
    out.begin_object();
    out.member("floats", tree);
    out.member("ints", ints);
    out.end_object();
    out.end_object();
    const Json expected = Json::object({{"level", Json::object({{"floats", tree}, {"ints", ints}})}});
    CHECK(out.take() == nlohmann_dump(expected) + "\n");
  }
  SUBCASE("text that is not UTF-8 is repaired as nlohmann repairs it")
  {
    for (const std::string bad : {"\xff", "ok \xe2\x9c end", "\xc0\xaf", "\xed\xa0\x80 x"}) {
      JsonStream out;
      out.begin_object();
      out.member(bad, bad);
      out.end_object();
      Json expected = Json::object();
      expected[bad] = bad;
      CHECK(out.take() == nlohmann_dump(expected) + "\n");
    }
  }
}
