#pragma once

#include "ptplan/draw/body.hpp"
#include "ptplan/model/pose.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ptplan::draw {

// How high each support's top is, in centimetres: the floor, a bed, a
// stair step, the lowest pedal of an exercise bike.
double support_height(std::string_view on);

// One position of a pose, standing (or lying) on its support.
struct PlacedBody
{
  Body body;
  double support = 0; // the height of what it rests on
};

// A pose's start and end positions placed in the world: each rests on its
// support with its `ground` points touching it (two points tip the body
// until both touch), and the end position keeps the start's resting points
// where they were (moved by its `shift`).
struct Scene
{
  std::string position;
  std::string view;
  PlacedBody start;
  std::optional<PlacedBody> end;
};

Scene place_pose(const model::Pose& pose, const std::string& position);

// Whether a point rests on its body's support (within 2 cm).
bool rests(const PlacedBody& placed, std::string_view point);

// The page axes of a view: where the world's points go on the page (u to
// the right, v up) and how near the viewer they are (depth).
struct Camera
{
  Vec3 u;
  Vec3 v;
  Vec3 depth;
  bool has_floor = true; // false when looking down from above
};

Camera camera_for(const std::string& position, const std::string& view);

inline Vec2 project(const Camera& camera, Vec3 p)
{
  return {dot(camera.u, p), dot(camera.v, p)};
}

inline double depth_of(const Camera& camera, Vec3 p)
{
  return dot(camera.depth, p);
}

} // namespace ptplan::draw
