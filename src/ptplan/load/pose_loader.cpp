#include "ptplan/load/pose_loader.hpp"

#include "ptplan/core/words.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>

namespace ptplan::load {

namespace {

using yaml::MapReader;
using yaml::Node;
using yaml::Reader;

const AngleLimit& limit(const std::vector<AngleLimit>& limits, std::string_view key)
{
  return *std::find_if(limits.begin(), limits.end(), [&](const AngleLimit& l) { return l.key == key; });
}

// A whole number of degrees, which may be negative ("-20"); strict like the
// other numbers in the catalog (no "+", no leading zeros, no fractions).
std::optional<int> read_angle(Reader& reader, const Node& node, const std::string& field, const AngleLimit& range)
{
  const std::string_view text = node.value;
  const std::string_view digits = !text.empty() && text[0] == '-' ? text.substr(1) : text;
  const bool plain = node.is_scalar() && !node.quoted && !digits.empty()
                     && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })
                     && (digits.size() == 1 || digits[0] != '0') && digits.size() <= 4;
  if (!plain) {
    reader.error(node, fmt::format("{}: expected a whole number of degrees such as 90 or -20, found {}", field,
                         node.is_scalar() ? fmt::format("\"{}\"", node.value) : yaml::describe(node)));
    return std::nullopt;
  }
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  if (value < range.lowest || value > range.highest) {
    reader.error(node,
      fmt::format("{}: {} is more than {} can do; expected {} to {}", field, value, range.what, range.lowest, range.highest));
    return std::nullopt;
  }
  return value;
}

void read_angle_into(Reader& reader, const MapReader& map, std::string_view key, const AngleLimit& range, int& out)
{
  if (const Node* value = map.get(key)) {
    if (auto angle = read_angle(reader, *value, map.path(key), range)) {
      out = *angle;
    }
  }
}

void read_angle_into(Reader& reader, const MapReader& map, std::string_view key, const AngleLimit& range, std::optional<int>& out)
{
  if (const Node* value = map.get(key)) {
    if (auto angle = read_angle(reader, *value, map.path(key), range)) {
      out = *angle;
    }
  }
}

void read_leg(Reader& reader, const Node& node, const std::string& field, model::LegAngles& leg)
{
  MapReader map(reader, node, field, {"hip", "hip_out", "hip_turn", "knee", "ankle"});
  const auto& limits = leg_angles();
  read_angle_into(reader, map, "hip", limit(limits, "hip"), leg.hip);
  read_angle_into(reader, map, "hip_out", limit(limits, "hip_out"), leg.hip_out);
  read_angle_into(reader, map, "hip_turn", limit(limits, "hip_turn"), leg.hip_turn);
  read_angle_into(reader, map, "knee", limit(limits, "knee"), leg.knee);
  read_angle_into(reader, map, "ankle", limit(limits, "ankle"), leg.ankle);
}

void read_arm(Reader& reader, const Node& node, const std::string& field, model::ArmAngles& arm)
{
  MapReader map(reader, node, field, {"shoulder", "shoulder_out", "elbow"});
  const auto& limits = arm_angles();
  read_angle_into(reader, map, "shoulder", limit(limits, "shoulder"), arm.shoulder);
  read_angle_into(reader, map, "shoulder_out", limit(limits, "shoulder_out"), arm.shoulder_out);
  read_angle_into(reader, map, "elbow", limit(limits, "elbow"), arm.elbow);
}

