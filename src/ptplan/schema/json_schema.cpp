#include "ptplan/schema/json_schema.hpp"

#include "ptplan/load/pose_loader.hpp"

#include <nlohmann/json.hpp>

namespace ptplan::schema {

namespace {

using Json = nlohmann::ordered_json;

Json enum_of(const std::vector<std::string>& words)
{
  return Json{{"type", "string"}, {"enum", words}};
}

Json list_of(const Json& item)
{
  return Json{{"type", "array"}, {"items", item}, {"uniqueItems", true}};
}

Json integer(int lowest, int highest)
{
  return Json{{"type", "integer"}, {"minimum", lowest}, {"maximum", highest}};
}

Json object(Json properties, std::vector<std::string> required = {})
{
  Json out{{"type", "object"}, {"properties", std::move(properties)}, {"additionalProperties", false}};
  if (!required.empty()) {
    out["required"] = std::move(required);
  }
  return out;
}

Json text()
{
  return Json{{"type", "string"}, {"minLength", 1}};
}

Json date()
{
  return Json{{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}, {"format", "date"}};
}

Json kebab()
{
  return Json{{"type", "string"}, {"pattern", "^[a-z0-9]+(-[a-z0-9]+)*$"}};
}

std::string dump(const Json& schema)
{
  return schema.dump(2) + "\n";
}

} // namespace

std::string profile_schema(const model::Vocabulary& v)
{
  const std::vector<std::string> days = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  Json start_back_answers = Json::array();
  for (int i = 0; i < 8; ++i) {
    start_back_answers.push_back(Json{{"type", "integer"}, {"enum", {0, 1}}});
  }
  start_back_answers.push_back(enum_of({"not-at-all", "slightly", "moderately", "very-much", "extremely"}));

  Json schema;
  schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
  schema["$id"] = "https://ptplan.invalid/schema/profile.schema.json";
  schema["title"] = "ptplan patient profile";
  Json properties;
  properties["patient"] = object({{"name", text()}, {"age", integer(12, 110)}}, {"name", "age"});
  properties["conditions"] = list_of(enum_of(v.conditions.ids()));
  properties["conditions"]["minItems"] = 1;
  properties["side"] = enum_of({"left", "right", "both"});
  properties["pain"] = object({{"current", integer(0, 10)}, {"irritability", enum_of({"high", "moderate", "low"})},
                                {"stage", enum_of({"acute", "subacute", "chronic"})},
                                {"directional_preference", enum_of({"flexion", "extension", "none"})}},
    {"current"});
  properties["precautions"] = list_of(enum_of(v.precautions.ids()));
  properties["surgery"] = object({{"date", date()}, {"restrictions", list_of(enum_of(v.movements.ids()))}});
  properties["pregnancy"] = object({{"weeks", integer(1, 42)}});
  properties["red_flags"] = list_of(enum_of(v.red_flags.ids()));
  properties["clearance"] =
    object({{"by", text()}, {"date", date()}, {"flags", list_of(enum_of(v.red_flags.ids()))}}, {"by", "date"});
  properties["limitations"] = list_of(enum_of(v.limitations.ids()));
  properties["equipment"] = list_of(enum_of(v.equipment.ids()));
  Json day_list = list_of(enum_of(days));
  day_list["minItems"] = 1;
  properties["schedule"] =
    object({{"days", day_list}, {"minutes_per_session", integer(5, 120)}, {"clinic_visits_per_week", integer(0, 3)}});
  properties["start_back"] =
    Json{{"type", "array"}, {"prefixItems", start_back_answers}, {"minItems", 9}, {"maxItems", 9}, {"items", false}};
  properties["goals"] = Json{{"type", "array"}, {"items", text()}};
  properties["plan"] = object({{"start", date()}, {"weeks", integer(1, 52)}});
  properties["therapist"] = object({{"name", text()}, {"clinic", text()}, {"phone", text()}});
  Json symptoms = enum_of({"peripheralising", "centralising", "unchanged"});
  Json exercise_report =
    object({{"pain", integer(0, 10)}, {"difficulty", enum_of({"easy", "right", "hard"})}, {"symptoms", symptoms}});
  Json exercise_reports =
    Json{{"type", "object"}, {"propertyNames", enum_of(v.exercises.ids())}, {"additionalProperties", exercise_report}};
  Json odi_section = Json{{"anyOf", {integer(0, 5), Json{{"type", "null"}}}}};
  Json odi = Json{{"type", "array"}, {"items", odi_section}, {"minItems", 10}, {"maxItems", 10}};
  Json psfs = Json{{"type", "object"}, {"additionalProperties", integer(0, 10)}, {"minProperties", 1}, {"maxProperties", 5}};
  Json week_report =
    object({{"week", integer(1, 52)}, {"sessions_done", integer(0, 7)}, {"pain_during", integer(0, 10)},
             {"pain_next_day", enum_of({"better", "same", "worse"})}, {"symptoms", symptoms}, {"exercises", exercise_reports},
             {"outcomes", object({{"nprs", integer(0, 10)}, {"odi", odi}, {"psfs", psfs}})}},
      {"week", "sessions_done", "pain_during", "pain_next_day"});
  properties["progress"] = Json{{"type", "array"}, {"items", week_report}};
  schema["type"] = "object";
  schema["properties"] = std::move(properties);
  schema["required"] = {"patient", "conditions", "pain"};
  schema["additionalProperties"] = false;
  return dump(schema);
}

namespace {

Json angles_of(const std::vector<load::AngleLimit>& limits)
{
  Json properties = Json::object();
  for (const auto& limit : limits) {
    properties[std::string(limit.key)] = integer(limit.lowest, limit.highest);
  }
  return properties;
}

// The `pose:` block (exercises/README.md, "Poses"), from the loader's tables.
Json pose_schema()
{
  Json point = enum_of(load::pose_points());
  Json leg = object(angles_of(load::leg_angles()));
  Json arm = object(angles_of(load::arm_angles()));
  Json body_properties = angles_of(load::body_angles());
  for (const char* key : {"legs", "leg", "other_leg"}) {
    body_properties[key] = leg;
  }
  for (const char* key : {"arms", "arm", "other_arm"}) {
    body_properties[key] = arm;
  }
  body_properties["ground"] = Json{{"type", "array"}, {"items", point}, {"maxItems", 2}};
  body_properties["on"] = enum_of(load::pose_supports());
  Json body = object(body_properties);
  Json placed = Json{{"type", "object"}, {"propertyNames", enum_of(load::pose_props())}, {"minProperties", 1},
    {"maxProperties", 1}, {"additionalProperties", Json{{"anyOf", {point, list_of(point)}}}}};
  Json prop = Json{{"anyOf", {enum_of(load::pose_props()), placed}}};
  Json arrow = Json{{"anyOf", {enum_of(load::pose_arrows()), object({{"style", enum_of(load::pose_arrows())}, {"at", point}})}}};
  return object({{"view", enum_of(load::pose_views())}, {"props", Json{{"type", "array"}, {"items", prop}}}, {"start", body},
                  {"end", body}, {"arrow", arrow}, {"caption", text()}},
    {"start"});
}

} // namespace

std::string catalog_schema(const model::Vocabulary& v)
{
  Json dose_number = Json{{"type", {"integer", "null"}}, {"minimum", 0}};
  Json dosage = object({{"sets", dose_number}, {"reps", dose_number}, {"hold_seconds", dose_number}, {"minutes", dose_number},
    {"times_per_day", dose_number}, {"days_per_week", dose_number}, {"side", Json{{"enum", {"each", "both", nullptr}}}}});
  Json optional_id = Json{{"anyOf", {kebab(), Json{{"type", "null"}}}}};
  Json exercise = object(
    {
      {"id", kebab()},
      {"name", text()},
      {"category", enum_of(v.categories.ids())},
      {"position", enum_of(v.positions.ids())},
      {"floor", Json{{"type", "boolean"}}},
      {"equipment", list_of(enum_of(v.equipment.ids()))},
      {"movements", list_of(enum_of(v.movements.ids()))},
      {"muscle_groups", list_of(enum_of(v.muscle_groups.ids()))},
      {"conditions", list_of(enum_of(v.conditions.ids()))},
      {"bias", enum_of(v.biases.ids())},
      {"level", integer(1, 5)},
      {"regression", optional_id},
      {"progression", optional_id},
      {"variants", list_of(kebab())},
      {"dosage", dosage},
      {"purpose", text()},
      {"steps", Json{{"type", "array"}, {"items", text()}, {"minItems", 1}}},
      {"safety", text()},
      {"clinic_only", Json{{"type", "boolean"}}},
      {"image", Json{{"type", "string"}, {"pattern", "^images/[A-Za-z0-9_-]+\\.(svg|png)$"}}},
      {"source", text()},
      {"pose", pose_schema()},
    },
    {"id", "name", "category", "position", "floor", "equipment", "movements", "conditions", "level", "dosage", "purpose", "steps",
      "safety"});
  Json schema;
  schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
  schema["$id"] = "https://ptplan.invalid/schema/catalog.schema.json";
  schema["title"] = "ptplan catalog file: one exercise or a list of exercises";
  schema["$defs"] = Json{{"exercise", exercise}};
  schema["anyOf"] = {Json{{"$ref", "#/$defs/exercise"}}, Json{{"type", "array"}, {"items", Json{{"$ref", "#/$defs/exercise"}}}}};
  return dump(schema);
}

} // namespace ptplan::schema
