#include "ptplan/render/json.hpp"

#include "ptplan/render/json_writer.hpp"

#include <nlohmann/json.hpp>

#include <optional>

namespace ptplan::render {

namespace {

using Json = nlohmann::ordered_json;

// Adds `key` at the end of an object. Faster than Json{{"key", value}, ...},
// which nlohmann builds as two-item arrays first and then converts, and than
// object["key"], which searches the keys so far; the callers never add a
// key twice.
void add(Json& object, std::string key, Json value)
{
  object.get_ref<Json::object_t&>().emplace_back(std::move(key), std::move(value));
}

// An empty object with room for `count` members.
Json object_for(std::size_t count)
{
  Json out = Json::object();
  out.get_ref<Json::object_t&>().reserve(count);
  return out;
}

Json patient_json(const model::Profile& profile)
{
  Json out = object_for(2);
  add(out, "name", profile.name);
  add(out, "age", profile.age);
  return out;
}

Json optional_int(const std::optional<int>& value)
{
  return value ? Json(*value) : Json(nullptr);
}

Json outcomes_json(const std::vector<model::OutcomeSummary>& outcomes)
{
  Json out = Json::array();
  for (const auto& outcome : outcomes) {
    Json series = Json::array();
    for (const auto& [week, score] : outcome.series) {
      series.push_back(Json{{"week", week}, {"score", score}});
    }
    Json item{{"measure", outcome.measure}, {"baseline", outcome.baseline}, {"baseline_week", outcome.baseline_week},
      {"latest", outcome.latest}, {"latest_week", outcome.latest_week}, {"change", outcome.change},
      {"meaningful", outcome.meaningful}, {"direction", outcome.direction}, {"threshold", outcome.threshold},
      {"series", std::move(series)}};
    if (outcome.measure == "odi" || outcome.measure.starts_with("hoos12")) {
      add(item, "unscored_weeks", outcome.unscored_weeks);
    }
    if (!outcome.norm.empty()) { // tug, chair_stand
      add(item, "fall_risk", outcome.fall_risk ? Json(*outcome.fall_risk) : Json(nullptr));
      add(item, "norm", outcome.norm);
    }
    if (outcome.measure == "psfs") {
      Json activities = Json::array();
      for (const auto& activity : outcome.activities) {
        activities.push_back(Json{{"activity", activity.activity}, {"baseline", activity.baseline}, {"latest", activity.latest},
          {"change", activity.latest - activity.baseline}, {"meaningful", activity.meaningful}});
      }
      add(item, "activities", std::move(activities));
    }
    out.push_back(std::move(item));
  }
  return out;
}

std::string dump(const Json& json)
{
  if (auto text = write_pretty_json(json)) { // the same text, faster
    *text += '\n';
    return std::move(*text);
  }
  // Invalid UTF-8 cannot reach here (inputs are checked), but never throw.
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

// A member whose value is an array: `write` puts each item.
template <typename Items, typename Write>
void array_member(JsonStream& out, std::string_view name, const Items& items, const Write& write)
{
  out.key(name);
  out.begin_array();
  for (const auto& item : items) {
    write(item);
  }
  out.end_array();
}

} // namespace

std::string plan_json(const model::Plan& plan, std::string_view language)
{
  // Written as it goes: a plan is the JSON a batch writes thousands of.
  const model::Profile& profile = *plan.profile;
  JsonStream out;
  out.begin_object();
  out.member("status", "plan");
  out.member("language", language);
  out.key("patient");
  out.begin_object();
  out.member("name", profile.name);
  out.member("age", profile.age);
  out.end_object();
  out.member("week", plan.week);
  out.member("weeks", plan.weeks);
  out.member("week_start", plan.week_start ? std::optional(plan.week_start->iso()) : std::nullopt);
  out.member("next_review", plan.next_review ? std::optional(plan.next_review->iso()) : std::nullopt);
  out.member("irritability", plan.irritability);
  if (plan.start_back) {
    out.key("risk");
    out.begin_object();
    out.member("start_back", plan.start_back->risk);
    out.member("total", plan.start_back->total);
    out.member("psychosocial", plan.start_back->psychosocial);
    out.end_object();
  }
  array_member(out, "exercises", plan.exercises, [&](const auto& planned) {
    const model::Exercise& e = *planned.exercise;
    out.begin_object();
    out.member("id", e.id);
    out.member("name", e.name);
    out.member("category", std::string(model::word_of(e.category)));
    out.member("position", e.position);
    out.member("floor", e.floor);
    out.member("movements", e.movements);
    out.member("equipment", e.equipment);
    out.member("level", e.level);
    out.key("dosage");
    out.begin_object();
    for (const auto field : model::k_dose_fields) {
      out.member(model::dose_field_name(field), planned.dose.get(field));
    }
    out.member("side", planned.dose.side.empty() ? std::nullopt : std::optional(planned.dose.side));
    out.end_object();
    array_member(out, "days", planned.days, [&](Weekday day) { out.value(weekday_id(day)); });
    out.member("minutes", (planned.seconds + 59) / 60);
    out.key("longer_bout");
    if (planned.longer_minutes) {
      out.begin_object();
      out.member("minutes", *planned.longer_minutes);
      array_member(out, "days", planned.longer_days, [&](Weekday day) { out.value(weekday_id(day)); });
      out.end_object();
    } else {
      out.value(nullptr);
    }
    out.member("started_as",
      planned.started_as && planned.started_as != planned.exercise ? std::optional(planned.started_as->id) : std::nullopt);
    out.member("why", planned.why);
    const bool changed = planned.change != model::ChangeKind::none;
    out.member("change", changed ? std::optional(std::string(model::change_kind_id(planned.change))) : std::nullopt);
    out.member("change_reason", changed ? std::optional(planned.change_reason) : std::nullopt);
    out.member("change_rule", planned.change_rule.empty() ? std::nullopt : std::optional(planned.change_rule));
    out.member("chosen_by", std::string(model::chosen_by_id(planned.chosen_by)));
    out.member("dose_set_by", std::string(planned.dose_by_therapist ? "therapist" : "rules"));
    // The first rule the therapist allowed it against; `overrides` has them all.
    out.key("override");
    if (planned.overrides.empty()) {
      out.value(nullptr);
    } else {
      out.begin_object();
      out.member("rule", planned.overrides.front().rule);
      out.member("reason", planned.overrides.front().reason);
      out.end_object();
    }
    array_member(out, "overrides", planned.overrides, [&](const model::Override& o) {
      out.begin_object();
      out.member("rule", o.rule);
      out.member("reason", o.reason);
      out.end_object();
    });
    out.member("therapist_note", planned.therapist_note.empty() ? std::nullopt : std::optional(planned.therapist_note));
    out.end_object();
  });
  array_member(out, "self_care", plan.self_care, [&](const auto* exercise) { out.value(exercise->id); });
  array_member(out, "schedule", plan.schedule, [&](const auto& day) {
    out.begin_object();
    out.member("day", weekday_id(day.day));
    out.member("date", day.date ? std::optional(day.date->iso()) : std::nullopt);
    out.member("available", day.available);
    out.member("exercises", day.exercises);
    out.member("minutes", day.minutes);
    out.member("clinic_visit", day.clinic_visit);
    out.end_object();
  });
  array_member(out, "excluded", plan.excluded, [&](const auto& exclusion) {
    out.begin_object();
    out.member("id", exclusion.id);
    out.member("rule", exclusion.rule);
    out.member("reason", exclusion.reason);
    out.end_object();
  });
  array_member(out, "not_chosen", plan.not_chosen, [&](const auto& item) {
    out.begin_object();
    out.member("id", item.id);
    out.member("reason", item.reason);
    out.end_object();
  });
  array_member(out, "notes", plan.notes, [&](const auto& note) { out.value(note.text); });
  array_member(out, "notes_left_out", plan.notes_left_out, [&](const auto& note) {
    out.begin_object();
    out.member("rule", note.rule);
    out.member("text", note.text);
    out.member("reason", note.reason);
    out.end_object();
  });
  array_member(out, "stop_signs", plan.stop_signs, [&](const auto& line) {
    out.begin_object();
    out.member("call", line.call);
    out.member("text", line.text);
    out.member("rule", line.rule);
    out.end_object();
  });
  out.key("pain_guide");
  out.begin_object();
  out.member("relative", plan.pain_guide.relative);
  out.member("usual", plan.pain_guide.usual);
  out.member("fine_up_to", plan.pain_guide.green_top);
  out.member("settles_up_to", plan.pain_guide.yellow_top);
  out.end_object();
  out.member("warnings", plan.warnings);
  out.member("outcomes", outcomes_json(plan.outcomes));
  out.member("stopped", plan.stopped);
  array_member(out, "rules_fired", plan.fired, [&](const auto* rule) { out.value(rule->id); });
  out.member("cleared_red_flags", plan.cleared_flags);
  out.end_object();
  return out.take();
}

std::string referral_json(const model::Referral& referral, const model::Profile& profile, std::string_view language)
{
  Json out = object_for(6);
  add(out, "status", "referral");
  add(out, "language", std::string(language));
  add(out, "patient", patient_json(profile));
  add(out, "week", referral.week);
  add(out, "weeks", optional_int(profile.plan_weeks));
  Json rules = Json::array();
  for (const auto* rule : referral.rules) {
    rules.push_back(rule->id);
  }
  Json go_now = Json::array();
  for (const auto& line : referral.go_now) {
    go_now.push_back(line.text);
  }
  add(out, "referral",
    Json{{"urgency", referral.urgency}, {"reasons", referral.flags}, {"messages", referral.reasons}, {"rules", rules},
      {"go_now", go_now}});
  return dump(out);
}

} // namespace ptplan::render