// Reads one position over `body`, which holds the defaults (the position's
// usual angles, or the start position for the end one).
void read_body(Reader& reader, const Node& node, const std::string& field, model::BodyPose& body)
{
  MapReader map(reader, node, field,
    {"trunk", "curve", "twist", "bend", "head", "shift", "legs", "leg", "other_leg", "arms", "arm", "other_arm", "ground", "on"});
  if (!map.ok()) {
    return;
  }
  const auto& limits = body_angles();
  read_angle_into(reader, map, "trunk", limit(limits, "trunk"), body.trunk);
  read_angle_into(reader, map, "curve", limit(limits, "curve"), body.curve);
  read_angle_into(reader, map, "twist", limit(limits, "twist"), body.twist);
  read_angle_into(reader, map, "bend", limit(limits, "bend"), body.bend);
  read_angle_into(reader, map, "head", limit(limits, "head"), body.head);
  read_angle_into(reader, map, "shift", limit(limits, "shift"), body.shift);
  // `legs` sets both legs; `leg` and `other_leg` then change one of them.
  if (const Node* legs = map.get("legs")) {
    read_leg(reader, *legs, map.path("legs"), body.leg);
    read_leg(reader, *legs, map.path("legs"), body.other_leg);
  }
  if (const Node* leg = map.get("leg")) {
    read_leg(reader, *leg, map.path("leg"), body.leg);
  }
  if (const Node* leg = map.get("other_leg")) {
    read_leg(reader, *leg, map.path("other_leg"), body.other_leg);
  }
  if (const Node* arms = map.get("arms")) {
    read_arm(reader, *arms, map.path("arms"), body.arm);
    read_arm(reader, *arms, map.path("arms"), body.other_arm);
  }
  if (const Node* arm = map.get("arm")) {
    read_arm(reader, *arm, map.path("arm"), body.arm);
  }
  if (const Node* arm = map.get("other_arm")) {
    read_arm(reader, *arm, map.path("other_arm"), body.other_arm);
  }
  if (const Node* ground = map.get("ground")) {
    body.ground = reader.words(*ground, map.path("ground"), pose_points());
    if (body.ground.size() > 2) {
      reader.error(*ground, fmt::format("{}: at most two body points rest on the support (the drawing tips the body until "
                                        "both touch it)",
                              map.path("ground")));
    }
  }
  if (const Node* on = map.get("on")) {
    body.on = reader.word(*on, map.path("on"), pose_supports()).value_or(body.on);
  }
}

// The angles of a position before the pose changes any of them: standing
// tall, sitting with hips and knees at a right angle, and so on.
model::BodyPose usual_body(const std::string& position, bool floor)
{
  model::BodyPose body;
  auto both_legs = [&](int hip, int knee, std::optional<int> ankle) {
    body.leg.hip = body.other_leg.hip = hip;
    body.leg.knee = body.other_leg.knee = knee;
    body.leg.ankle = body.other_leg.ankle = ankle;
  };
  if (position == "standing") {
    body.ground = {"feet"};
  } else if (position == "seated") {
    both_legs(90, 90, std::nullopt);
    body.ground = {floor ? "pelvis" : "feet"};
  } else if (position == "kneeling") {
    both_legs(0, 90, -40);
    body.ground = {"knees"};
  } else if (position == "half-kneeling") {
    // The working leg kneels (its hip is the one a hip flexor stretch opens);
    // the other foot is flat in front.
    body.leg = {0, 0, 0, 90, -40};
    body.other_leg = {90, 0, 0, 90, std::nullopt};
    body.ground = {"knee", "other_foot"};
  } else if (position == "prone") {
    // Lying face down the feet point back along the floor.
    both_legs(0, 0, -45);
  } else if (position == "quadruped") {
    // Arms are longer than thighs, so the trunk slopes up to the shoulders;
    // a hip at 75 keeps the thighs upright and the shins flat.
    both_legs(75, 90, -40);
    body.arm.shoulder = body.other_arm.shoulder = 90;
    body.ground = {"knees", "hands"};
  }
  return body;
}

// Which views show a position: an upright body from the side, the front or
// the back; a body lying on its back or front from the side or from above; a
// body lying on its side from the front, the back or above.
bool view_fits(const std::string& position, const std::string& view)
{
  if (position == "supine" || position == "prone" || position == "quadruped") {
    return view == "side" || view == "top";
  }
  if (position == "side-lying") {
    return view != "side";
  }
  return view != "top";
}

struct PropRule
{
  std::string_view kind;
  std::size_t most_points;
};

