#include "ptplan/schema/json_schema.hpp"

#include "ptplan/load/facts_table.hpp"
#include "ptplan/load/pose_loader.hpp"
#include "ptplan/load/profile_keys.hpp"

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

namespace {

// The schema of the key at `path`, from the key table.
Json key_schema(const load::ProfileKey& key, const model::Vocabulary& v);

// An object of the keys the table lists under `path`.
Json object_of(std::string_view path, const model::Vocabulary& v)
{
  Json properties = Json::object();
  std::vector<std::string> required;
  for (const load::ProfileKey* key : load::keys_under(path)) {
    const std::string name(load::key_name(key->path));
    properties[name] = key_schema(*key, v);
    if (key->required) {
      required.push_back(name);
    }
  }
  return object(std::move(properties), std::move(required));
}

Json items_schema(const load::ProfileKey& key, const model::Vocabulary& v, std::string_view suffix)
{
  return key_schema(load::profile_key(std::string(key.path) + std::string(suffix)), v);
}

Json key_schema(const load::ProfileKey& key, const model::Vocabulary& v)
{
  using load::KeyType;
  const auto words = [&] { return enum_of(load::allowed_words(key.vocabulary, v)); };
  Json out;
  switch (key.type) {
  case KeyType::map:
    out = object_of(key.path, v);
    break;
  case KeyType::list:
    out = Json{{"type", "array"}, {"items", items_schema(key, v, "[]")}};
    break;
  case KeyType::integer:
    out = integer(key.lowest, key.highest);
    break;
  case KeyType::decimal:
    out = Json{{"type", "number"}, {"minimum", key.lowest}, {"maximum", key.highest}};
    break;
  case KeyType::text:
    out = text();
    break;
  case KeyType::texts:
    out = Json{{"type", "array"}, {"items", text()}};
    break;
  case KeyType::date:
    out = date();
    break;
  case KeyType::word:
    out = words();
    break;
  case KeyType::words:
    out = list_of(words());
    break;
  case KeyType::word_or_map:
    out = Json{{"anyOf", {words(), object_of(key.path, v)}}};
    break;
  case KeyType::id_map:
    out = Json{{"type", "object"}, {"propertyNames", words()}, {"additionalProperties", items_schema(key, v, ".*")}};
    break;
  case KeyType::text_map:
    out = Json{{"type", "object"}, {"additionalProperties", integer(key.lowest, key.highest)}};
    break;
  case KeyType::scores:
    out = Json{{"type", "array"}, {"items", Json{{"anyOf", {integer(key.lowest, key.highest), Json{{"type", "null"}}}}}}};
    break;
  case KeyType::start_back: {
    Json answers = Json::array();
    for (int i = 0; i < 8; ++i) {
      answers.push_back(Json{{"type", "integer"}, {"enum", {0, 1}}});
    }
    answers.push_back(words());
    out = Json{{"type", "array"}, {"prefixItems", answers}, {"minItems", 9}, {"maxItems", 9}, {"items", false}};
    break;
  }
  }
  const bool array = out.contains("type") && out["type"] == "array";
  if (key.min_items > 0) {
    out[array ? "minItems" : "minProperties"] = key.min_items;
  }
  if (key.type == KeyType::scores) {
    out["maxItems"] = key.min_items;
  } else if (key.max_items > 0) {
    out[array ? "maxItems" : "maxProperties"] = key.max_items;
  }
  if (!key.help.empty()) {
    out["description"] = key.help;
  }
  return out;
}

} // namespace

std::string profile_schema(const model::Vocabulary& v)
{
  Json schema;
  schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
  schema["$id"] = "https://ptplan.invalid/schema/profile.schema.json";
  schema["title"] = "ptplan patient profile";
  const Json body = object_of("", v);
  for (const auto& [name, value] : body.items()) {
    schema[name] = value;
  }
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