constexpr std::array<PropRule, 17> k_prop_rules = {{
  {"chair", 1},
  {"counter", 1},
  {"wall", 1},
  {"bed", 0},
  {"step", 1},
  {"rail", 1},
  {"band", 2},
  {"towel", 2},
  {"pillow", 1},
  {"ball", 1},
  {"mat", 0},
  {"foam-roller", 1},
  {"bike", 0},
  {"box", 1},
  {"heat-pack", 1},
  {"cold-pack", 1},
  {"water", 0},
}};

std::optional<model::PoseProp> read_prop(Reader& reader, const Node& node, const std::string& field)
{
  model::PoseProp prop;
  const Node* kind = &node;
  const Node* at = nullptr;
  if (node.is_map() && node.entries.size() == 1) {
    kind = &node.entries.front().key;
    at = &node.entries.front().value;
  } else if (!node.is_scalar()) {
    reader.error(node, fmt::format("{}: expected a prop (chair) or a prop and where it is ({{ chair: pelvis }}), found {}", field,
                         yaml::describe(node)));
    return std::nullopt;
  }
  auto word = reader.word(*kind, field, pose_props());
  if (!word) {
    return std::nullopt;
  }
  prop.kind = *word;
  if (at && at->is_scalar()) {
    if (auto point = reader.word(*at, fmt::format("{}.{}", field, prop.kind), pose_points())) {
      prop.at.push_back(*point);
    }
  } else if (at && !at->is_null()) {
    prop.at = reader.words(*at, fmt::format("{}.{}", field, prop.kind), pose_points());
  }
  const auto rule =
    std::find_if(k_prop_rules.begin(), k_prop_rules.end(), [&](const PropRule& r) { return r.kind == prop.kind; });
  if (rule != k_prop_rules.end() && prop.at.size() > rule->most_points) {
    reader.error(*at, rule->most_points == 0
                        ? fmt::format("{}: a {} goes under the whole body; it takes no body point", field, prop.kind)
                        : fmt::format("{}: a {} takes at most {}", field, prop.kind,
                          count_in_words(static_cast<std::size_t>(rule->most_points), "body point", "body points")));
  }
  return prop;
}

void read_arrow(Reader& reader, const Node& node, const std::string& field, model::Pose& pose)
{
  if (node.is_scalar()) {
    pose.arrow = reader.word(node, field, pose_arrows()).value_or(pose.arrow);
    return;
  }
  MapReader map(reader, node, field, {"style", "at"});
  if (const Node* style = map.get("style")) {
    pose.arrow = reader.word(*style, map.path("style"), pose_arrows()).value_or(pose.arrow);
  }
  if (const Node* at = map.get("at")) {
    pose.arrow_at = reader.word(*at, map.path("at"), pose_points()).value_or("");
  }
}

} // namespace

const std::vector<AngleLimit>& leg_angles()
{
  static const std::vector<AngleLimit> k_limits = {{"hip", -30, 140, "a hip"}, {"hip_out", -30, 60, "a hip (out to the side)"},
    {"hip_turn", -50, 70, "a hip (turning)"}, {"knee", 0, 160, "a knee"}, {"ankle", -60, 35, "an ankle"}};
  return k_limits;
}

const std::vector<AngleLimit>& arm_angles()
{
  static const std::vector<AngleLimit> k_limits = {{"shoulder", -70, 180, "a shoulder"},
    {"shoulder_out", -40, 180, "a shoulder (out to the side)"}, {"elbow", 0, 160, "an elbow"}};
  return k_limits;
}

const std::vector<AngleLimit>& body_angles()
{
  static const std::vector<AngleLimit> k_limits = {{"trunk", -135, 135, "a lean of the trunk"}, {"curve", -50, 70, "a back"},
    {"twist", -70, 70, "a back (turning)"}, {"bend", -45, 45, "a back (bending sideways)"}, {"head", -50, 70, "a neck"},
    {"shift", -120, 120, "a step"}};
  return k_limits;
}

const std::vector<std::string>& pose_views()
{
  static const std::vector<std::string> k_views = {"side", "front", "back", "top"};
  return k_views;
}

const std::vector<std::string>& pose_arrows()
{
  static const std::vector<std::string> k_arrows = {"one-way", "both-ways", "circle", "none"};
  return k_arrows;
}

const std::vector<std::string>& pose_supports()
{
  static const std::vector<std::string> k_supports = {"floor", "bed", "step", "bike"};
  return k_supports;
}

const std::vector<std::string>& pose_points()
{
  static const std::vector<std::string> k_points = {"head", "shoulders", "back", "pelvis", "hand", "other_hand", "hands",
    "forearm", "other_forearm", "forearms", "knee", "other_knee", "knees", "foot", "other_foot", "feet"};
  return k_points;
}

const std::vector<std::string>& pose_props()
{
  static const std::vector<std::string> k_props = [] {
    std::vector<std::string> props;
    for (const auto& rule : k_prop_rules) {
      props.emplace_back(rule.kind);
    }
    return props;
  }();
  return k_props;
}

const std::vector<std::string>& drawable_positions()
{
  static const std::vector<std::string> k_positions = {
    "standing", "seated", "kneeling", "half-kneeling", "supine", "prone", "quadruped", "side-lying"};
  return k_positions;
}

std::optional<model::Pose> read_pose(
  Reader& reader, const Node& node, std::string_view field, const std::string& position, bool floor)
{
  const std::size_t errors_before = reader.diagnostics().size();
  MapReader map(reader, node, field, {"view", "props", "start", "end", "arrow", "caption"});
  if (!map.ok()) {
    return std::nullopt;
  }
  model::Pose pose;
  pose.where = reader.at(node);
  const auto& positions = drawable_positions();
  if (std::find(positions.begin(), positions.end(), position) == positions.end()) {
    reader.error(
      node, fmt::format("{}: ptplan cannot draw the position \"{}\"; leave the pose out or give an image", field, position));
    return std::nullopt;
  }
  if (const Node* view = map.get("view")) {
    pose.view = reader.word(*view, map.path("view"), pose_views()).value_or(pose.view);
    if (!view_fits(position, pose.view)) {
      reader.error(*view, fmt::format("{}: a {} body cannot be drawn from the {}; {}", map.path("view"), position, pose.view,
                            position == "side-lying"     ? "use front, back or top"
                            : view_fits(position, "top") ? "use side or top"
                                                         : "use side, front or back"));
    }
  } else if (position == "side-lying") {
    pose.view = "front";
  }
  if (const Node* props = map.get("props")) {
    if (!props->is_sequence()) {
      reader.error(
        *props, fmt::format("{}: expected a list such as [chair, counter], found {}", map.path("props"), yaml::describe(*props)));
    } else {
      for (const auto& item : props->items) {
        if (auto prop = read_prop(reader, item, map.path("props"))) {
          const bool repeated = std::any_of(pose.props.begin(), pose.props.end(),
            [&](const model::PoseProp& p) { return p.kind == prop->kind && p.at == prop->at; });
          if (repeated) {
            reader.error(item, fmt::format("{}: \"{}\" is listed twice", map.path("props"), prop->kind));
          }
          pose.props.push_back(std::move(*prop));
        }
      }
    }
  }
  model::BodyPose usual = usual_body(position, floor);
  auto has_prop = [&](std::string_view kind) {
    return std::any_of(pose.props.begin(), pose.props.end(), [&](const model::PoseProp& p) { return p.kind == kind; });
  };
  // A body on a bed or a bike rests on it rather than on the floor.
  if (has_prop("bed")) {
    usual.on = "bed";
  } else if (has_prop("bike")) {
    usual.on = "bike";
  }
  pose.start = usual;
  if (const Node* start = map.require("start")) {
    read_body(reader, *start, map.path("start"), pose.start);
  }
  if (const Node* end = map.get("end")) {
    pose.end = pose.start;
    read_body(reader, *end, map.path("end"), *pose.end);
  }
  if (const Node* arrow = map.get("arrow")) {
    read_arrow(reader, *arrow, map.path("arrow"), pose);
  }
  if (const Node* caption = map.get("caption")) {
    pose.caption = reader.text(*caption, map.path("caption")).value_or("");
  }
  if (reader.diagnostics().size() != errors_before) {
    return std::nullopt;
  }
  return pose;
}

} // namespace ptplan::load
